/*
 * Day arithmetic on ISO days, with nothing else imported: the services (through validation/dates.ts) and the pages'
 * bundle use the same code.
 */
const DAY_MS = 86_400_000;

/** The ISO day `days` calendar days after (before, when negative) an ISO day; UTC, so no daylight-saving hour shifts it. */
export const shiftedIsoDay = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Calendar days from one ISO day to another (negative when `to` comes first). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
