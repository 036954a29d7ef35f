import { assertDatesInOrder, badUserInput, conflict, forbidden, notFound, present, runMutation, todayIso, type EntityManager, type Role } from '@mentoring/platform';
import type { AppointmentInput, AppointmentResolvers, MutationResolvers, OrganizationResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { RegionSchema } from '../territories/region.entity.js';
import { municipalityToWrite, organizationToWrite } from '../write-scope.js';
import { APPOINTMENT_KINDS, AppointmentSchema, type Appointment } from './appointment.entity.js';
import { PersonSchema } from './person.entity.js';

type Kind = (typeof APPOINTMENT_KINDS)[number];
type Target = 'organization' | 'municipality' | 'region';

/** Who appoints to what, and at which level: the rules of seed 003 §5 and of the regional orders. */
const RULES: Record<Kind, { target: Target; appointers: Role[] }> = {
  SCHOOL_CURATOR: { target: 'organization', appointers: ['SCHOOL_HEAD', 'MUNICIPAL_COORDINATOR', 'REGIONAL_OPERATOR'] },
  MENTORS_ASSOCIATION_MEMBER: { target: 'organization', appointers: ['SCHOOL_HEAD', 'MUNICIPAL_COORDINATOR', 'REGIONAL_OPERATOR'] },
  SCHOOL_HEAD: { target: 'organization', appointers: ['MUNICIPAL_COORDINATOR', 'REGIONAL_OPERATOR'] },
  MUNICIPAL_COORDINATOR: { target: 'municipality', appointers: ['MUNICIPAL_COORDINATOR', 'REGIONAL_OPERATOR'] },
  REGIONAL_OPERATOR: { target: 'region', appointers: ['REGIONAL_OPERATOR'] },
  RMA_CANDIDATE: { target: 'region', appointers: ['REGIONAL_OPERATOR'] },
};

const TARGET_ARGUMENT: Record<Target, keyof AppointmentInput> = { organization: 'organizationId', municipality: 'municipalityOktmo', region: 'regionCode' };

function assertAppointer(context: Context, kind: Kind): void {
  if (!RULES[kind].appointers.includes(context.viewer.role)) {
    throw forbidden(`Роль ${context.viewer.role} не назначает (${kind}); this role does not make such appointments.`);
  }
}

/** Resolves and checks the one territory the kind needs; the viewer must cover it. */
async function targetOf(context: Context, tx: EntityManager, input: AppointmentInput) {
  const { target } = RULES[input.kind];
  const given = (Object.entries(TARGET_ARGUMENT) as [Target, keyof AppointmentInput][]).filter(([, argument]) => input[argument]);
  if (given.length !== 1 || given[0]![0] !== target) {
    throw badUserInput(`Для назначения ${input.kind} укажите только ${TARGET_ARGUMENT[target]}; give ${TARGET_ARGUMENT[target]} and nothing else.`, { field: TARGET_ARGUMENT[target] });
  }
  const scoped = { ...context, em: tx };
  if (target === 'organization') return { organization: await organizationToWrite(scoped, input.organizationId!), municipality: null, region: null };
  if (target === 'municipality') return { organization: null, municipality: await municipalityToWrite(scoped, input.municipalityOktmo!), region: null };
  const region = await tx.findOne(RegionSchema, { code: input.regionCode! });
  if (!region) throw notFound(`Субъект РФ ${input.regionCode} не найден; no region with code ${input.regionCode}.`);
  if (region.code !== context.viewer.scope.regionCode) throw forbidden('Это вне вашей территории; this is outside your territory.');
  return { organization: null, municipality: null, region };
}

export const appointmentMutations: Pick<MutationResolvers, 'appoint' | 'endAppointment'> = {
  appoint: (_, { input }, context) =>
    runMutation(context.em, async (tx) => {
      assertAppointer(context, input.kind);
      const person = await tx.findOne(PersonSchema, { id: input.personId });
      if (!person) throw notFound(`Лицо ${input.personId} не найдено; no person with id ${input.personId}.`);
      const target = await targetOf(context, tx, input);
      assertDatesInOrder(input.orderDate, input.startDate, 'Дата приказа и начало полномочий');
      if (!input.orderNumber.trim()) throw badUserInput('Укажите номер приказа; the order number is required.', { field: 'orderNumber' });
      const where = { kind: input.kind, endDate: null, organization: target.organization, municipality: target.municipality, region: target.region };
      if (await tx.count(AppointmentSchema, { ...where, person })) throw conflict('Это назначение уже действует; this appointment is already in force.');
      if (input.kind === 'SCHOOL_HEAD' && (await tx.count(AppointmentSchema, where))) {
        throw conflict('У организации уже есть руководитель: завершите его назначение; end the current head’s appointment first.');
      }
      const appointment = tx.create(AppointmentSchema, {
        person,
        kind: input.kind,
        ...target,
        orderNumber: input.orderNumber.trim(),
        orderDate: input.orderDate,
        startDate: input.startDate,
        endDate: null,
      });
      await tx.flush();
      return appointment;
    }),
  endAppointment: (_, { id, endDate }, context) =>
    runMutation(context.em, async (tx) => {
      const appointment = await tx.findOne(AppointmentSchema, { id }, { populate: ['municipality', 'region', 'organization'] });
      if (!appointment) throw notFound(`Назначение ${id} не найдено; no appointment with id ${id}.`);
      assertAppointer(context, appointment.kind);
      await targetOf(context, tx, {
        personId: appointment.person.id,
        kind: appointment.kind,
        orderNumber: appointment.orderNumber,
        orderDate: appointment.orderDate,
        startDate: appointment.startDate,
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
  return appointments.filter((appointment) => appointment.startDate <= day && (!appointment.endDate || appointment.endDate >= day));
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
};
