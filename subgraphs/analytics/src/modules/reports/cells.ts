import type { Indicator } from '../indicators/indicator.entity.js';
import { FAMILIES } from '../values/families.js';
import type { IndicatorValueView, ReportedFigure } from '../values/values.js';

/** How seed 000 prints «нет значения» in both its columns. */
export const NO_VALUE = '-';

/** Russian number format: decimal comma, at most one decimal (values are kept in tenths), no grouping surprises. */
const russian = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1, useGrouping: false });
export const printNumber = (value: number) => russian.format(value);

/** A number with its unit as tables print it: «32,3%», «2 да/нет». */
function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${printNumber(value)}%` : `${printNumber(value)} ${unit}`;
}

/** «Плановое значение» as printed: the target's own formulation, else its number with the unit, else «-». */
export function plannedCell({ target, indicator }: IndicatorValueView): string {
  if (!target) return NO_VALUE;
  if (target.note) return target.note;
  if (target.value !== null && target.value !== undefined) return withUnit(Number(target.value), indicator.unit);
  return NO_VALUE;
}

/** What the system computed, as a person reads it; null when it computed nothing to show. */
function computedPart(value: IndicatorValueView): string | null {
  if (value.suppressed) return 'скрыто (меньше 5 человек)';
  if (value.value === null) return null;
  const printed = withUnit(value.value, value.indicator.unit);
  if (value.numerator === null || value.denominator === null) return printed;
  return averageOf(value.indicator)
    ? `${printed} (среднее по ${printNumber(value.denominator)})`
    : `${printed} (${printNumber(value.numerator)} из ${printNumber(value.denominator)})`;
}

/** A satisfaction level is a mean of answers: its denominator counts answers, its numerator is their sum. */
const averageOf = (indicator: Indicator) =>
  indicator.family !== null && indicator.family !== undefined && FAMILIES[indicator.family]?.kind === 'AVERAGE';

/** A reported figure in «», as printed, with where it comes from: never merged into the computed number. */
function reportedPart(figure: ReportedFigure): string {
  const when =
    figure.year !== null ? `, ${String(figure.year)} год` : figure.asOf !== null ? `, на ${figure.asOf}` : '';
  if (figure.campaign !== null) return `«${figure.printed}» (мониторинг «${figure.campaign}»${when})`;
  if (figure.source !== null) return `«${figure.printed}» (источник: ${figure.source.document}${when})`;
  return `«${figure.printed}»${when ? ` (${when.slice(2)})` : ''}`;
}

/** «Достигнутое значение» as printed: the computed value first, then each reported figure with its source; «-» for neither. */
export function achievedCell(value: IndicatorValueView): string {
  const parts = [computedPart(value), ...value.reported.map(reportedPart)].filter((part) => part !== null);
  return parts.length > 0 ? parts.join('; ') : NO_VALUE;
}
