/**
 * CSV (formula) injection, OWASP: a spreadsheet runs a cell that begins with
 * `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage return lets
 * one slip past a trimming check. The fullwidth ＝＋－＠ are in the set because
 * Apple Numbers normalises them to their ASCII forms (as csv-stringify's
 * `escape_formulas` found). Every export writes its cells through
 * {@link neutraliseCell}, every import reads them through {@link restoreCell}:
 * one rule for CSV and XLSX alike, since people re-save an XLSX as CSV.
 *
 * The escape is the single quote OWASP recommends. To make the pair an exact
 * inverse, a value that already begins with quotes followed by a dangerous
 * character (`'=x`, `''-5`) also gets one more quote, and the reader strips
 * exactly one quote from any cell of that shape. So a quote a person wrote
 * survives: `'=x` is exported as `''=x` and imported as `'=x`; a quote before
 * anything harmless (`'Вишнёвая'`) is left alone both ways. A hand-made file
 * that writes `'-5` meaning "-5, as text", as Excel users do, is read as `-5`.
 *
 * A lone hyphen-minus is the one exception: it is how Russian tables print «нет значения» (seed 000's own
 * «Плановое значение» and «Достигнутое значение» cells), no spreadsheet takes it for a formula (there is nothing
 * after the sign to compute), and a quote before it would be shown to the reader as `'-`.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const ADDED_QUOTE = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const NO_VALUE = '-';

/** The cell as an export writes it: prefixed with `'` when a spreadsheet could take it for a formula. */
export const neutraliseCell = (value: string): string =>
  value !== NO_VALUE && NEEDS_QUOTE.test(value) ? `'${value}` : value;

/** The value an exported cell stands for: the one quote {@link neutraliseCell} added is taken off. */
export const restoreCell = (cell: string): string => (ADDED_QUOTE.test(cell) ? cell.slice(1) : cell);
