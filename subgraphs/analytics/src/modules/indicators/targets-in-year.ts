import type { IndicatorTarget } from './indicator-target.entity.js';

/** Targets are few per territory, so a year filter is applied to the batched list. */
export const inYear = (targets: IndicatorTarget[], year: number | null | undefined) =>
  year === null || year === undefined ? targets : targets.filter((target) => target.year === year);
