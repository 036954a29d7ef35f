import { badUserInput } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { CreateContestInput } from '../../__generated__/types.generated.js';

const SCALE_LIMIT = 1000;
/** Наибольшее число номинаций конкурса. */
export const MAX_NOMINATIONS = 50;
/** Наибольший состав жюри. */
export const MAX_JURY = 50;

/**
 * The contest's own facts, checked: a year, stages in order (applications, then evaluation, then results), a scale
 * of integers whose step divides its range, distinct nominations (at most MAX_NOMINATIONS); every stage date within
 * the year before to the year after the contest's year.
 */
export function checkedContestInput(input: CreateContestInput) {
  const title = requiredText(input.title, 'input.title');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw badUserInput(`Год проведения ${input.year} вне 2000–2100; the year must be within 2000–2100.`, {
      argument: 'input.year',
    });
  const dates: [string, string][] = [
    [input.applicationsFrom, 'input.applicationsFrom'],
    [input.applicationsUntil, 'input.applicationsUntil'],
    [input.evaluationFrom, 'input.evaluationFrom'],
    [input.evaluationUntil, 'input.evaluationUntil'],
    [input.resultsOn, 'input.resultsOn'],
  ];
  for (const [date, argument] of dates) {
    const year = Number(date.slice(0, 4));
    if (year < input.year - 1 || year > input.year + 1)
      throw badUserInput(
        `Дата ${date} вне ${input.year - 1}–${input.year + 1}: этапы конкурса ${input.year} года идут не дальше года до и после него; stage dates lie within a year of the contest's year.`,
        { argument },
      );
  }
  const order: [string, string, string][] = [
    [input.applicationsFrom, input.applicationsUntil, 'input.applicationsUntil'],
    [input.applicationsUntil, input.evaluationFrom, 'input.evaluationFrom'],
    [input.evaluationFrom, input.evaluationUntil, 'input.evaluationUntil'],
    [input.evaluationUntil, input.resultsOn, 'input.resultsOn'],
  ];
  for (const [earlier, later, argument] of order)
    if (later < earlier)
      throw badUserInput(
        `Этапы конкурса идут по порядку: ${later} раньше ${earlier}; stages run applications → evaluation → results.`,
        { argument },
      );
  const { min, max } = input.scale;
  const step = input.scale.step ?? 1;
  if (min < 0 || max > SCALE_LIMIT || min >= max || step < 1 || (max - min) % step !== 0)
    throw badUserInput(
      `Шкала оценок: 0 ≤ min < max ≤ ${SCALE_LIMIT}, шаг ≥ 1 и делит max − min; got ${min}–${max} step ${step}.`,
      { argument: 'input.scale' },
    );
  if ((input.nominations?.length ?? 0) > MAX_NOMINATIONS)
    throw badUserInput(
      `Номинаций ${input.nominations?.length}: не больше ${MAX_NOMINATIONS}; a contest has at most ${MAX_NOMINATIONS} nominations.`,
      { argument: 'input.nominations' },
    );
  const nominations = (input.nominations ?? []).map((nomination, index) =>
    requiredText(nomination, `input.nominations[${index}]`),
  );
  if (new Set(nominations).size !== nominations.length)
    throw badUserInput('Номинации повторяются; each nomination is named once.', { argument: 'input.nominations' });
  return {
    kind: input.kind,
    title,
    year: input.year,
    applicationsFrom: input.applicationsFrom,
    applicationsUntil: input.applicationsUntil,
    evaluationFrom: input.evaluationFrom,
    evaluationUntil: input.evaluationUntil,
    resultsOn: input.resultsOn,
    scoreMin: min,
    scoreMax: max,
    scoreStep: step,
    nominations,
  };
}
