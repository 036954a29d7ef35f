import { todayIso } from '@mentoring/platform/validation';
import type { Context } from '../../context.js';
import type { Appointment } from './appointment.entity.js';

/** The appointments in force on the date (today when none is given). */
export function inForce(appointments: Appointment[], date: string | null | undefined): Appointment[] {
  const day = date ?? todayIso();
  return appointments.filter(
    (appointment) =>
      (!appointment.startDate || appointment.startDate <= day) && (!appointment.endDate || appointment.endDate >= day),
  );
}

/**
 * A territory's or organization's appointments as the viewer may see them: in force on the date, and
 * only those whose appointed person the person rule lets the viewer see (an appointment names its person).
 */
export async function visibleAppointments(
  appointments: Appointment[],
  date: string | null | undefined,
  { personVisible }: Context,
): Promise<Appointment[]> {
  const current = inForce(appointments, date);
  const visible = await personVisible.loadMany(current.map((appointment) => appointment.person.id));
  return current.filter((_, index) => visible[index] === true);
}
