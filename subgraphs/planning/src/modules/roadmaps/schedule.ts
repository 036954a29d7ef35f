import rrule from 'rrule';

const { RRule } = rrule;

/**
 * The structured reading of an item's schedule, free of ORM types (the calendars module reads it too):
 * a deadline, a period, and/or a recurrence — an RFC 5545 RRULE (without DTSTART) whose occurrences are deadlines.
 * Every date is an ISO day (YYYY-MM-DD).
 */
export interface ScheduleFacts {
  /** Крайний срок; for a recurring item, the first deadline as printed («до 12 ноября 2021, далее – ежегодно»). */
  dueDate: string | null;
  /** Период выполнения: its first and last day; either may be null. */
  periodStart: string | null;
  periodEnd: string | null;
  /** RFC 5545 RRULE, e.g. `FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1` («ежеквартально»). */
  recurrence: string | null;
  /** The roadmap's period: occurrences never leave it. */
  roadmapStartYear: number;
  roadmapEndYear: number;
}

/** Most occurrences one item yields: a daily rule over a long roadmap is cut here rather than flooding a calendar. */
export const MAX_OCCURRENCES = 1000;

export const periodStartOf = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
export const periodEndOf = (year: number) => `${String(year).padStart(4, '0')}-12-31`;

const FREQUENCIES = new Map<number, string>([
  [RRule.YEARLY, 'YEARLY'],
  [RRule.MONTHLY, 'MONTHLY'],
  [RRule.WEEKLY, 'WEEKLY'],
  [RRule.DAILY, 'DAILY'],
]);

/**
 * A recurrence rule as entered, checked: an RRULE body (`FREQ=…;…`, no `RRULE:` prefix, no DTSTART — the item's
 * period or deadline anchors it) with a frequency of days or longer. Returns an error message, or null when the rule is
 * well formed.
 */
export function recurrenceProblem(rule: string): string | null {
  if (!/^[A-Z0-9=;,+-]+$/.test(rule))
    return 'правило повторения — RRULE по RFC 5545 вида FREQ=YEARLY;BYMONTH=5,11 (латиница, цифры, = ; , + -)';
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(rule);
  } catch (error) {
    return `правило повторения не разобрано (${(error as Error).message})`;
  }
  if (options.freq === undefined || !FREQUENCIES.has(options.freq))
    return 'правило повторения должно задавать FREQ: YEARLY, MONTHLY, WEEKLY или DAILY';
  if ('dtstart' in options && options.dtstart)
    return 'DTSTART не указывается: начало повторения — начало периода или крайний срок мероприятия';
  const months = [options.bymonth ?? []].flat();
  if (months.some((month) => month < 1 || month > 12)) return 'BYMONTH — месяцы от 1 до 12';
  const days = [options.bymonthday ?? []].flat();
  if (days.some((day) => day === 0 || day < -31 || day > 31)) return 'BYMONTHDAY — дни от 1 до 31 или от -31 до -1';
  return null;
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const asIso = (date: Date) => date.toISOString().slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The item's deadlines between `from` and `to` (both included), ascending, inside the roadmap's period:
 * the deadline (dueDate, or else the period's end) for an item that does not recur; for a recurring one, the first
 * deadline and the rule's occurrences from the period's start (else the deadline, else the roadmap's start) up to
 * the period's end (else the roadmap's end). An item with no date at all («постоянно», «по запросу») has none.
 * A malformed rule yields no occurrences (rules are checked when entered).
 */
export function occurrencesBetween(facts: ScheduleFacts, from: string, to: string): string[] {
  const low = later(from, periodStartOf(facts.roadmapStartYear));
  const high = earlier(to, periodEndOf(facts.roadmapEndYear));
  if (low > high) return [];
  const dates = new Set<string>();
  const single = facts.dueDate ?? (facts.recurrence ? null : facts.periodEnd);
  if (single) dates.add(single);
  if (facts.recurrence && recurrenceProblem(facts.recurrence) === null) {
    const start = facts.periodStart ?? facts.dueDate ?? periodStartOf(facts.roadmapStartYear);
    const end = earlier(facts.periodEnd ?? periodEndOf(facts.roadmapEndYear), periodEndOf(facts.roadmapEndYear));
    const rule = new RRule({ ...RRule.parseString(facts.recurrence), dtstart: asDate(start), until: asDate(end) });
    const first = later(low, start);
    const last = earlier(high, end);
    if (first <= last)
      for (const date of rule.between(asDate(first), asDate(last), true, (_, index) => index < MAX_OCCURRENCES))
        dates.add(asIso(date));
  }
  return [...dates].filter((date) => date >= low && date <= high).sort();
}

/** Every deadline of the item inside its roadmap's period. */
export const allOccurrences = (facts: ScheduleFacts) =>
  occurrencesBetween(facts, periodStartOf(facts.roadmapStartYear), periodEndOf(facts.roadmapEndYear));

/** Ближайший срок: the first deadline on or after `today` inside the roadmap's period, or null. */
export function nextDueDate(facts: ScheduleFacts, today: string): string | null {
  return occurrencesBetween(facts, today, periodEndOf(facts.roadmapEndYear))[0] ?? null;
}
