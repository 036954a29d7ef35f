/**
 * A GraphQL answer as one table, by one rule analysts can predict (README «Выгрузка результата»):
 *
 * - a column per path of a scalar value: the response keys from `data` down, joined with dots
 *   (`region.municipalities.edges.node.name`); list positions are not part of a path;
 * - a row per element of a leaf list — a list of objects whose elements hold no list of objects themselves —
 *   carrying the values of every object above it, repeated on each of its rows;
 * - lists side by side are not multiplied: each brings its own rows, and the other's columns are empty on them;
 * - an answer without a list of objects is one row; an empty list adds nothing, leaving the row of what is above it;
 * - a list of scalars is one cell, its values joined with «; ».
 *
 * Columns follow the query's selections, an object's own values before those of the lists below it.
 */

export type Cell = string | number | boolean | null;

export interface FlatTable {
  columns: string[];
  rows: Cell[][];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Row = Map<string, Cell>;

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isObjectList = (value: unknown): value is Json[] => Array.isArray(value) && value.some(isObject);

const pathOf = (prefix: string, key: string) => (prefix === '' ? key : `${prefix}.${key}`);

function scalarCell(value: Json): Cell {
  if (Array.isArray(value))
    return value
      .filter((item) => item !== null)
      .map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)))
      .join('; ');
  return value as Cell;
}

/** Whether any list of objects lies below the value: such a branch brings rows of its own. */
function holdsRows(value: Json): boolean {
  if (isObjectList(value)) return true;
  return isObject(value) && Object.values(value).some(holdsRows);
}

/** The rows of one value under `prefix`: each a map from column path to cell. */
function rowsOf(value: Json, prefix: string): Row[] {
  if (isObjectList(value)) return value.flatMap((element) => (isObject(element) ? rowsOf(element, prefix) : []));
  if (!isObject(value)) return [new Map([[prefix, scalarCell(value)]])];
  const own: Row = new Map();
  const branches: Row[][] = [];
  for (const [key, child] of Object.entries(value)) {
    const path = pathOf(prefix, key);
    // An empty list cannot say whether it held objects or values: it adds no cell, and other rows name its column.
    if (Array.isArray(child) && child.length === 0) continue;
    if (isObject(child) || isObjectList(child)) {
      const rows = rowsOf(child, path);
      // A branch without lists is one row of values that belong on every row of this object.
      if (holdsRows(child)) branches.push(rows);
      else for (const [column, cell] of rows[0] ?? []) own.set(column, cell);
    } else {
      own.set(path, scalarCell(child));
    }
  }
  const rows = branches.flat();
  if (rows.length === 0) return [own];
  return rows.map((row) => new Map([...own, ...row]));
}

/** The answer's `data` as one table (see the rule above); no data is a table without rows. */
export function flattenAnswer(data: Record<string, unknown> | null | undefined): FlatTable {
  if (!data) return { columns: [], rows: [] };
  const rows = rowsOf(data as Json, '');
  const columns: string[] = [];
  const known = new Set<string>();
  for (const row of rows)
    for (const column of row.keys())
      if (!known.has(column)) {
        known.add(column);
        columns.push(column);
      }
  return { columns, rows: rows.map((row) => columns.map((column) => row.get(column) ?? null)) };
}
