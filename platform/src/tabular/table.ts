import { badUserInput } from '../errors.js';
import { isAcceptedDate } from '../graphql/scalars.js';
import { DEFAULT_MAX_LENGTH, textProblem } from '../server/argument-limits.js';
import { decodeCsv, parseCsv } from './csv.js';
import { restoreCell } from './formulas.js';
import { readXlsx } from './xlsx.js';

export type TableFormat = 'CSV' | 'XLSX';

/** A column of an import layout: its field and the headers people write for it. */
export interface ColumnSpec<K extends string> {
  field: K;
  headers: string[];
  required: boolean;
  /** The most characters a cell may hold: its database column's (DEFAULT_MAX_LENGTH when not given). */
  maxLength?: number;
}

export interface TableRow<K extends string> {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  line: number;
  /** Cells a database cannot hold (NUL, broken Unicode) are left out here and named in `problems`. */
  values: Partial<Record<K, string>>;
  /** What is wrong with the row's cells themselves; an importer rejects a row that has any. */
  problems: string[];
}

const normalise = (header: string) =>
  header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, '');

/**
 * Reads a file, matches its header row to the layout (Russian or English headers) and returns its rows,
 * each cell as the exporter meant it (see restoreCell).
 */
export async function readTable<K extends string>(
  format: TableFormat,
  contentBase64: string,
  layout: ColumnSpec<K>[],
): Promise<TableRow<K>[]> {
  const bytes = Buffer.from(contentBase64, 'base64');
  let rows: string[][];
  try {
    rows = format === 'CSV' ? parseCsv(decodeCsv(bytes)) : await readXlsx(bytes);
  } catch {
    throw badUserInput(`Файл не читается как ${format}; the file could not be read as ${format}.`, { field: 'file' });
  }
  const [header, ...body] = rows;
  if (!header) throw badUserInput('Файл пуст; the file has no header row.', { field: 'file' });
  const positions = new Map<K, number>();
  for (const column of layout) {
    const position = header.findIndex((cell) => column.headers.some((name) => normalise(name) === normalise(cell)));
    if (position >= 0) positions.set(column.field, position);
    else if (column.required) {
      throw badUserInput(
        `Нет столбца «${column.headers[0]}»; the file lacks the column ${column.headers.join(' / ')}.`,
        { field: 'file' },
      );
    }
  }
  return body.map((cells, index) => {
    const values: Partial<Record<K, string>> = {};
    const problems: string[] = [];
    for (const column of layout) {
      const position = positions.get(column.field);
      if (position === undefined) continue;
      // Trimmed before the quote comes off: a leading tab or carriage return the export protected stays.
      const value = restoreCell((cells[position] ?? '').trim());
      const max = column.maxLength ?? DEFAULT_MAX_LENGTH;
      const problem = textProblem(value, max);
      if (problem?.kind === 'length')
        problems.push(`Столбец «${column.headers[0]}»: не более ${max} символов, в ячейке ${problem.actual}`);
      else if (problem)
        problems.push(
          `Столбец «${column.headers[0]}»: ${problem.kind === 'nul' ? 'символ NUL' : 'некорректный Юникод'} в ячейке`,
        );
      if (problem?.kind !== 'nul' && problem?.kind !== 'unicode') values[column.field] = value;
    }
    return { line: index + 2, values, problems };
  });
}

/** A date as offices write it, DD.MM.YYYY, or ISO; null when it is not a real date or outside the range the API accepts. */
export function parseDate(text: string | undefined): string | null {
  if (!text) return null;
  const iso = text.replace(
    /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
    (_date, day: string, month: string, year: string) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
  );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  return isAcceptedDate(iso) ? iso : null;
}

export function parseYesNo(text: string | undefined): boolean | null {
  const value = (text ?? '').toLowerCase();
  if (['да', 'yes', 'true', '1', 'д', 'y'].includes(value)) return true;
  if (['нет', 'no', 'false', '0', 'н', 'n', ''].includes(value)) return false;
  return null;
}
