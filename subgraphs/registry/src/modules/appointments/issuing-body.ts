import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import type { AppointmentInput } from '../../__generated__/types.generated.js';
import type { Context } from '../../context.js';
import { OrganizationSchema, type Organization } from '../organizations/organization.entity.js';
import { EmploymentSchema } from '../people/employment.entity.js';
import { SEED_RULES, type AppointmentKind, type targetOf } from './appointment-rules.js';
import { AppointmentSchema } from './appointment.entity.js';

/** Kinds whose issuing body the registry records; for the others no seed says who issues the order. */
const ISSUER_KINDS: readonly AppointmentKind[] = [
  'SCHOOL_CURATOR',
  'MENTORS_ASSOCIATION_MEMBER',
  'MUNICIPAL_COORDINATOR',
];

/** Organizations where a person appointed the region's operator (in force) works now: the operator's organizations. */
async function operatorOrganizationIds(tx: EntityManager, regionId: string): Promise<Set<string>> {
  const operators = await tx.find(AppointmentSchema, { kind: 'REGIONAL_OPERATOR', region: regionId, endDate: null });
  if (operators.length === 0) return new Set();
  const employments = await tx.find(EmploymentSchema, {
    person: { $in: operators.map((appointment) => appointment.person.id) },
    endDate: null,
  });
  return new Set(employments.map((employment) => employment.organization.id));
}

/** Who issued the order (издавший приказ), by kind; see `AppointmentInput.issuedByOrganizationId`. */
export async function issuerOf(
  context: Context,
  tx: EntityManager,
  input: AppointmentInput,
  target: Awaited<ReturnType<typeof targetOf>>,
): Promise<Organization | null> {
  const given = input.issuedByOrganizationId ?? null;
  if (target.organization && (input.kind === 'SCHOOL_CURATOR' || input.kind === 'MENTORS_ASSOCIATION_MEMBER')) {
    if (given && given !== target.organization.id) {
      throw badUserInput(
        'Приказ о назначении куратора и членов методического объединения издаёт руководитель этой образовательной организации; the school itself issues this order.',
        { field: 'issuedByOrganizationId' },
      );
    }
    return target.organization;
  }
  if (input.kind === 'MUNICIPAL_COORDINATOR' && target.municipality) {
    const wrongIssuer = `${SEED_RULES.coordinator}: укажите отдел образования этого муниципального образования (EDUCATION_AUTHORITY) или организацию регионального оператора; give the municipality's education authority or the region's operator as the issuing body.`;
    if (!given) throw badUserInput(wrongIssuer, { field: 'issuedByOrganizationId' });
    const municipality = target.municipality;
    const issuer = await tx.findOne(OrganizationSchema, { id: given }, { populate: ['municipality'] });
    const isAuthority = issuer?.kind === 'EDUCATION_AUTHORITY' && issuer.municipality.id === municipality.id;
    const isOperator = issuer !== null && (await operatorOrganizationIds(tx, municipality.region.id)).has(issuer.id);
    if (!issuer || (!isAuthority && !isOperator)) throw badUserInput(wrongIssuer, { field: 'issuedByOrganizationId' });
    return issuer;
  }
  if (given && !ISSUER_KINDS.includes(input.kind)) {
    throw badUserInput(
      `Для назначения ${input.kind} издавший приказ не указывается: ни один документ-источник не говорит, кто издаёт этот приказ; issuedByOrganizationId applies to SCHOOL_CURATOR, MENTORS_ASSOCIATION_MEMBER and MUNICIPAL_COORDINATOR only.`,
      { field: 'issuedByOrganizationId' },
    );
  }
  return null;
}
