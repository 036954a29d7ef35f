import { runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import { assertDatesInOrder } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertAppointer, targetOf } from '../../appointment-rules.js';
import { AppointmentSchema } from '../../appointment.entity.js';

export const endAppointment: NonNullable<MutationResolvers['endAppointment']> = (_, { id, endDate }, context) =>
  runMutation(context.em, async (tx) => {
    const appointment = await tx.findOne(
      AppointmentSchema,
      { id },
      { populate: ['municipality', 'region', 'organization'] },
    );
    if (!appointment) throw notFound(`Назначение ${id} не найдено; no appointment with id ${id}.`);
    assertAppointer(context, appointment.kind);
    await targetOf(context, tx, appointment.kind, {
      ...(appointment.organization ? { organizationId: appointment.organization.id } : {}),
      ...(appointment.municipality ? { municipalityOktmo: appointment.municipality.oktmo } : {}),
      ...(appointment.region ? { regionCode: appointment.region.code } : {}),
    });
    if (appointment.endDate)
      throw badUserInput(`Назначение уже завершено ${appointment.endDate}; it has already ended.`);
    assertDatesInOrder(appointment.startDate, endDate, 'Начало и окончание полномочий');
    appointment.endDate = endDate;
    await tx.flush();
    return appointment;
  });
