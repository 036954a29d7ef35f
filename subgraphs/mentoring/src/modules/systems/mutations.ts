import { badUserInput, CURATOR_RULE, isDeputyOrMethodist, NOT_DEPUTY_OR_METHODIST, notFound, optionalHttpUrl, runMutation, todayIso, type EntityManager } from '@mentoring/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import { assertOrganizationWritable, positionsAt } from '../write-scope.js';
import { OrganizationSystemSchema, type OrganizationSystem } from './organization-system.entity.js';

/**
 * Seed 003: the curator «назначается руководителем образовательной организации из числа заместителей руководителя
 * (методистов)». The registry holds that appointment (the head's order); the mentoring system records the curator only
 * as the registry has them: the person holding the SCHOOL_CURATOR appointment in force at the organization
 * (registry_pub.appointment), working there as a deputy head or methodist, whose employment has begun.
 * Whoever saves the system (curator, coordinator, operator) names no one the head has not appointed.
 */
async function assertAppointedCurator(em: EntityManager, personId: string, organizationId: string): Promise<void> {
  const positions = await positionsAt(em, personId, organizationId);
  if (positions.length === 0) throw notFound('Куратор не работает в этой организации; the curator does not work here.', { field: 'curatorPersonId' });
  if (!positions.some(isDeputyOrMethodist)) throw badUserInput(NOT_DEPUTY_OR_METHODIST, { field: 'curatorPersonId' });
  const appointed = await em.execute<{ found: number }[]>(
    `select 1 as found from registry_pub.appointment where person_id = ? and organization_id = ? and kind = 'SCHOOL_CURATOR' and in_force`,
    [personId, organizationId],
  );
  if (appointed.length === 0) {
    throw badUserInput(
      `${CURATOR_RULE}: у этого лица нет действующего назначения куратором этой организации приказом руководителя; the curator is the person the head appointed (a SCHOOL_CURATOR appointment in force in the registry).`,
      { field: 'curatorPersonId' },
    );
  }
  const [started] = await em.execute<{ start_date: string | null }[]>(
    `select to_char(min(start_date), 'YYYY-MM-DD') as start_date from registry_pub.staff
     where person_id = ? and organization_id = ? and (end_date is null or end_date >= current_date)`,
    [personId, organizationId],
  );
  if (!started?.start_date || started.start_date > todayIso()) {
    throw badUserInput(`Работа куратора в организации начинается ${started?.start_date ?? 'позже'}: куратором записывается работник, уже приступивший к работе; the curator's employment has not begun.`, { field: 'curatorPersonId' });
  }
}

/**
 * Clearing the curator follows the registry too: while the head's SCHOOL_CURATOR appointment is in force at the
 * organization, the system cannot say it has no curator; the appointment is ended in the registry, by the head's order.
 */
async function assertNoCuratorInForce(em: EntityManager, organizationId: string): Promise<void> {
  const appointed = await em.execute<{ found: number }[]>(
    `select 1 as found from registry_pub.appointment where organization_id = ? and kind = 'SCHOOL_CURATOR' and in_force`,
    [organizationId],
  );
  if (appointed.length > 0) {
    throw badUserInput(
      `${CURATOR_RULE}: в реестре действует назначение куратора этой организации приказом руководителя, поэтому куратора нельзя снять здесь — назначение прекращается в реестре; the curator is cleared only when no SCHOOL_CURATOR appointment is in force.`,
      { field: 'curatorPersonId' },
    );
  }
}

type SystemFields = Pick<OrganizationSystem, 'regulationOrderNumber' | 'regulationOrderDate' | 'regulationUrl' | 'curatorPersonId' | 'hasMethodicalAssociation' | 'websiteSectionUrl'>;

export const systemMutations: Pick<MutationResolvers, 'saveMentoringSystem'> = {
  /** A patch: a field not given stays as it is, a field given as null is cleared. */
  saveMentoringSystem: (_, { organizationId, input }, context) =>
    runMutation(context.em, async (tx) => {
      await assertOrganizationWritable(context, organizationId);
      const existing = await tx.findOne(OrganizationSystemSchema, { organizationId });
      const given = <K extends keyof typeof input>(key: K) => input[key] !== undefined;
      const fields: Partial<SystemFields> = {
        ...(given('regulationOrderNumber') ? { regulationOrderNumber: input.regulationOrderNumber?.trim() || null } : {}),
        ...(given('regulationOrderDate') ? { regulationOrderDate: input.regulationOrderDate ?? null } : {}),
        ...(given('regulationUrl') ? { regulationUrl: optionalHttpUrl(input.regulationUrl, 'regulationUrl') } : {}),
        ...(given('curatorPersonId') ? { curatorPersonId: input.curatorPersonId ?? null } : {}),
        ...(given('hasMethodicalAssociation') ? { hasMethodicalAssociation: input.hasMethodicalAssociation ?? false } : {}),
        ...(given('websiteSectionUrl') ? { websiteSectionUrl: optionalHttpUrl(input.websiteSectionUrl, 'websiteSectionUrl') } : {}),
      };
      const number = 'regulationOrderNumber' in fields ? fields.regulationOrderNumber : (existing?.regulationOrderNumber ?? null);
      const date = 'regulationOrderDate' in fields ? fields.regulationOrderDate : (existing?.regulationOrderDate ?? null);
      if (Boolean(number) !== Boolean(date)) {
        throw badUserInput('Укажите и номер, и дату приказа о положении; give both the order number and date.', { field: 'regulationOrderDate' });
      }
      if (date && date > todayIso()) throw badUserInput(`Дата приказа о положении ${date} ещё не наступила; the order date is in the future.`, { field: 'regulationOrderDate' });
      if (fields.curatorPersonId) await assertAppointedCurator(tx, fields.curatorPersonId, organizationId);
      if ('curatorPersonId' in fields && fields.curatorPersonId === null) await assertNoCuratorInForce(tx, organizationId);
      const system = existing
        ? tx.assign(existing, fields)
        : tx.create(OrganizationSystemSchema, {
            organizationId,
            regulationOrderNumber: null,
            regulationOrderDate: null,
            regulationUrl: null,
            curatorPersonId: null,
            hasMethodicalAssociation: false,
            websiteSectionUrl: null,
            ...fields,
          });
      await tx.flush();
      return system;
    }),
};
