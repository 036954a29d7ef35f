import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { assertDatesInOrder, badUserInput, conflict, CURATOR_RULE, forbidden, isDeputyOrMethodist, isMinorOn, NOT_DEPUTY_OR_METHODIST, notFound, runMutation, todayIso, type EntityManager, type Role } from '@mentoring/platform';
import type { AppointmentInput, AppointmentResolvers, MutationResolvers, OrganizationResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { OrganizationSchema, type Organization } from '../organizations/organization.entity.js';
import { MunicipalitySchema } from '../territories/municipality.entity.js';
import { RegionSchema } from '../territories/region.entity.js';
import { municipalityToWrite, organizationToWrite } from '../write-scope.js';
import { APPOINTMENT_KINDS, AppointmentSchema, type Appointment } from './appointment.entity.js';
import { EmploymentSchema } from './employment.entity.js';
import { PersonSchema, type Person } from './person.entity.js';

type Kind = (typeof APPOINTMENT_KINDS)[number];
type Target = 'organization' | 'municipality' | 'region';

/** The seed's words each refusal quotes (seed 003, приказ № 96-Д and its приложение 1, Положение, п. 5). */
export const SEED_RULES = {
  curator: CURATOR_RULE,
  association: '«предлагает руководителю образовательной организации для утверждения состава школьного методического объединения наставников» (приказ № 96-Д, приложение 1, п. 5, функции куратора)',
  coordinator: '«Функции отдела образования: … – назначает муниципального координатора наставнических программ» (приказ № 96-Д, приложение 1, п. 5)',
} as const;

/**
 * Who appoints to what, and at which level. Seed 003: the head appoints the curator and approves the mentors'
 * association; the отдел образования appoints the municipal coordinator (recorded by the region's operator, since the
 * authority has no role of its own). Heads, operators and РМА candidates: the regional and municipal offices, as before.
 */
const RULES: Record<Kind, { target: Target; appointers: Role[]; refusal?: string }> = {
  SCHOOL_CURATOR: { target: 'organization', appointers: ['SCHOOL_HEAD'], refusal: `${SEED_RULES.curator}: куратора назначает руководитель этой образовательной организации; only the head of the school appoints its curator.` },
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

const TARGET_ARGUMENT: Record<Target, 'organizationId' | 'municipalityOktmo' | 'regionCode'> = { organization: 'organizationId', municipality: 'municipalityOktmo', region: 'regionCode' };
type TargetArguments = Pick<AppointmentInput, 'organizationId' | 'municipalityOktmo' | 'regionCode'>;

function assertAppointer(context: Context, kind: Kind): void {
  if (!RULES[kind].appointers.includes(context.viewer.role)) {
    throw forbidden(RULES[kind].refusal ?? `Роль ${context.viewer.role} не назначает (${kind}); this role does not make such appointments.`);
  }
}

/** Exactly the one territory argument the kind takes. */
function assertTargetGiven(kind: Kind, input: TargetArguments): void {
  const { target } = RULES[kind];
  const given = (Object.entries(TARGET_ARGUMENT) as [Target, keyof TargetArguments][]).filter(([, argument]) => input[argument]);
  if (given.length !== 1 || given[0]![0] !== target) {
    throw badUserInput(`Для назначения ${kind} укажите только ${TARGET_ARGUMENT[target]}; give ${TARGET_ARGUMENT[target]} and nothing else.`, { field: TARGET_ARGUMENT[target] });
  }
}

/** Resolves and checks the one territory the kind needs; the viewer must cover it. */
async function targetOf(context: Context, tx: EntityManager, kind: Kind, input: TargetArguments) {
  assertTargetGiven(kind, input);
  const { target } = RULES[kind];
  const scoped = { ...context, em: tx };
  if (target === 'organization') return { organization: await organizationToWrite(scoped, input.organizationId!), municipality: null, region: null };
  if (target === 'municipality') {
    if (context.viewer.role === 'REGIONAL_OPERATOR') {
      const municipality = await tx.findOne(MunicipalitySchema, { oktmo: input.municipalityOktmo! }, { populate: ['region'] });
      if (!municipality) throw notFound(`Муниципальное образование с ОКТМО ${input.municipalityOktmo} не найдено; no municipality with ОКТМО ${input.municipalityOktmo}.`);
      if (municipality.region.code !== context.viewer.scope.regionCode) throw forbidden('Это вне вашей территории; this is outside your territory.');
      return { organization: null, municipality, region: null };
    }
    return { organization: null, municipality: await municipalityToWrite(scoped, input.municipalityOktmo!), region: null };
  }
  const region = await tx.findOne(RegionSchema, { code: input.regionCode! });
  if (!region) throw notFound(`Субъект РФ ${input.regionCode} не найден; no region with code ${input.regionCode}.`);
  if (region.code !== context.viewer.scope.regionCode) throw forbidden('Это вне вашей территории; this is outside your territory.');
  return { organization: null, municipality: null, region };
}

/**
 * The person's employments at the organization that held on the order date and still hold: started by then (a known
 * start, not after the order) and not ended.
 */
const employmentsAtSince = async (tx: EntityManager, personId: string, organizationId: string, orderDate: string) =>
  (await tx.find(EmploymentSchema, { person: personId, organization: organizationId, endDate: null })).filter(
    (employment) => employment.startDate !== null && employment.startDate !== undefined && employment.startDate <= orderDate,
  );

/** Seed 003's rules on whom a school appoints: its curator from its deputy heads (methodists), its association from its staff. */
async function assertSchoolRules(tx: EntityManager, kind: Kind, personId: string, school: Organization, orderDate: string): Promise<void> {
  if (kind !== 'SCHOOL_CURATOR' && kind !== 'MENTORS_ASSOCIATION_MEMBER') return;
  const employments = await employmentsAtSince(tx, personId, school.id, orderDate);
  if (kind === 'SCHOOL_CURATOR' && !employments.some((employment) => isDeputyOrMethodist(employment.position))) {
    throw badUserInput(`${NOT_DEPUTY_OR_METHODIST} На дату приказа (${orderDate}) и сейчас; on the order date and now.`, { field: 'personId' });
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
async function assertHeadRules(tx: EntityManager, person: Person, school: Organization, orderDate: string): Promise<void> {
  if (isMinorOn(person.birthDate ?? null, orderDate)) {
    throw badUserInput(`На дату приказа (${orderDate}) назначаемый несовершеннолетний: руководитель образовательной организации — совершеннолетний работник; a minor cannot be appointed head of a school.`, { field: 'personId' });
  }
  if ((await employmentsAtSince(tx, person.id, school.id, orderDate)).length === 0) {
    throw badUserInput(
      `Руководителем назначают работника этой образовательной организации, а назначаемый не работал в ней на дату приказа (${orderDate}) или не работает сейчас: сначала запишите его трудоустройство; the head must be employed at that school on the order date and now.`,
      { field: 'personId' },
    );
  }
}

/** A municipal coordinator is an adult (on the order date and today) employed now: the seed appoints a specialist of the authority. */
async function assertCoordinatorRules(tx: EntityManager, person: Person, orderDate: string): Promise<void> {
  if (isMinorOn(person.birthDate ?? null, orderDate) || isMinorOn(person.birthDate ?? null)) {
    throw badUserInput('Муниципальный координатор — совершеннолетний работник; a minor cannot be appointed municipal coordinator.', { field: 'personId' });
  }
  const today = todayIso();
  const employed = (await tx.find(EmploymentSchema, { person: person.id, endDate: null })).some((employment) => !employment.startDate || employment.startDate <= today);
  if (!employed) {
    throw badUserInput('Муниципальным координатором назначают работника (as in приказ № 96-Д, п. 2: «главного специалиста отдела образования»); the person has no current employment.', { field: 'personId' });
  }
}

/** The order's dates: not in the future, not before the person was born; the office starts on or after the order. */
function assertOrderDates(input: Pick<AppointmentInput, 'orderDate' | 'startDate'>): void {
  if (input.orderDate > todayIso()) throw badUserInput(`Дата приказа ${input.orderDate} ещё не наступила; orderDate is in the future.`, { field: 'orderDate' });
  if (input.startDate < input.orderDate) {
    throw badUserInput(`Начало полномочий ${input.startDate} раньше даты приказа ${input.orderDate}; startDate must not be before orderDate.`, { field: 'startDate' });
  }
}

/** Kinds whose issuing body the registry records; for the others no seed says who issues the order. */
const ISSUER_KINDS: readonly Kind[] = ['SCHOOL_CURATOR', 'MENTORS_ASSOCIATION_MEMBER', 'MUNICIPAL_COORDINATOR'];

/** Organizations where a person appointed the region's operator (in force) works now: the operator's organizations. */
async function operatorOrganizationIds(tx: EntityManager, regionId: string): Promise<Set<string>> {
  const operators = await tx.find(AppointmentSchema, { kind: 'REGIONAL_OPERATOR', region: regionId, endDate: null });
  if (operators.length === 0) return new Set();
  const employments = await tx.find(EmploymentSchema, { person: { $in: operators.map((appointment) => appointment.person.id) }, endDate: null });
  return new Set(employments.map((employment) => employment.organization.id));
}

/** Who issued the order (издавший приказ), by kind; see `AppointmentInput.issuedByOrganizationId`. */
async function issuerOf(context: Context, tx: EntityManager, input: AppointmentInput, target: Awaited<ReturnType<typeof targetOf>>): Promise<Organization | null> {
  const given = input.issuedByOrganizationId ?? null;
  if (target.organization && (input.kind === 'SCHOOL_CURATOR' || input.kind === 'MENTORS_ASSOCIATION_MEMBER')) {
    if (given && given !== target.organization.id) {
      throw badUserInput('Приказ о назначении куратора и членов методического объединения издаёт руководитель этой образовательной организации; the school itself issues this order.', { field: 'issuedByOrganizationId' });
    }
    return target.organization;
  }
  if (input.kind === 'MUNICIPAL_COORDINATOR') {
    const wrongIssuer = `${SEED_RULES.coordinator}: укажите отдел образования этого муниципального образования (EDUCATION_AUTHORITY) или организацию регионального оператора; give the municipality's education authority or the region's operator as the issuing body.`;
    if (!given) throw badUserInput(wrongIssuer, { field: 'issuedByOrganizationId' });
    const municipality = target.municipality!;
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

/**
 * One head and one curator per organization at any time. The partial unique index "appointment_one_per_organization" holds
 * the open-ended ones; `appoint` also refuses a period overlapping one that has an end date still to come (an earlier
 * appointment ended in the future), with the organization's row locked so parallel appointments are checked one by one.
 */
const ONE_PER_ORGANIZATION: Partial<Record<Kind, string>> = {
  SCHOOL_HEAD: 'У организации уже есть руководитель',
  SCHOOL_CURATOR: 'У организации уже есть куратор, а «Куратор реализации программ наставничества» (приказ № 96-Д, приложение 1, п. 5) в организации один',
};

const periodOf = (appointment: Appointment) => `с ${appointment.startDate ?? 'неизвестной даты'} ${appointment.endDate ? `по ${appointment.endDate}` : 'без срока'}`;

/** The refusal for an appointment whose period meets `existing`'s. */
function overlapRefusal(kind: Kind, existing: Appointment | null, startDate: string): string {
  const period = existing ? ` (назначение ${periodOf(existing)})` : '';
  const endFirst = existing?.endDate
    ? `новое назначение с ${startDate} начинается раньше, чем оно заканчивается: начните новое после ${existing.endDate} или перенесите окончание текущего на дату до ${startDate}`
    : `завершите текущее назначение датой до ${startDate}`;
  return `${ONE_PER_ORGANIZATION[kind]}${period}; ${endFirst}; the new appointment would overlap the one in force or to come — end it before the new start date.`;
}

export const appointmentMutations: Pick<MutationResolvers, 'appoint' | 'endAppointment'> = {
  appoint: (_, { input }, context) =>
    runMutation(context.em, async (tx) => {
      // The request's own shape first (nothing about anyone is read yet), then who may appoint, then the seed's rules.
      assertTargetGiven(input.kind, input);
      assertOrderDates(input);
      if (!input.orderNumber.trim()) throw badUserInput('Укажите номер приказа; the order number is required.', { field: 'orderNumber' });
      assertAppointer(context, input.kind);
      const person = await tx.findOne(PersonSchema, { id: input.personId });
      if (!person) throw notFound(`Лицо ${input.personId} не найдено; no person with id ${input.personId}.`);
      if (person.birthDate && input.orderDate < person.birthDate) {
        throw badUserInput(`Дата приказа ${input.orderDate} раньше даты рождения назначаемого; orderDate is before the person was born.`, { field: 'orderDate' });
      }
      const target = await targetOf(context, tx, input.kind, input);
      const onlyOne = ONE_PER_ORGANIZATION[input.kind];
      // Parallel appointments of a head or curator to one organization wait here for each other, so each checks for
      // overlaps what the one before it wrote.
      if (onlyOne && target.organization) await tx.findOne(OrganizationSchema, { id: target.organization.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (target.organization) await assertSchoolRules(tx, input.kind, person.id, target.organization, input.orderDate);
      if (input.kind === 'SCHOOL_HEAD') await assertHeadRules(tx, person, target.organization!, input.orderDate);
      if (input.kind === 'MUNICIPAL_COORDINATOR') await assertCoordinatorRules(tx, person, input.orderDate);
      const issuedBy = await issuerOf(context, tx, input, target);
      const where = { kind: input.kind, endDate: null, organization: target.organization, municipality: target.municipality, region: target.region };
      if (await tx.count(AppointmentSchema, { ...where, person })) throw conflict('Это назначение уже действует; this appointment is already in force.');
      if (onlyOne) {
        const overlapping = await tx.findOne(
          AppointmentSchema,
          { kind: input.kind, organization: target.organization, $or: [{ endDate: null }, { endDate: { $gte: input.startDate } }] },
          { orderBy: { endDate: 'desc nulls first' } },
        );
        if (overlapping) throw conflict(overlapRefusal(input.kind, overlapping, input.startDate));
      }
      const appointment = tx.create(AppointmentSchema, {
        person,
        kind: input.kind,
        ...target,
        orderNumber: input.orderNumber.trim(),
        orderDate: input.orderDate,
        issuedBy,
        startDate: input.startDate,
        endDate: null,
        dataOrigin: 'ENTERED',
        source: null,
      });
      try {
        await tx.flush();
      } catch (error) {
        // A parallel appointment got in between the count and the insert: the index refuses the second.
        if (onlyOne && error instanceof UniqueConstraintViolationException && error.message.includes('appointment_one_per_organization')) throw conflict(overlapRefusal(input.kind, null, input.startDate));
        throw error;
      }
      return appointment;
    }),
  endAppointment: (_, { id, endDate }, context) =>
    runMutation(context.em, async (tx) => {
      const appointment = await tx.findOne(AppointmentSchema, { id }, { populate: ['municipality', 'region', 'organization'] });
      if (!appointment) throw notFound(`Назначение ${id} не найдено; no appointment with id ${id}.`);
      assertAppointer(context, appointment.kind);
      await targetOf(context, tx, appointment.kind, {
        ...(appointment.organization ? { organizationId: appointment.organization.id } : {}),
        ...(appointment.municipality ? { municipalityOktmo: appointment.municipality.oktmo } : {}),
        ...(appointment.region ? { regionCode: appointment.region.code } : {}),
      });
      if (appointment.endDate) throw badUserInput(`Назначение уже завершено ${appointment.endDate}; it has already ended.`);
      assertDatesInOrder(appointment.startDate, endDate, 'Начало и окончание полномочий');
      appointment.endDate = endDate;
      await tx.flush();
      return appointment;
    }),
};

/** The appointments in force on the date (today when none is given). */
export function inForce(appointments: Appointment[], date: string | null | undefined): Appointment[] {
  const day = date ?? todayIso();
  return appointments.filter((appointment) => (!appointment.startDate || appointment.startDate <= day) && (!appointment.endDate || appointment.endDate >= day));
}

/**
 * A territory's or organization's appointments as the viewer may see them: in force on the date, and
 * only those whose appointed person the person rule lets the viewer see (an appointment names its person).
 */
export async function visibleAppointments(appointments: Appointment[], date: string | null | undefined, { personVisible }: Context): Promise<Appointment[]> {
  const current = inForce(appointments, date);
  const visible = await personVisible.loadMany(current.map((appointment) => appointment.person.id));
  return current.filter((_, index) => visible[index] === true);
}

export const OrganizationAppointments: Pick<OrganizationResolvers, 'appointments'> = {
  appointments: async (organization, { activeOn }, context) => visibleAppointments(await context.loaders.appointmentsByOrganization.load(organization.id), activeOn, context),
};

export const AppointmentType: AppointmentResolvers = {
  person: (appointment, _, { loaders }) => loaders.personById.load(appointment.person.id),
  organization: (appointment, _, { loaders }) => (appointment.organization ? loaders.organizationById.load(appointment.organization.id) : null),
  municipality: (appointment, _, { loaders }) => (appointment.municipality ? loaders.municipalityById.load(appointment.municipality.id) : null),
  region: (appointment, _, { loaders }) => (appointment.region ? loaders.regionById.load(appointment.region.id) : null),
  issuedBy: (appointment, _, { loaders }) => (appointment.issuedBy ? loaders.organizationById.load(appointment.issuedBy.id) : null),
};
