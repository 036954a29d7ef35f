import { type Role } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput, forbidden, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import { isMinorOn } from '../../published/minors.js';
import { CURATOR_RULE, isDeputyOrMethodist, NOT_DEPUTY_OR_METHODIST } from '../../published/curator-rule.js';
import type { AppointmentInput } from '../../__generated__/types.generated.js';
import type { Context } from '../../context.js';
import type { Organization } from '../organizations/organization.entity.js';
import { municipalityToWrite, organizationToWrite } from '../organizations/write-scope.js';
import { EmploymentSchema } from '../people/employment.entity.js';
import type { Person } from '../people/person.entity.js';
import { MunicipalitySchema } from '../territories/municipality.entity.js';
import { RegionSchema } from '../territories/region.entity.js';
import type { APPOINTMENT_KINDS } from './appointment.entity.js';

export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];
type Target = 'organization' | 'municipality' | 'region';

/** The seed's words each refusal quotes (seed 003, приказ № 96-Д and its приложение 1, Положение, п. 5). */
export const SEED_RULES = {
  curator: CURATOR_RULE,
  association:
    '«предлагает руководителю образовательной организации для утверждения состава школьного методического объединения наставников» (приказ № 96-Д, приложение 1, п. 5, функции куратора)',
  coordinator:
    '«Функции отдела образования: … – назначает муниципального координатора наставнических программ» (приказ № 96-Д, приложение 1, п. 5)',
} as const;

/**
 * Who appoints to what, and at which level. Seed 003: the head appoints the curator and approves the mentors'
 * association; the отдел образования appoints the municipal coordinator (recorded by the region's operator, since the
 * authority has no role of its own). Heads, operators and РМА candidates: the regional and municipal offices, as before.
 */
const RULES: Record<AppointmentKind, { target: Target; appointers: Role[]; refusal?: string }> = {
  SCHOOL_CURATOR: {
    target: 'organization',
    appointers: ['SCHOOL_HEAD'],
    refusal: `${SEED_RULES.curator}: куратора назначает руководитель этой образовательной организации; only the head of the school appoints its curator.`,
  },
  MENTORS_ASSOCIATION_MEMBER: {
    target: 'organization',
    appointers: ['SCHOOL_HEAD'],
    refusal: `Куратор ${SEED_RULES.association}: состав объединения утверждает руководитель этой образовательной организации; only the head of the school approves its mentors' association.`,
  },
  SCHOOL_HEAD: { target: 'organization', appointers: ['MUNICIPAL_COORDINATOR', 'REGIONAL_OPERATOR'] },
  MUNICIPAL_COORDINATOR: {
    target: 'municipality',
    appointers: ['REGIONAL_OPERATOR'],
    refusal: `${SEED_RULES.coordinator}: муниципального координатора назначает отдел образования (или региональный оператор), не координатор; the municipal coordinator is appointed by the education authority, recorded by the region's operator.`,
  },
  REGIONAL_OPERATOR: { target: 'region', appointers: ['REGIONAL_OPERATOR'] },
  RMA_CANDIDATE: { target: 'region', appointers: ['REGIONAL_OPERATOR'] },
};

const TARGET_ARGUMENT: Record<Target, 'organizationId' | 'municipalityOktmo' | 'regionCode'> = {
  organization: 'organizationId',
  municipality: 'municipalityOktmo',
  region: 'regionCode',
};
type TargetArguments = Pick<AppointmentInput, 'organizationId' | 'municipalityOktmo' | 'regionCode'>;

export function assertAppointer(context: Context, kind: AppointmentKind): void {
  if (!RULES[kind].appointers.includes(context.viewer.role)) {
    throw forbidden(
      RULES[kind].refusal ??
        `Роль ${context.viewer.role} не назначает (${kind}); this role does not make such appointments.`,
    );
  }
}

/** Exactly the one territory argument the kind takes; its value. */
export function assertTargetGiven(kind: AppointmentKind, input: TargetArguments): string {
  const { target } = RULES[kind];
  const given = (Object.entries(TARGET_ARGUMENT) as [Target, keyof TargetArguments][]).filter(
    ([, argument]) => input[argument],
  );
  const value = input[TARGET_ARGUMENT[target]];
  if (given.length !== 1 || given[0]?.[0] !== target || !value) {
    throw badUserInput(
      `Для назначения ${kind} укажите только ${TARGET_ARGUMENT[target]}; give ${TARGET_ARGUMENT[target]} and nothing else.`,
      { field: TARGET_ARGUMENT[target] },
    );
  }
  return value;
}

/** Resolves and checks the one territory the kind needs; the viewer must cover it. */
export async function targetOf(context: Context, tx: EntityManager, kind: AppointmentKind, input: TargetArguments) {
  const argument = assertTargetGiven(kind, input);
  const { target } = RULES[kind];
  const scoped = { ...context, em: tx };
  if (target === 'organization')
    return { organization: await organizationToWrite(scoped, argument), municipality: null, region: null };
  if (target === 'municipality') {
    if (context.viewer.role === 'REGIONAL_OPERATOR') {
      const municipality = await tx.findOne(MunicipalitySchema, { oktmo: argument }, { populate: ['region'] });
      if (!municipality)
        throw notFound(
          `Муниципальное образование с ОКТМО ${argument} не найдено; no municipality with ОКТМО ${argument}.`,
        );
      if (municipality.region.code !== context.viewer.scope.regionCode)
        throw forbidden('Это вне вашей территории; this is outside your territory.');
      return { organization: null, municipality, region: null };
    }
    return { organization: null, municipality: await municipalityToWrite(scoped, argument), region: null };
  }
  const region = await tx.findOne(RegionSchema, { code: argument });
  if (!region) throw notFound(`Субъект РФ ${argument} не найден; no region with code ${argument}.`);
  if (region.code !== context.viewer.scope.regionCode)
    throw forbidden('Это вне вашей территории; this is outside your territory.');
  return { organization: null, municipality: null, region };
}

/**
 * The person's employments at the organization that held on the order date and still hold: started by then (a known
 * start, not after the order) and not ended.
 */
const employmentsAtSince = async (tx: EntityManager, personId: string, organizationId: string, orderDate: string) =>
  (await tx.find(EmploymentSchema, { person: personId, organization: organizationId, endDate: null })).filter(
    (employment) =>
      employment.startDate !== null && employment.startDate !== undefined && employment.startDate <= orderDate,
  );

/** Seed 003's rules on whom a school appoints: its curator from its deputy heads (methodists), its association from its staff. */
export async function assertSchoolRules(
  tx: EntityManager,
  kind: AppointmentKind,
  personId: string,
  school: Organization,
  orderDate: string,
): Promise<void> {
  if (kind !== 'SCHOOL_CURATOR' && kind !== 'MENTORS_ASSOCIATION_MEMBER') return;
  const employments = await employmentsAtSince(tx, personId, school.id, orderDate);
  if (kind === 'SCHOOL_CURATOR' && !employments.some((employment) => isDeputyOrMethodist(employment.position))) {
    throw badUserInput(
      `${NOT_DEPUTY_OR_METHODIST} На дату приказа (${orderDate}) и сейчас; on the order date and now.`,
      { field: 'personId' },
    );
  }
  if (kind === 'MENTORS_ASSOCIATION_MEMBER' && employments.length === 0) {
    throw badUserInput(
      '«Создать методическое объединение наставников в образовательной организации» (приказ № 96-Д, п. 4): члены объединения — работники этой организации, а назначаемый в ней не работал на дату приказа или не работает сейчас; members of a school’s mentors’ association work at the school, on the order date and now.',
      { field: 'personId' },
    );
  }
}

/**
 * A school's head is an adult employed at that school on the order date (and still): a pupil, or a teacher of another
 * school, is not made its head. A person without a birth date (an official the seeds name) is not judged a minor.
 */
export async function assertHeadRules(
  tx: EntityManager,
  person: Person,
  school: Organization,
  orderDate: string,
): Promise<void> {
  if (isMinorOn(person.birthDate ?? null, orderDate)) {
    throw badUserInput(
      `На дату приказа (${orderDate}) назначаемый несовершеннолетний: руководитель образовательной организации — совершеннолетний работник; a minor cannot be appointed head of a school.`,
      { field: 'personId' },
    );
  }
  if ((await employmentsAtSince(tx, person.id, school.id, orderDate)).length === 0) {
    throw badUserInput(
      `Руководителем назначают работника этой образовательной организации, а назначаемый не работал в ней на дату приказа (${orderDate}) или не работает сейчас: сначала запишите его трудоустройство; the head must be employed at that school on the order date and now.`,
      { field: 'personId' },
    );
  }
}

/** A municipal coordinator is an adult (on the order date and today) employed now: the seed appoints a specialist of the authority. */
export async function assertCoordinatorRules(tx: EntityManager, person: Person, orderDate: string): Promise<void> {
  if (isMinorOn(person.birthDate ?? null, orderDate) || isMinorOn(person.birthDate ?? null)) {
    throw badUserInput(
      'Муниципальный координатор — совершеннолетний работник; a minor cannot be appointed municipal coordinator.',
      { field: 'personId' },
    );
  }
  const today = todayIso();
  const employed = (await tx.find(EmploymentSchema, { person: person.id, endDate: null })).some(
    (employment) => !employment.startDate || employment.startDate <= today,
  );
  if (!employed) {
    throw badUserInput(
      'Муниципальным координатором назначают работника (as in приказ № 96-Д, п. 2: «главного специалиста отдела образования»); the person has no current employment.',
      { field: 'personId' },
    );
  }
}

/** The order's dates: not in the future, not before the person was born; the office starts on or after the order. */
export function assertOrderDates(input: Pick<AppointmentInput, 'orderDate' | 'startDate'>): void {
  if (input.orderDate > todayIso())
    throw badUserInput(`Дата приказа ${input.orderDate} ещё не наступила; orderDate is in the future.`, {
      field: 'orderDate',
    });
  if (input.startDate < input.orderDate) {
    throw badUserInput(
      `Начало полномочий ${input.startDate} раньше даты приказа ${input.orderDate}; startDate must not be before orderDate.`,
      { field: 'startDate' },
    );
  }
}
