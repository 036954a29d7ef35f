import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.js';
import { documentByTitle } from '../catalogue/sources.js';

/**
 * The seed documents live next to the repository (`../shared/seeds`) on
 * development and CI machines and are never copied into it; `SEEDS_DIR`
 * points elsewhere. Null where they are absent: provenance tests skip then.
 */
export function seedTexts(): Map<string, string> | null {
  const directory = process.env['SEEDS_DIR'] ?? join(REPO_ROOT, '..', 'shared', 'seeds');
  if (!existsSync(directory)) return null;
  const texts = new Map<string, string>();
  for (const file of readdirSync(directory)) {
    const seed = /^(\d{3})_.*\.txt$/.exec(file)?.[1];
    if (seed) texts.set(seed, readFileSync(join(directory, file), 'utf8'));
  }
  return texts.size > 0 ? texts : null;
}

/** Line breaks and table cells of the extracted seed text split words («информационно й»), so comparison ignores all whitespace. */
const withoutWhitespace = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, '');

/**
 * Whether `quote` is the text's own words: each part between «…» (an
 * omission) occurs in the text, in order. Dashes, quotes and letters must
 * match exactly; only whitespace is ignored.
 */
export function isQuotedFrom(text: string, quote: string): boolean {
  const haystack = withoutWhitespace(text);
  let from = 0;
  for (const part of quote.split('…').map(withoutWhitespace).filter(Boolean)) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return quote.replace(/[…\s]/g, '').length > 0;
}

/**
 * Why a `Source` object does not hold, or null when it does: its document
 * must be a known one and, when that document is a seed, the quote must be
 * found in it.
 */
export function sourceProblem(texts: Map<string, string>, source: { document: string; clause: string; quote: string }): string | null {
  const document = documentByTitle(source.document);
  if (!document) return `unknown document «${source.document}»`;
  if (!source.clause.trim()) return `no clause for «${source.quote}»`;
  if (document.seed === null) return null;
  const text = texts.get(document.seed);
  if (!text) return `seed ${document.seed} is missing`;
  return isQuotedFrom(text, source.quote) ? null : `not in seed ${document.seed}: «${source.quote}»`;
}
