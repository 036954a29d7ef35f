import { badUserInput } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';

/** Years a roadmap may span, and how far. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const MAX_SPAN = 10;

/** A roadmap's period: years 2000–2100, in order, at most ten years long. */
export function checkedYears(startYear: number, endYear: number): void {
  for (const [year, field] of [
    [startYear, 'input.startYear'],
    [endYear, 'input.endYear'],
  ] as const)
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
      throw badUserInput(
        `Год ${year} вне ${FIRST_YEAR}–${LAST_YEAR}; a roadmap year lies in ${FIRST_YEAR}–${LAST_YEAR}.`,
        {
          field,
        },
      );
  if (endYear < startYear)
    throw badUserInput(
      `Год окончания ${endYear} раньше года начала ${startYear}; the period cannot end before it starts.`,
      { field: 'input.endYear' },
    );
  if (endYear - startYear >= MAX_SPAN)
    throw badUserInput(`Период дорожной карты — не более ${MAX_SPAN} лет; at most ${MAX_SPAN} years.`, {
      field: 'input.endYear',
    });
}

/** An optional text: null stays null (clears), otherwise not blank. */
export const optionalText = (value: string | null | undefined, field: string) =>
  value === null || value === undefined ? null : requiredText(value, field);
