/**
 * The dashboard's tables as data: columns, rows of cells, sorting and filtering. The table on screen and the XLSX
 * export both print from here, so the file holds exactly the rows and columns shown, in the order shown; the browser
 * tests build the expected rows from the GraphQL answer with the same functions.
 */
import { formatCount, formatPercent, NO_VALUE_TEXT, SUPPRESSED_TEXT } from '../shared/format.ts';
import type { PlanStatus } from './model.ts';

/** One cell: a number, a text, a figure hidden as a small count of people, or nothing to show. */
export type Cell =
  { kind: 'number'; value: number } | { kind: 'text'; value: string } | { kind: 'suppressed' } | { kind: 'none' };

/** How a column prints its numbers: counts («1 234») or percentages of 0–100 («32,3 %»). */
export type ColumnFormat = 'text' | 'count' | 'percent';

export interface Column {
  key: string;
  header: string;
  format: ColumnFormat;
}

export interface Row {
  /** Stable key of the row (ОКТМО, organization id). */
  key: string;
  name: string;
  /** Drill-down address (a hash route). */
  href: string;
  /** Demo data (SYNTHETIC) — the page marks the row. */
  synthetic: boolean;
  /** The status the status filter selects by. */
  status: PlanStatus | null;
  cells: Record<string, Cell>;
}

export const numberCell = (value: number | null | undefined, hidden = false): Cell =>
  value === null || value === undefined
    ? hidden
      ? { kind: 'suppressed' }
      : { kind: 'none' }
    : { kind: 'number', value };

export const textCell = (value: string | null | undefined): Cell =>
  value === null || value === undefined || value === '' ? { kind: 'none' } : { kind: 'text', value };

/** The cell as the page prints it. */
export function cellText(column: Pick<Column, 'format'>, cell: Cell | undefined): string {
  if (!cell || cell.kind === 'none') return NO_VALUE_TEXT;
  if (cell.kind === 'suppressed') return SUPPRESSED_TEXT;
  if (cell.kind === 'text') return cell.value;
  return column.format === 'percent' ? formatPercent(cell.value) : formatCount(cell.value);
}

export type SortDirection = 'ascending' | 'descending';

export interface TableView {
  sortKey: string | null;
  direction: SortDirection;
  /** Part of the name, any case; «е» finds «ё». */
  nameFilter: string;
  /** Only rows of this status; null for all. */
  statusFilter: PlanStatus | null;
}

export const INITIAL_VIEW: TableView = { sortKey: null, direction: 'ascending', nameFilter: '', statusFilter: null };

const collator = new Intl.Collator('ru-RU', { numeric: true, sensitivity: 'base' });
const folded = (text: string) => text.toLocaleLowerCase('ru-RU').replace(/ё/g, 'е');

/** Numbers before texts before nothing; a hidden or missing figure sorts last in either direction. */
function compareCells(left: Cell | undefined, right: Cell | undefined): number | null {
  const rank = (cell: Cell | undefined) => (cell?.kind === 'number' ? 0 : cell?.kind === 'text' ? 1 : 2);
  if (rank(left) === 2 || rank(right) === 2) return null;
  if (left?.kind === 'number' && right?.kind === 'number') return left.value - right.value;
  if (left?.kind === 'text' && right?.kind === 'text') return collator.compare(left.value, right.value);
  return rank(left) - rank(right);
}

/** The rows shown: filtered by name and status, then sorted (stable: equal rows keep the answer's order). */
export function visibleRows(rows: readonly Row[], view: TableView): Row[] {
  const needle = folded(view.nameFilter.trim());
  const filtered = rows.filter(
    (row) =>
      (needle === '' || folded(row.name).includes(needle)) &&
      (view.statusFilter === null || row.status === view.statusFilter),
  );
  const key = view.sortKey;
  if (key === null) return filtered;
  const sign = view.direction === 'ascending' ? 1 : -1;
  return filtered
    .map((row, index) => ({ row, index }))
    .sort((left, right) => {
      const compared = compareCells(left.row.cells[key], right.row.cells[key]);
      if (compared === null) {
        const missing = (row: Row) => (['number', 'text'].includes(row.cells[key]?.kind ?? 'none') ? 0 : 1);
        return missing(left.row) - missing(right.row) || left.index - right.index;
      }
      return sign * compared || left.index - right.index;
    })
    .map((entry) => entry.row);
}
