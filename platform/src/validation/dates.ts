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

const DAY_MS = 86_400_000;

/** The ISO day `days` calendar days after (before, when negative) an ISO day; UTC, so no daylight-saving hour shifts it. */
export const shiftedIsoDay = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Calendar days from one ISO day to another (negative when `to` comes first). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Full years between two ISO dates (birthday or anniversary counted on the day). */
export function fullYearsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const beforeAnniversary = toMonth < fromMonth || (toMonth === fromMonth && toDay < fromDay);
  return toYear - fromYear - (beforeAnniversary ? 1 : 0);
}
