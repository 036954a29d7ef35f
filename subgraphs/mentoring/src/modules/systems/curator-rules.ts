import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import { CURATOR_RULE, isDeputyOrMethodist, NOT_DEPUTY_OR_METHODIST } from '@mentoring/subgraph-registry/published';
import { employmentStart } from '../mentors/employment-start.js';
import { positionsAt } from '../organizations/write-scope.js';

/**
 * Seed 003: the curator «назначается руководителем образовательной организации из числа заместителей руководителя
 * (методистов)». The registry holds that appointment (the head's order); the mentoring system records the curator only
 * as the registry has them: the person holding the SCHOOL_CURATOR appointment in force at the organization
 * (registry_pub.appointment), working there as a deputy head or methodist, whose employment has begun.
 * Whoever saves the system (curator, coordinator, operator) names no one the head has not appointed.
 */
export async function assertAppointedCurator(
  em: EntityManager,
  personId: string,
  organizationId: string,
): Promise<void> {
  const positions = await positionsAt(em, personId, organizationId);
  if (positions.length === 0)
    throw notFound('Куратор не работает в этой организации; the curator does not work here.', {
      field: 'curatorPersonId',
    });
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
  const started = await employmentStart(em, personId, organizationId, 'notEnded');
  if (!started || started > todayIso()) {
    throw badUserInput(
      `Работа куратора в организации начинается ${started ?? 'позже'}: куратором записывается работник, уже приступивший к работе; the curator's employment has not begun.`,
      { field: 'curatorPersonId' },
    );
  }
}

/**
 * Clearing the curator follows the registry too: while the head's SCHOOL_CURATOR appointment is in force at the
 * organization, the system cannot say it has no curator; the appointment is ended in the registry, by the head's order.
 */
export async function assertNoCuratorInForce(em: EntityManager, organizationId: string): Promise<void> {
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
