import { badUserInput } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';

/** Values, series and snapshots are of dates from 2000 (before the target model, nothing to count) to today. */
export const EARLIEST_VALUE_DATE = '2000-01-01';

/** The date a value is asked for, checked: not after today (nothing is known of it yet), not before 2000. */
export function valueDate(date: string, argument: string): string {
  if (date > todayIso())
    throw badUserInput(`Дата ${date} ещё не наступила; values are of today or a past date.`, { argument });
  if (date < EARLIEST_VALUE_DATE)
    throw badUserInput(`Дата ${date} раньше ${EARLIEST_VALUE_DATE}; values start in 2000.`, { argument });
  return date;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** Whether a date ends a quarter: series are quarterly, and only quarter ends are snapshotted. */
export const isQuarterEnd = (date: string) => QUARTER_ENDS.includes(date.slice(5));
