import ExcelJS from 'exceljs';
import { neutraliseCell } from './formulas.js';

/** Cell text as a person typed it: dates as YYYY-MM-DD, numbers as written, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) {
      // ExcelJS reads a hyperlink's text from the cell's own value, which may be a number or rich text despite the type.
      const text: unknown = value.text;
      return String(text);
    }
    return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX file as rows of cell texts. */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1)
      cells.push(cellText(row.getCell(column).value).trim());
    rows.push(cells);
  });
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}

// eslint-disable-next-line no-control-regex -- these control characters are exactly the ones OOXML text must escape.
const ESCAPED_CONTROLS = /[\u0000-\u0008\u000B-\u001F]/g;

/**
 * Text as OOXML stores it (ST_Xstring): a control character such as a carriage return
 * would be turned into a line feed by any XML reader, so it is written `_x000D_`, and an
 * `_x` that only looks like such an escape gets its underscore escaped (`_x005F_`).
 * ExcelJS reads both back but writes neither.
 */
const xmlSafe = (text: string) =>
  text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(
      ESCAPED_CONTROLS,
      (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );

/** A cell of a written table: text (neutralised against formulas), a number or a yes/no kept as such, or empty. */
export type TableCell = string | number | boolean | null;

export interface Worksheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  name: string;
  /** The first row is the header, in bold. */
  rows: TableCell[][];
}

/** The most characters an Excel cell holds; a longer text would make Excel «repair» the file. */
export const MAX_CELL_CHARACTERS = 32_767;
const CUT_MARK = ' […]';

/** A text cut to what a cell holds, marked where it was cut. */
const fitted = (text: string) =>
  text.length <= MAX_CELL_CHARACTERS ? text : `${text.slice(0, MAX_CELL_CHARACTERS - CUT_MARK.length)}${CUT_MARK}`;

const widthOf = (cell: TableCell | undefined) => (cell === null || cell === undefined ? 0 : String(cell).length);

/**
 * An XLSX file of the worksheets, each with a bold header row and columns sized to their content.
 * A text longer than a cell holds is cut, marked « […]». Text is never a formula: every string is neutralised like a CSV cell (people re-save an XLSX as CSV).
 */
export async function writeWorkbook(sheets: readonly Worksheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows)
      sheet.addRow(row.map((value) => (typeof value === 'string' ? xmlSafe(fitted(neutraliseCell(value))) : value)));
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, index) => {
      column.width = Math.min(60, Math.max(8, ...rows.map((row) => widthOf(row[index]) + 2)));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An XLSX file of one worksheet (see {@link writeWorkbook}). */
export function writeXlsx(sheetName: string, rows: TableCell[][]): Promise<Uint8Array> {
  return writeWorkbook([{ name: sheetName, rows }]);
}
