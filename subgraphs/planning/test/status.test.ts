import { describe, expect, it } from 'vitest';
import {
  isOccurrence,
  MAX_OCCURRENCES,
  nextDueDate,
  occurrenceCountProblem,
  occurrencesBetween,
  recurrenceProblem,
  type ScheduleFacts,
} from '../src/modules/roadmaps/schedule.js';
import { deriveStatus } from '../src/modules/roadmaps/status.js';

const NONE = new Set<string | null>();
const hours = Array.from({ length: 24 }, (_, hour) => hour).join(',');
const minutes = Array.from({ length: 60 }, (_, minute) => minute).join(',');
const ONE = new Set<string | null>([null]);
const facts = (overrides: Partial<ScheduleFacts>): ScheduleFacts => ({
  dueDate: null,
  periodStart: null,
  periodEnd: null,
  recurrence: null,
  roadmapStartYear: 2021,
  roadmapEndYear: 2022,
  ...overrides,
});

/** The status rule on its boundaries: DONE only with a record; otherwise the dates, which say only what is recorded. */
describe('deriveStatus of an item that does not recur', () => {
  const dated = facts({ dueDate: '2022-05-31', roadmapStartYear: 2022 });
  const undated = facts({});
  const period = facts({ periodStart: '2022-01-01', periodEnd: '2022-01-31', dueDate: '2022-01-31' });

  it('is DONE with a completion record and only then, whatever the dates', () => {
    expect(deriveStatus({ ...dated, completed: ONE }, '2020-01-01')).toBe('DONE');
    expect(deriveStatus({ ...dated, completed: ONE }, '2030-01-01')).toBe('DONE');
    expect(deriveStatus({ ...undated, completed: ONE }, '2022-06-01')).toBe('DONE');
  });

  it('is PLANNED up to and on a bare deadline, OVERDUE from the day after', () => {
    expect(deriveStatus({ ...dated, completed: NONE }, '2022-05-30')).toBe('PLANNED');
    expect(deriveStatus({ ...dated, completed: NONE }, '2022-05-31')).toBe('PLANNED');
    expect(deriveStatus({ ...dated, completed: NONE }, '2022-06-01')).toBe('OVERDUE');
  });

  it('is IN_PROGRESS while its period runs («Январь 2023»)', () => {
    expect(deriveStatus({ ...period, completed: NONE }, '2021-12-31')).toBe('PLANNED');
    expect(deriveStatus({ ...period, completed: NONE }, '2022-01-01')).toBe('IN_PROGRESS');
    expect(deriveStatus({ ...period, completed: NONE }, '2022-01-31')).toBe('IN_PROGRESS');
    expect(deriveStatus({ ...period, completed: NONE }, '2022-02-01')).toBe('OVERDUE');
  });

  it('counts only its own record, not one left on an occurrence by an earlier recurring schedule', () => {
    expect(deriveStatus({ ...dated, completed: new Set(['2022-03-31']) }, '2022-04-01')).toBe('PLANNED');
    expect(deriveStatus({ ...dated, completed: new Set(['2022-03-31']) }, '2022-06-01')).toBe('OVERDUE');
  });

  it('measures an item without dates («постоянно», a blank cell) against its roadmap period', () => {
    expect(deriveStatus({ ...undated, completed: NONE }, '2020-12-31')).toBe('PLANNED');
    expect(deriveStatus({ ...undated, completed: NONE }, '2021-01-01')).toBe('IN_PROGRESS');
    expect(deriveStatus({ ...undated, completed: NONE }, '2022-12-31')).toBe('IN_PROGRESS');
    expect(deriveStatus({ ...undated, completed: NONE }, '2023-01-01')).toBe('OVERDUE');
  });
});

describe('a recurring item: a completion per occurrence', () => {
  // «Ежеквартально в течение 2022 года» (seed 003, row 5), as the system reads it.
  const quarterly = facts({
    periodStart: '2022-01-01',
    periodEnd: '2022-12-31',
    recurrence: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
  });
  // «до 12 ноября 2021, далее – ежегодно» (seed 004).
  const yearly = facts({ dueDate: '2021-11-12', recurrence: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=12' });

  it('reads its deadlines from the rule, inside the period and the roadmap', () => {
    expect(occurrencesBetween(quarterly, '2000-01-01', '2100-01-01')).toEqual([
      '2022-03-31',
      '2022-06-30',
      '2022-09-30',
      '2022-12-31',
    ]);
    expect(occurrencesBetween(yearly, '2000-01-01', '2100-01-01')).toEqual(['2021-11-12', '2022-11-12']);
    expect(occurrencesBetween(quarterly, '2022-04-01', '2022-09-30')).toEqual(['2022-06-30', '2022-09-30']);
    expect(nextDueDate(yearly, '2021-11-13')).toBe('2022-11-12');
    expect(nextDueDate(yearly, '2022-11-12')).toBe('2022-11-12');
    expect(nextDueDate(yearly, '2022-11-13')).toBeNull();
    // «ежегодно (май, ноябрь)»: the last day of May and of November each year of the roadmap.
    expect(
      occurrencesBetween(facts({ recurrence: 'FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1' }), '2000-01-01', '2100-01-01'),
    ).toEqual(['2021-05-31', '2021-11-30', '2022-05-31', '2022-11-30']);
  });

  it('is OVERDUE when the latest passed deadline has no record, whatever earlier ones have', () => {
    expect(deriveStatus({ ...quarterly, completed: NONE }, '2022-03-31')).toBe('IN_PROGRESS');
    expect(deriveStatus({ ...quarterly, completed: NONE }, '2022-04-01')).toBe('OVERDUE');
    expect(deriveStatus({ ...quarterly, completed: new Set(['2022-03-31']) }, '2022-04-01')).toBe('IN_PROGRESS');
    expect(deriveStatus({ ...quarterly, completed: new Set(['2022-03-31']) }, '2022-07-01')).toBe('OVERDUE');
    expect(deriveStatus({ ...quarterly, completed: new Set(['2022-06-30']) }, '2022-07-01')).toBe('IN_PROGRESS');
  });

  it('is DONE only when every deadline has its record', () => {
    const three = new Set(['2022-03-31', '2022-06-30', '2022-09-30']);
    expect(deriveStatus({ ...quarterly, completed: three }, '2022-10-01')).toBe('IN_PROGRESS');
    expect(deriveStatus({ ...quarterly, completed: new Set([...three, '2022-12-31']) }, '2022-10-01')).toBe('DONE');
    expect(deriveStatus({ ...yearly, completed: NONE }, '2020-12-31')).toBe('PLANNED');
  });

  it('counts only records on its current occurrences', () => {
    const stale = new Set<string | null>([null, '2022-03-30', '2022-06-29', '2022-09-29', '2022-12-30']);
    expect(deriveStatus({ ...quarterly, completed: stale }, '2023-01-01')).toBe('OVERDUE');
  });
});

describe('recurrenceProblem', () => {
  it.each([
    ['FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1', null],
    ['FREQ=MONTHLY;BYDAY=-1FR', null],
    ['FREQ=YEARLY;BYDAY=+53MO', null],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=SU', null],
    ['FREQ=HOURLY', /FREQ/],
    ['FREQ=SECONDLY', /FREQ/],
    ['BYMONTH=5', /FREQ/],
    ['FREQ=YEARLY;BYMONTH=13', /BYMONTH/],
    ['FREQ=YEARLY;BYMONTH=5,5', /BYMONTH/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY/],
    ['FREQ=YEARLY;FOO=1', /FOO не поддерживается/],
    ['DTSTART:20220101T000000Z\nRRULE:FREQ=YEARLY', /RRULE/],
    ['freq=yearly', /RRULE/],
    // Parts rrule would walk hour by hour, second by second, or for ever: refused by name, before anything is built.
    [`FREQ=DAILY;BYHOUR=${hours};BYMINUTE=${minutes};BYSECOND=${minutes}`, /BYHOUR не поддерживается/],
    ['FREQ=DAILY;BYMINUTE=1', /BYMINUTE не поддерживается/],
    ['FREQ=DAILY;BYSECOND=1', /BYSECOND не поддерживается/],
    ['FREQ=DAILY;BYSETPOS=0', /BYSETPOS не поддерживается/],
    ['FREQ=YEARLY;BYWEEKNO=60', /BYWEEKNO не поддерживается/],
    ['FREQ=YEARLY;BYYEARDAY=400', /BYYEARDAY не поддерживается/],
    ['FREQ=YEARLY;BYEASTER=0', /BYEASTER не поддерживается/],
    ['FREQ=MONTHLY;BYDAY=+9MO', /от 1 до 5/],
    ['FREQ=MONTHLY;BYDAY=0MO', /от 1 до 5/],
    ['FREQ=YEARLY;BYDAY=-54MO', /от 1 до 53/],
    ['FREQ=WEEKLY;BYDAY=1MO', /только при FREQ=MONTHLY или YEARLY/],
    ['FREQ=DAILY;BYDAY=-1FR', /только при FREQ=MONTHLY или YEARLY/],
    ['FREQ=WEEKLY;BYDAY=XX', /BYDAY/],
    ['FREQ=WEEKLY;WKST=XX', /WKST/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL/],
    ['FREQ=DAILY;INTERVAL=101', /INTERVAL/],
    ['FREQ=DAILY;FREQ=YEARLY', /дважды/],
    // The item's period bounds the rule: UNTIL and COUNT would be overridden silently, so they are refused.
    ['FREQ=YEARLY;UNTIL=20220101T000000Z', /UNTIL не указывается/],
    ['FREQ=YEARLY;COUNT=3', /COUNT не указывается/],
    ['FREQ=YEARLY;', /ИМЯ=значение/],
  ])('%s', (rule, problem) => {
    const found = recurrenceProblem(rule);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('leaves a refused rule out of the reading: the deadline alone', () => {
    const hostile = facts({
      dueDate: '2021-05-31',
      recurrence: `FREQ=DAILY;BYHOUR=${hours};BYMINUTE=${minutes};BYSECOND=${minutes}`,
    });
    expect(nextDueDate(hostile, '2021-01-01')).toBe('2021-05-31');
    expect(occurrencesBetween(facts({ recurrence: 'FREQ=DAILY;BYSETPOS=0' }), '2021-01-01', '2022-12-31')).toEqual([]);
  });
});

describe('occurrenceCountProblem: at most MAX_OCCURRENCES deadlines in the period', () => {
  it('refuses a daily rule over a two-year roadmap, with a short message', () => {
    const daily = facts({ recurrence: 'FREQ=DAILY' });
    const problem = occurrenceCountProblem(daily);
    expect(problem).toMatch(new RegExp(`больше ${MAX_OCCURRENCES}`));
    expect(problem!.length).toBeLessThan(300);
    expect(occurrencesBetween(daily, '2021-01-01', '2022-12-31')).toHaveLength(MAX_OCCURRENCES + 1);
  });

  it('accepts a weekly rule over three years, and a daily one over a month', () => {
    const weekly = facts({ recurrence: 'FREQ=WEEKLY;BYDAY=FR', roadmapStartYear: 2022, roadmapEndYear: 2024 });
    expect(occurrenceCountProblem(weekly)).toBeNull();
    expect(occurrencesBetween(weekly, '2000-01-01', '2100-01-01')).toHaveLength(156);
    const month = facts({ recurrence: 'FREQ=DAILY', periodStart: '2022-03-01', periodEnd: '2022-03-31' });
    expect(occurrenceCountProblem(month)).toBeNull();
  });

  it('refuses a rule with no deadline in the period; a one-off item has no count to check', () => {
    expect(occurrenceCountProblem(facts({ recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }))).toMatch(
      /ни одного срока/,
    );
    expect(occurrenceCountProblem(facts({ dueDate: '2022-01-01' }))).toBeNull();
  });

  it('tells whether a day is a deadline without listing them all', () => {
    const daily = facts({ recurrence: 'FREQ=DAILY', periodStart: '2022-03-01', periodEnd: '2022-03-31' });
    expect(isOccurrence(daily, '2022-03-15')).toBe(true);
    expect(isOccurrence(daily, '2022-04-01')).toBe(false);
  });
});
