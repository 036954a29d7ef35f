import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config/paths.js';

/** One row of the README's role matrix: the backticked names of its first cell and each role's cell as written. */
export interface ReadmeMatrixRow {
  /** The row's first cell as written, to name the row in test titles. */
  label: string;
  /** Backticked names of the first cell: `Type`, `Type.field`, `A/B.field` or `*.field`. */
  names: string[];
  /** Role (as the header names it, e.g. PUBLIC) → the cell's text, trimmed. */
  cells: Record<string, string>;
}

/** Backticked names in a piece of Markdown, without the backticks. */
export const backtickedNames = (markdown: string) =>
  (markdown.match(/`([^`]+)`/g) ?? []).map((name) => name.replaceAll('`', ''));

/** A cell that starts with "—" grants the role nothing by itself; the rest of the cell may qualify that. */
export const deniesByDefault = (cell: string) => cell.trim().startsWith('—');

/** The table under "### Roles and what they read" in README.md, row by row. */
export function readmeRoleMatrix(readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')): ReadmeMatrixRow[] {
  const section = readme.slice(readme.indexOf('### Roles and what they read'));
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  const rows = lines.slice(start, end === -1 ? undefined : end);
  const [headerRow] = rows;
  if (headerRow === undefined) throw new Error('README.md has no table under "### Roles and what they read"');
  const header = headerRow
    .split('|')
    .slice(2, -1)
    .map((cell) => cell.match(/[A-Z][A-Z_]{3,}/)?.[0] ?? '');
  return rows.slice(2).map((row) => {
    const [label, ...cells] = row.split('|').slice(1, -1);
    if (label === undefined) throw new Error(`README.md role matrix: a row without cells: ${row}`);
    return {
      label: label.trim(),
      names: backtickedNames(label),
      cells: Object.fromEntries(cells.map((cell, index) => [header[index] ?? '', cell.trim()])),
    };
  });
}
