/**
 * What an indicator card prints for a value, as plain functions: the card, the campaign list and the browser tests
 * (which format the GraphQL answer with them and compare) share them.
 */
import {
  countWith,
  formatCount,
  formatDecimal,
  formatInUnit,
  NO_VALUE_TEXT,
  SUPPRESSED_TEXT,
} from '../shared/format.ts';
import { AVERAGE_INDICATORS, type IndicatorValue } from './model.ts';

/** «по 1 ответу», «по 30 ответам» (dative after «по»). */
const ANSWERS = { one: 'ответу', few: 'ответам', many: 'ответам', other: 'ответам' };

/** The fact as the card prints it: the value in its unit, «скрыто» for a small count of people, «—» for none. */
export function factText(value: Pick<IndicatorValue, 'value' | 'suppressed' | 'indicator'>): string {
  if (value.value === null) return value.suppressed ? SUPPRESSED_TEXT : NO_VALUE_TEXT;
  return formatInUnit(value.value, value.indicator.unit);
}

/**
 * What the fact was counted from: «97 из 300» for a share; «в среднем по 30 ответам» for a mean of answers (a
 * satisfaction level), whose numerator is a sum of answers and never «из» anything.
 */
export function countText(value: Pick<IndicatorValue, 'numerator' | 'denominator' | 'indicator'>): string | null {
  if (value.numerator === null || value.denominator === null) return null;
  if (AVERAGE_INDICATORS.has(value.indicator.code)) return `в среднем по ${countWith(value.denominator, ANSWERS)}`;
  if (value.indicator.unit !== '%') return null;
  return `${formatCount(value.numerator)} из ${formatCount(value.denominator)}`;
}

/** The target's figure: the value in the unit, else the source's formulation alone. */
export function targetText(value: Pick<IndicatorValue, 'target' | 'indicator'>): string {
  const target = value.target;
  if (!target) return NO_VALUE_TEXT;
  return target.value === null ? (target.note ?? NO_VALUE_TEXT) : formatInUnit(target.value, value.indicator.unit);
}

/** How far the fact is from the target: percentage points for a share; «цель достигнута» at or past it. */
export function gapText(value: Pick<IndicatorValue, 'gap' | 'indicator'>): string {
  if (value.gap === null) return NO_VALUE_TEXT;
  if (value.gap <= 0) return 'цель достигнута';
  return value.indicator.unit === '%'
    ? `${formatDecimal(value.gap)} п. п.`
    : formatInUnit(value.gap, value.indicator.unit);
}
