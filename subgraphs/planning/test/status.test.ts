import { describe, expect, it } from 'vitest';
import {
  nextDueDate,
  occurrencesBetween,
  recurrenceProblem,
  type ScheduleFacts,
} from '../src/modules/roadmaps/schedule.js';
import { deriveStatus } from '../src/modules/roadmaps/status.js';

const NONE = new Set<string | null>();
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
});

describe('recurrenceProblem', () => {
  it.each([
    ['FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1', null],
    ['FREQ=HOURLY', /FREQ/],
    ['BYMONTH=5', /FREQ/],
    ['FREQ=YEARLY;BYMONTH=13', /BYMONTH/],
    ['FREQ=YEARLY;FOO=1', /не разобрано/],
    ['DTSTART:20220101T000000Z\nRRULE:FREQ=YEARLY', /RRULE/],
    ['freq=yearly', /RRULE/],
  ])('%s', (rule, problem) => {
    const found = recurrenceProblem(rule);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
