import { badUserInput } from '../errors.js';

/** Both dates ISO (YYYY-MM-DD): the earlier must not come after the later. */
export function assertDatesInOrder(
  earlier: string | null | undefined,
  later: string | null | undefined,
  what: string,
): void {
  if (earlier && later && earlier > later) {
    throw badUserInput(`${what}: ${earlier} позже ${later}; the dates are out of order.`);
  }
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** Full years between two ISO dates (birthday or anniversary counted on the day). */
export function fullYearsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const beforeAnniversary = toMonth < fromMonth || (toMonth === fromMonth && toDay < fromDay);
  return toYear - fromYear - (beforeAnniversary ? 1 : 0);
}

/**
 * Under 18 on the date (today unless given); the 18th birthday of someone born on 29 February is 1 March. A person
 * without a birth date is one the seeds name (an official holding a post): not a minor. Every pupil is enrolled with
 * a birth date. The registry (publication, appointments) and mentoring (who consents to a pair) judge it alike.
 */
export function isMinorOn(birthDate: string | null | undefined, date: string = todayIso()): boolean {
  if (!birthDate) return false;
  return fullYearsBetween(birthDate, date) < 18;
}
