/**
 * Russian number and date formats for every figure the pages print (Intl, locale ru-RU): «1 234», «32,3 %»,
 * «23 ноября 2026 г.». The browser tests format the GraphQL answers with this same module, so a figure on screen is
 * compared with what the page would print for the answer, not with a second formatter.
 */

const LOCALE = 'ru-RU';

const countFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

const pluralRules = new Intl.PluralRules(LOCALE);

/** The forms of a Russian word after a number: «1 срез», «3 среза», «5 срезов» (and «1,5 среза» for a fraction). */
export interface WordForms {
  one: string;
  few: string;
  many: string;
  /** For fractions; the «few» form when not given. */
  other?: string;
}

/** The form of a word that agrees with a number, by the Russian plural rules (Intl.PluralRules). */
export function pluralWord(count: number, forms: WordForms): string {
  const category = pluralRules.select(count);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few;
  if (category === 'many') return forms.many;
  return forms.other ?? forms.few;
}

/** A count with its word in agreement: «3 среза», «27 значений». */
export const countWith = (count: number, forms: WordForms): string =>
  `${formatCount(count)} ${pluralWord(count, forms)}`;

/** What a suppressed figure (a small count of people) reads as. */
export const SUPPRESSED_TEXT = 'скрыто';
/** What a missing figure reads as. */
export const NO_VALUE_TEXT = '—';

/** A count: «1 234». */
export const formatCount = (value: number): string => countFormat.format(value);

/** A number with at most one decimal: «76,5». */
export const formatDecimal = (value: number): string => decimalFormat.format(value);

/** A percentage given as 0–100 (as analytics answers shares): «32,3 %». */
export const formatPercent = (value: number): string => percentFormat.format(value / 100);

/** A value in its indicator's unit: a percentage for «%», yes or no for a milestone, else the number and the unit. */
export function formatInUnit(value: number, unit: string): string {
  if (unit === '%') return formatPercent(value);
  if (unit === 'да/нет') return value >= 1 ? 'да' : 'нет';
  return unit === '' ? formatDecimal(value) : `${formatDecimal(value)} ${unit}`;
}

const dayOf = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);

/** A calendar day (ISO `YYYY-MM-DD`): «23 ноября 2026 г.». */
export const formatDate = (isoDate: string): string => dateFormat.format(dayOf(isoDate));

/** A calendar day in the short form for dense lists and file names: «23.11.2026». */
export const formatShortDate = (isoDate: string): string => shortDateFormat.format(dayOf(isoDate));

/** A period of days: «15 декабря 2022 г.» or «15 – 25 декабря 2022 г.». */
export function formatPeriod(startDate: string, endDate: string): string {
  if (startDate === endDate) return formatDate(startDate);
  // ICU puts a narrow no-break space before «г.» in ranges only; printed as single days are.
  return dateFormat.formatRange(dayOf(startDate), dayOf(endDate)).replace(/\u202f/g, ' ');
}

/** An ISO day shifted by whole days: the platform's, so the pages count days as the services do. */
export { shiftedIsoDay } from '../../../platform/src/validation/calendar-days.ts';

/** Today in the browser's own calendar, as an ISO day. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
