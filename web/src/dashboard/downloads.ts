/**
 * Files the dashboard hands over: a table as XLSX, written in the browser with exceljs (imported on the click only,
 * so the spreadsheet code is not part of the first load), and the analytics report as analytics wrote it (base64).
 * Text cells go through the platform's formula-safe rule (a cell starting with = + - @ gets a leading apostrophe),
 * numbers stay numbers.
 */
// The platform's one rule for spreadsheet cells; its module imports nothing, so the page bundles it as it is.
import { neutraliseCell } from '../../../platform/src/tabular/formulas.ts';
import { NO_VALUE_TEXT, SUPPRESSED_TEXT } from '../shared/format.ts';
export { safeFileName, saveFile } from '../shared/save-file.ts';
import { ORIGIN_HEADER, SYNTHETIC_ORIGIN_TEXT } from './demo-data.ts';
import type { Column, Row } from './table.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A name Excel accepts for a sheet (no []:*?/\, at most 31 characters): the caption's subject, before its colon
 * («Муниципальные образования»), with single spaces.
 */
const sheetNameOf = (title: string) =>
  (title.split(':', 1)[0] ?? title)
    .replace(/[[\]*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();

/** The value a spreadsheet cell holds for a table cell: a number as a number, anything else as its text. */
function spreadsheetValue(cell: Row['cells'][string] | undefined): number | string {
  if (!cell || cell.kind === 'none') return NO_VALUE_TEXT;
  if (cell.kind === 'suppressed') return SUPPRESSED_TEXT;
  if (cell.kind === 'number') return cell.value;
  return neutraliseCell(cell.value);
}

/**
 * The table as an XLSX workbook: the note first when there is one (a demo installation's), then the header row, then
 * exactly the rows given, in their order, each with its origin («демо-данные» where the page marks the row).
 */
export async function tableWorkbook(
  columns: readonly Column[],
  rows: readonly Row[],
  title: string,
  note = '',
): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Целевая модель наставничества — дашборд';
  const sheet = workbook.addWorksheet(sheetNameOf(title));
  if (note !== '') sheet.addRow([neutraliseCell(note)]).font = { italic: true };
  const header = sheet.addRow([...columns.map((column) => neutraliseCell(column.header)), ORIGIN_HEADER]);
  header.font = { bold: true };
  for (const row of rows)
    sheet.addRow([
      ...columns.map((column) => spreadsheetValue(row.cells[column.key])),
      row.synthetic ? SYNTHETIC_ORIGIN_TEXT : null,
    ]);
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.format === 'text' ? 40 : 16;
    if (column.format === 'percent') sheetColumn.numFmt = '0.0';
  });
  sheet.getColumn(columns.length + 1).width = 16;
  sheet.views = [{ state: 'frozen', ySplit: note === '' ? 1 : 2 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

/** A workbook from elsewhere (the analytics report) with a note as its first sheet's first row. */
export async function withLeadingNote(blob: Blob, note: string): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) return blob;
  sheet.spliceRows(1, 0, [neutraliseCell(note)]);
  sheet.getRow(1).font = { italic: true };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: blob.type });
}

export function base64Blob(base64: string, contentType: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return new Blob([bytes], { type: contentType });
}
