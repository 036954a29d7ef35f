import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../src/modules/roadmaps/status.js';

/** The status rule on its boundaries: DONE only with a record; otherwise the dates, which say only what is recorded. */
describe('deriveStatus', () => {
  const dated = { dueDate: '2022-05-31', startYear: 2022, endYear: 2022 };
  const undated = { dueDate: null, startYear: 2021, endYear: 2022 };

  it('is DONE with a completion record and only then, whatever the dates', () => {
    expect(deriveStatus({ ...dated, completed: true }, '2020-01-01')).toBe('DONE');
    expect(deriveStatus({ ...dated, completed: true }, '2030-01-01')).toBe('DONE');
    expect(deriveStatus({ ...undated, completed: true }, '2022-06-01')).toBe('DONE');
  });

  it('is PLANNED up to and on the deadline, NO_COMPLETION_RECORDED from the day after', () => {
    expect(deriveStatus({ ...dated, completed: false }, '2022-05-30')).toBe('PLANNED');
    expect(deriveStatus({ ...dated, completed: false }, '2022-05-31')).toBe('PLANNED');
    expect(deriveStatus({ ...dated, completed: false }, '2022-06-01')).toBe('NO_COMPLETION_RECORDED');
  });

  it('measures an item without a deadline («постоянно», a blank cell) against its roadmap period', () => {
    expect(deriveStatus({ ...undated, completed: false }, '2020-12-31')).toBe('PLANNED');
    expect(deriveStatus({ ...undated, completed: false }, '2021-01-01')).toBe('ONGOING');
    expect(deriveStatus({ ...undated, completed: false }, '2022-12-31')).toBe('ONGOING');
    expect(deriveStatus({ ...undated, completed: false }, '2023-01-01')).toBe('NO_COMPLETION_RECORDED');
  });
});
