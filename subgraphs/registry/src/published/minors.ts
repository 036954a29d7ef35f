import { fullYearsBetween, todayIso } from '@mentoring/platform/validation';

/**
 * Under 18 on the date (today unless given); the 18th birthday of someone born on 29 February is 1 March. A person
 * without a birth date is one the seeds name (an official holding a post): not a minor. Every pupil is enrolled with
 * a birth date. The registry (publication, appointments) and mentoring (who consents to a pair) judge it alike.
 */
export function isMinorOn(birthDate: string | null | undefined, date: string = todayIso()): boolean {
  if (!birthDate) return false;
  return fullYearsBetween(birthDate, date) < 18;
}
