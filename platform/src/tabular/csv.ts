import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './formulas.js';
import type { TableCell } from './xlsx.js';

/**
 * CSV as Russian offices save it: UTF-8 (with or without BOM) or Windows-1251,
 * separated by semicolons (Excel's Russian locale) or commas, RFC 4180 quoting.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    // The decoder drops a UTF-8 BOM itself; fatal makes invalid UTF-8 throw instead of turning into U+FFFD.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Windows-1251 text (Cyrillic bytes 0xC0–0xFF) is never valid UTF-8.
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/**
 * `;` or `,`, whichever the header line holds more of (`;` on a tie): header names hold
 * neither, unlike free-text cells. csv-parse's own `delimiter_auto` (7.0.3) cannot serve:
 * it fails on any character beyond ASCII (every Cyrillic header) and on quoted cells.
 */
function delimiterOf(text: string): ';' | ',' {
  const headerLine = text.split(/\r?\n|\r/, 1)[0] ?? '';
  return (headerLine.match(/;/g)?.length ?? 0) >= (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Rows of cell texts, as written: formulas' quotes are taken off by {@link readTable}, not here. */
export function parseCsv(text: string): string[][] {
  const rows = parse(text, {
    bom: true,
    delimiter: delimiterOf(text),
    relax_column_count: true,
    // A quote inside an unquoted cell (`ООО "Ромашка"`) is text, as Excel reads it.
    relax_quotes: true,
    skip_empty_lines: true,
  });
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

/** A cell as Russian Excel reads it: a number with a decimal comma, yes/no in words, text neutralised. */
function csvCell(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'да' : 'нет';
  return neutraliseCell(cell);
}

/** CSV for Russian Excel: UTF-8 with BOM, semicolons, CRLF, every text cell neutralised against formula injection. */
export function writeCsv(rows: TableCell[][]): Uint8Array {
  const text = stringify(
    rows.map((row) => row.map(csvCell)),
    { bom: true, delimiter: ';', record_delimiter: 'windows', quote_record_delimiter: true },
  );
  return new TextEncoder().encode(text);
}
