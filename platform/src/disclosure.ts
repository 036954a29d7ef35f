/**
 * Statistical disclosure control for counts of people (pairs and programmes count people too: each has a наставник)
 * shown to viewers outside the territory those people work in (see `withinWorkingTerritory`).
 */

/** Counts of people under this are small cells: 1–4 people can be recognised. */
export const SMALL_CELL = 5;

/** Base counts of people are rounded to for viewers outside the territory. */
export const ROUNDING_BASE = 5;

/** Whether a count of people would re-identify someone: 1–4. */
export const isSmallCell = (count: number) => count > 0 && count < SMALL_CELL;

/**
 * A count rounded to base 5 (0 stays 0, halves up: 7 → 5, 8 → 10). Rounding every shown count independently keeps
 * a hidden cell from being recovered as the difference of two tables (or of a territory and its parts) that group
 * the same people differently: the difference of rounded counts is off by up to 4 either way.
 */
export const roundedToBase = (count: number) => Math.floor((count + ROUNDING_BASE / 2) / ROUNDING_BASE) * ROUNDING_BASE;

/**
 * A count of people as a viewer outside its territory may see it: null for 1–4, rounded to base 5 otherwise. Viewers
 * within the territory see it exactly.
 */
export function disclosedCount(count: number, withinTerritory: boolean): number | null {
  if (withinTerritory) return count;
  return isSmallCell(count) ? null : roundedToBase(count);
}
