import { badUserInput } from '@mentoring/platform/errors';
import { assertDatesInOrder } from '@mentoring/platform/validation';

/** Whole months from one date to another (a programme lasts 3 to 12). */
export function monthsBetween(start: string, end: string): number {
  const [startYear, startMonth, startDay] = start.split('-').map(Number) as [number, number, number];
  const [endYear, endMonth, endDay] = end.split('-').map(Number) as [number, number, number];
  return (endYear - startYear) * 12 + (endMonth - startMonth) - (endDay < startDay ? 1 : 0);
}

/** A pair's programme, planned with the pair or drawn up later, lasts 3 to 12 months. */
export function assertProgrammeLength(start: string, end: string): void {
  assertDatesInOrder(start, end, 'Начало и окончание программы');
  const months = monthsBetween(start, end);
  if (months < 3 || months > 12) {
    throw badUserInput(
      `Программа наставничества длится от 3 месяцев до 1 года, а не ${months} мес.; a programme lasts 3 to 12 months.`,
      { field: 'plannedEndDate' },
    );
  }
}
