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

/**
 * Most deadlines one item may have inside its period: a rule yielding more (a daily rule over years) is refused when
 * entered, and when its roadmap's period changes; a weekly rule over a few years stays well below.
 */
export const MAX_OCCURRENCES = 400;

export const periodStartOf = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
export const periodEndOf = (year: number) => `${String(year).padStart(4, '0')}-12-31`;

const FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'] as const;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** The largest INTERVAL accepted: every 100 years/months/weeks/days is already past any roadmap. */
const MAX_INTERVAL = 100;

/** A comma list of whole numbers (at most `most` of them, no repeats), each passing `fits`; null when it is not one. */
function numbers(value: string, most: number, fits: (n: number) => boolean): number[] | null {
  const parts = value.split(',');
  if (parts.length > most || new Set(parts).size !== parts.length) return null;
  const list = parts.map((part) => (/^[+-]?\d{1,2}$/.test(part) ? Number(part) : Number.NaN));
  return list.every((n) => Number.isInteger(n) && fits(n)) ? list : null;
}

/**
 * The parts of a rule, whitelisted, before anything is built from it (a rule rrule would walk second by second —
 * BYHOUR/BYMINUTE/BYSECOND — or for ever — BYWEEKNO=60, BYDAY=+9MO — is refused as written). Returns a problem or
 * null.
 */
function partsProblem(rule: string): string | null {
  const seen = new Map<string, string>();
  for (const part of rule.split(';')) {
    const match = /^([A-Z]+)=(.+)$/.exec(part);
    if (!match) return `часть «${part.slice(0, 20)}» не вида ИМЯ=значение`;
    const [, name, value] = match as unknown as [string, string, string];
    if (seen.has(name)) return `${name} указан дважды`;
    seen.set(name, value);
  }
  for (const name of seen.keys()) {
    if (name === 'UNTIL' || name === 'COUNT')
      return `${name} не указывается: повторение ограничивает период мероприятия (periodStart, periodEnd) и период дорожной карты`;
    if (!['FREQ', 'INTERVAL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'WKST'].includes(name))
      return `${name.slice(0, 20)} не поддерживается: допустимы FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, WKST`;
  }
  const freq = seen.get('FREQ');
  if (freq === undefined || !(FREQUENCIES as readonly string[]).includes(freq))
    return 'правило повторения должно задавать FREQ: YEARLY, MONTHLY, WEEKLY или DAILY';
  const interval = seen.get('INTERVAL');
  if (interval !== undefined && !numbers(interval, 1, (n) => n >= 1 && n <= MAX_INTERVAL))
    return `INTERVAL — целое число от 1 до ${MAX_INTERVAL}`;
  const months = seen.get('BYMONTH');
  if (months !== undefined && !numbers(months, 12, (n) => n >= 1 && n <= 12)) return 'BYMONTH — месяцы от 1 до 12';
  const monthDays = seen.get('BYMONTHDAY');
  if (monthDays !== undefined && !numbers(monthDays, 62, (n) => n !== 0 && n >= -31 && n <= 31))
    return 'BYMONTHDAY — дни от 1 до 31 или от -31 до -1';
  const weekStart = seen.get('WKST');
  if (weekStart !== undefined && !WEEKDAYS.includes(weekStart)) return 'WKST — один из дней MO, TU, WE, TH, FR, SA, SU';
  const days = seen.get('BYDAY');
  if (days !== undefined) {
    const limit = freq === 'MONTHLY' ? 5 : freq === 'YEARLY' ? 53 : 0;
    const list = days.split(',');
    if (list.length > 7 * 10 || new Set(list).size !== list.length) return 'BYDAY — дни недели без повторов';
    for (const day of list) {
      const parsed = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(day);
      if (!parsed)
        return 'BYDAY — дни недели MO, TU, WE, TH, FR, SA, SU, при FREQ=MONTHLY или YEARLY с номером (1MO, -1FR)';
      if (parsed[1] === undefined) continue;
      const ordinal = Math.abs(Number(parsed[1]));
      if (limit === 0) return `BYDAY с номером дня (${day}) — только при FREQ=MONTHLY или YEARLY`;
      if (ordinal < 1 || ordinal > limit)
        return `BYDAY при FREQ=${freq} — номер дня от 1 до ${limit} или от -${limit} до -1`;
    }
  }
  return null;
}

/**
 * A recurrence rule as entered, checked: an RRULE body (`FREQ=…;…`, no `RRULE:` prefix, no DTSTART — the item's
 * period or deadline anchors it; no UNTIL or COUNT — the item's period bounds it) with a frequency of days or longer
 * and only the parts FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY (with an ordinal ±1..5 for MONTHLY, ±1..53 for
 * YEARLY, none otherwise) and WKST. Returns an error message, or null when the rule is well formed.
 */
export function recurrenceProblem(rule: string): string | null {
  if (!/^[A-Z0-9=;,+-]+$/.test(rule))
    return 'правило повторения — RRULE по RFC 5545 вида FREQ=YEARLY;BYMONTH=5,11 (латиница, цифры, = ; , + -)';
  const problem = partsProblem(rule);
  if (problem) return problem;
  try {
    new RRule({ ...RRule.parseString(rule), dtstart: new Date(Date.UTC(2000, 0, 1)) });
  } catch (error) {
    return `правило повторения не разобрано (${(error as Error).message.slice(0, 200)})`;
  }
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
 * A malformed rule yields no occurrences, and a rule yields at most MAX_OCCURRENCES + 1 (rules are checked when
 * entered: see `occurrenceCountProblem`).
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
      for (const date of rule.between(asDate(first), asDate(last), true, (_, index) => index <= MAX_OCCURRENCES))
        dates.add(asIso(date));
  }
  return [...dates].filter((date) => date >= low && date <= high).sort();
}

/** Every deadline of the item inside its roadmap's period. */
export const allOccurrences = (facts: ScheduleFacts) =>
  occurrencesBetween(facts, periodStartOf(facts.roadmapStartYear), periodEndOf(facts.roadmapEndYear));

/** Whether `date` is one of the item's deadlines (checked on that day alone, never by listing them all). */
export const isOccurrence = (facts: ScheduleFacts, date: string) =>
  occurrencesBetween(facts, date, date).includes(date);

/**
 * A short problem when the item's rule yields more than MAX_OCCURRENCES deadlines inside its period and its
 * roadmap's, or none at all; null otherwise (and for an item that does not recur).
 */
export function occurrenceCountProblem(facts: ScheduleFacts): string | null {
  if (!facts.recurrence) return null;
  const count = allOccurrences(facts).length;
  if (count > MAX_OCCURRENCES)
    return `повторение даёт больше ${MAX_OCCURRENCES} сроков в периоде; the recurrence yields more than ${MAX_OCCURRENCES} deadlines — narrow the item's period or choose a rarer rule`;
  if (count === 0)
    return 'повторение не даёт ни одного срока в периоде дорожной карты; the recurrence yields no deadline within the roadmap period';
  return null;
}

/** Ближайший срок: the first deadline on or after `today` inside the roadmap's period, or null. */
export function nextDueDate(facts: ScheduleFacts, today: string): string | null {
  return occurrencesBetween(facts, today, periodEndOf(facts.roadmapEndYear))[0] ?? null;
}
