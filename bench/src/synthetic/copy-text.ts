/**
 * Values in PostgreSQL's COPY text format: tab-separated columns, `\N` for null, backslash escapes. Each table's rows
 * are built as lines of this format and streamed to `COPY … FROM STDIN`, never as INSERT statements.
 */
export type CopyValue = string | number | boolean | null | readonly string[] | { json: unknown };

const escapeText = (text: string) =>
  text.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r');

/** A text[] literal: every element double-quoted, so commas, braces and spaces inside an element stay in it. */
const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((item) => `"${item.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;

function encode(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (Array.isArray(value)) return escapeText(arrayLiteral(value as readonly string[]));
  return escapeText(JSON.stringify((value as { json: unknown }).json));
}

/** One COPY line (with its newline) from the values in column order. */
export const copyLine = (values: readonly CopyValue[]): string => `${values.map(encode).join('\t')}\n`;
