/**
 * CSV as Russian offices save it: UTF-8 (with or without BOM) or Windows-1251,
 * separated by semicolons (Excel's Russian locale) or commas, RFC 4180 quoting.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  // Windows-1251 bytes are invalid UTF-8: many replacement characters betray them.
  if ((utf8.match(/\uFFFD/g)?.length ?? 0) > 0) return new TextDecoder('windows-1251').decode(bytes);
  return utf8;
}

export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"' && field === '') quoted = true;
    else if (character === delimiter) {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

const quote = (value: string) => (/[";\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** CSV for Russian Excel: UTF-8 with BOM, semicolons, CRLF. */
export function writeCsv(rows: string[][]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`);
}
