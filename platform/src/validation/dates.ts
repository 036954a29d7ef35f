import { badUserInput } from '../errors.js';

export { daysBetween, shiftedIsoDay } from './calendar-days.js';

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
