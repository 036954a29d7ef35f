import type { Appointment } from './appointment.entity.js';
import type { AppointmentKind } from './appointment-rules.js';

/**
 * One head and one curator per organization at any time. The partial unique index "appointment_one_per_organization" holds
 * the open-ended ones; `appoint` also refuses a period overlapping one that has an end date still to come (an earlier
 * appointment ended in the future), with the organization's row locked so parallel appointments are checked one by one.
 */
export const ONE_PER_ORGANIZATION: Partial<Record<AppointmentKind, string>> = {
  SCHOOL_HEAD: 'У организации уже есть руководитель',
  SCHOOL_CURATOR:
    'У организации уже есть куратор, а «Куратор реализации программ наставничества» (приказ № 96-Д, приложение 1, п. 5) в организации один',
};

const periodOf = (appointment: Appointment) =>
  `с ${appointment.startDate ?? 'неизвестной даты'} ${appointment.endDate ? `по ${appointment.endDate}` : 'без срока'}`;

/** The refusal for an appointment whose period meets `existing`'s. */
export function overlapRefusal(kind: AppointmentKind, existing: Appointment | null, startDate: string): string {
  const period = existing ? ` (назначение ${periodOf(existing)})` : '';
  const endFirst = existing?.endDate
    ? `новое назначение с ${startDate} начинается раньше, чем оно заканчивается: начните новое после ${existing.endDate} или перенесите окончание текущего на дату до ${startDate}`
    : `завершите текущее назначение датой до ${startDate}`;
  return `${ONE_PER_ORGANIZATION[kind]}${period}; ${endFirst}; the new appointment would overlap the one in force or to come — end it before the new start date.`;
}
