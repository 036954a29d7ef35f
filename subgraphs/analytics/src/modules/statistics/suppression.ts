import { isSmallCell, roundedToBase, SMALL_CELL } from '@mentoring/platform/disclosure';

/** A count as a viewer is shown it. */
export interface ShownCount {
  count: number | null;
  /** The count is shown rounded to base 5: a count of people outside the viewer's working territory. */
  rounded: boolean;
  suppressed: boolean;
  note: string | null;
}

export const SMALL_COUNT =
  'Скрыто (small cell): меньше 5 человек (пар, программ); по такому числу можно узнать конкретных людей. Роли, работающие с людьми этой территории, видят значение.';
export const COMPLEMENTARY =
  'Скрыто вместе с малым числом (complementary cell): иначе его можно было бы вычислить как разность итога и показанных строк.';

/** A cell of a table and whether the viewer may see its people (the place lies in the viewer's working territory). */
export interface Cell {
  count: number;
  mayShowPeople: boolean;
}

/** A count shown: exactly, or rounded to base 5 when it counts people the viewer may not see. */
const shown = (count: number, rounded = false): ShownCount =>
  rounded
    ? { count: roundedToBase(count), rounded, suppressed: false, note: null }
    : { count, rounded, suppressed: false, note: null };
const hidden = (note: string): ShownCount => ({ count: null, rounded: false, suppressed: true, note });

/**
 * What a viewer is shown of a table's cells. Counts of people of 1–4 the viewer may not see are hidden (primary).
 * The total is shown, so the hidden cells' sum is known: while it is one cell, or the hidden cells sum to under 5,
 * the smallest further count of people the viewer may not see is hidden too (secondary), so no hidden cell can be
 * worked out from the total and the rows shown; when no such count is left, the total would expose it
 * (`totalWouldExpose`) and is hidden instead. Every other count of people the viewer may not see is shown rounded to
 * base 5, each row on its own: two tables grouping the same people differently (by territory; by territory and form)
 * then differ by up to 4 either way, so subtracting one from the other no longer gives a hidden cell. Suppression is
 * decided on the exact counts. Organizations are counted openly.
 */
export function suppressCells(
  cells: readonly Cell[],
  ofPeople: boolean,
): { rows: ShownCount[]; totalWouldExpose: boolean } {
  if (!ofPeople) return { rows: cells.map((cell) => shown(cell.count)), totalWouldExpose: false };
  const result: ShownCount[] = cells.map((cell) =>
    !cell.mayShowPeople && isSmallCell(cell.count) ? hidden(SMALL_COUNT) : shown(cell.count, !cell.mayShowPeople),
  );
  const exposed = () => {
    const counts = cells.filter((_, index) => result[index]?.suppressed).map((cell) => cell.count);
    const sum = counts.reduce((total, count) => total + count, 0);
    return counts.length > 0 && (counts.length === 1 || sum < SMALL_CELL);
  };
  while (exposed()) {
    const candidates = cells
      .map((cell, index) => ({ cell, index }))
      .filter(({ cell, index }) => !cell.mayShowPeople && cell.count > 0 && !result[index]?.suppressed)
      .sort((a, b) => a.cell.count - b.cell.count);
    const next = candidates[0];
    if (!next) break;
    result[next.index] = hidden(COMPLEMENTARY);
  }
  return { rows: result, totalWouldExpose: exposed() };
}

/**
 * The scope's total as a viewer is shown it: a small count of people outside the working territory is hidden, and
 * so is a total that would expose a hidden row; any other count of people outside it is rounded to base 5 on its own.
 */
export function shownTotal(count: number, ofPeople: boolean, mayShowPeople: boolean, wouldExpose: boolean) {
  if (ofPeople && !mayShowPeople && isSmallCell(count)) return hidden(SMALL_COUNT);
  return wouldExpose ? hidden(COMPLEMENTARY) : shown(count, ofPeople && !mayShowPeople);
}
