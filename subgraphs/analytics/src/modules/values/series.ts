import { badUserInput } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import { withinWorkingTerritory } from '../territories/places.js';
import { valueDate } from './dates.js';
import {
  shownPoints,
  snapshotsBefore,
  type IndicatorValueView,
  type SeriesPointView,
  type Territory,
} from './values.js';

/** Where a series starts when the request names no date: the seeds' plans start in 2022. */
export const DEFAULT_SERIES_START = '2022-01-01';

/**
 * The first date of a series that ends on `end`, checked: a named date from 2000 to `end`. Unnamed, 2022-01-01, or
 * `end` itself for an earlier end: a date nobody asked for must not make the request fail.
 */
export function seriesStart(from: string | null | undefined, end: string, endArgument: string): string {
  if (!from) return DEFAULT_SERIES_START < end ? DEFAULT_SERIES_START : end;
  const start = valueDate(from, 'from');
  if (start > end)
    throw badUserInput(`Начало ряда ${start} позже конца ${end}; from must not be after ${endArgument}.`, {
      argument: 'from',
    });
  return start;
}

/**
 * An indicator's snapshots for a territory from `start` to the day before `end`, in date order, small cells
 * suppressed for a viewer who does not work with the territory's people, exactly as for the live value.
 */
export async function snapshotSeries(
  indicator: Indicator,
  territory: Territory,
  start: string,
  end: string,
  context: Context,
): Promise<SeriesPointView[]> {
  const [place, snapshots] = await Promise.all([
    context.loaders.places[territory.level].load(territory.id),
    snapshotsBefore(territory, end, context),
  ]);
  return shownPoints(snapshots, indicator, start, withinWorkingTerritory(context.viewer, place));
}

/** `IndicatorValue.series`: the value's snapshots from `from`, then the value itself, so a sparkline ends at the card. */
export async function valueSeries(
  value: IndicatorValueView,
  from: string | null | undefined,
  context: Context,
): Promise<SeriesPointView[]> {
  const start = seriesStart(from, value.asOf, 'asOf');
  const snapshots = await snapshotSeries(value.indicator, value.territory, start, value.asOf, context);
  const { asOf, numerator, denominator, suppressed } = value;
  return [...snapshots, { asOf, value: value.value, numerator, denominator, suppressed }];
}
