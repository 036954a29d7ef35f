import type { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import { toTenths } from './families.js';

export type PlanStatus = 'ACHIEVED' | 'ON_TRACK' | 'BEHIND' | 'NO_TARGET' | 'NO_DATA';
type Direction = 'INCREASE' | 'DECREASE' | 'ACHIEVE';

/** A value of the series: snapshots, then the live value. */
export interface SeriesPoint {
  asOf: string;
  value: number;
}

export interface PlanAgainstFact {
  target: IndicatorTarget | null;
  gap: number | null;
  projected: number | null;
  status: PlanStatus;
}

/**
 * The target that applies on a date: that year's; else the next one ahead («к 2024 году»); else the last one, whose
 * deadline has passed. Targets without a number (milestones) count too.
 */
export function applicableTarget(targets: IndicatorTarget[], asOf: string): IndicatorTarget | null {
  const year = Number(asOf.slice(0, 4));
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return (
    sorted.find((target) => target.year === year) ??
    sorted.find((target) => target.year > year) ??
    sorted.at(-1) ??
    null
  );
}

const yearFraction = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return year + (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / (365.25 * 86_400_000);
};

/**
 * The series' least-squares line at the end of the target year; a single point projects flat (no trend is claimed
 * from one value).
 */
export function projectTo(points: SeriesPoint[], targetYear: number): number | null {
  const [first] = points;
  if (!first) return null;
  const end = targetYear + 1 - 1 / 365.25;
  if (points.length === 1) return first.value;
  const xs = points.map((point) => yearFraction(point.asOf));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / points.length;
  const spread = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  if (spread === 0) return meanY;
  const slope =
    points.reduce((sum, point, index) => sum + ((xs[index] ?? meanX) - meanX) * (point.value - meanY), 0) / spread;
  return meanY + slope * (end - meanX);
}

/**
 * Plan against fact for a number: ACHIEVED when the value meets the target; else ON_TRACK when the series projected
 * to the end of the target year meets it, BEHIND when it does not or the target year is over; NO_TARGET without a
 * numeric target; NO_DATA without a value to compare (none computed, or suppressed).
 */
export function planAgainstFact(
  direction: Direction,
  value: number | null,
  asOf: string,
  targets: IndicatorTarget[],
  series: SeriesPoint[],
): PlanAgainstFact {
  const target = applicableTarget(targets, asOf);
  const planned = target?.value === null || target?.value === undefined ? null : Number(target.value);
  if (!target || planned === null) return { target, gap: null, projected: null, status: 'NO_TARGET' };
  if (value === null) return { target, gap: null, projected: null, status: 'NO_DATA' };
  const lower = direction === 'DECREASE';
  const gap = toTenths(lower ? value - planned : planned - value);
  if (gap <= 0) return { target, gap, projected: null, status: 'ACHIEVED' };
  const projectedRaw = projectTo([...series, { asOf, value }], target.year);
  const projected = projectedRaw === null ? null : toTenths(projectedRaw);
  const yearOver = Number(asOf.slice(0, 4)) > target.year;
  const meets = projected !== null && (lower ? projected <= planned : projected >= planned);
  return { target, gap, projected, status: !yearOver && meets ? 'ON_TRACK' : 'BEHIND' };
}
