import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@mentoring/platform/config';
import { documentByTitle } from './sources.js';

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
export function sourceProblem(
  texts: Map<string, string>,
  source: { document: string; clause: string; quote: string },
): string | null {
  const document = documentByTitle(source.document);
  if (!document) return `unknown document «${source.document}»`;
  if (!source.clause.trim()) return `no clause for «${source.quote}»`;
  if (document.seed === null) return null;
  const text = texts.get(document.seed);
  if (!text) return `seed ${document.seed} is missing`;
  return isQuotedFrom(text, source.quote) ? null : `not in seed ${document.seed}: «${source.quote}»`;
}

/** The selection of a catalogue entry's seed fields, for provenance tests of every domain. */
export const CATALOGUE_ENTRY_FIELDS =
  'code name definition source { document clause quote } definitionSource { document clause quote } alsoIn { document clause quote }';

interface SourceObject {
  document: string;
  clause: string;
  quote: string;
}

/** A catalogue entry as read through GraphQL with CATALOGUE_ENTRY_FIELDS. */
export interface CatalogueEntryObject {
  code: string;
  name: string;
  definition: string | null;
  source: SourceObject;
  definitionSource: SourceObject | null;
  alsoIn: SourceObject[];
}

/**
 * Whether a catalogue name is the passage's words, in order, letter case and grammatical form aside: a name
 * stands in the nominative where the seed's sentence has «кандидатов в РМА», so each word is compared by its
 * stem (all but its last three letters, at least four).
 */
export function isNamedIn(passage: string, name: string): boolean {
  const text = passage.toLocaleLowerCase('ru');
  let from = 0;
  for (const word of name.toLocaleLowerCase('ru').match(/[\p{L}\p{N}]+/gu) ?? []) {
    const stem = word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 3));
    const at = text.indexOf(stem, from);
    if (at < 0) return false;
    from = at + stem.length;
  }
  return true;
}

/**
 * Every problem of a catalogue's entries, so a failing test lists each bad quote: each source is found in its
 * seed, a definition comes with its source (and is itself the seed's words within that passage), and the name is
 * the words of the passage that names it (isNamedIn).
 */
export function catalogueEntryProblems(
  texts: Map<string, string>,
  catalogue: string,
  entries: CatalogueEntryObject[],
): string[] {
  const found: string[] = [];
  for (const entry of entries) {
    const at = `${catalogue} ${entry.code}`;
    const sources: [string, SourceObject | null][] = [
      ['source', entry.source],
      ['definitionSource', entry.definitionSource],
      ...entry.alsoIn.map((source, index): [string, SourceObject] => [`alsoIn[${index}]`, source]),
    ];
    for (const [field, source] of sources) {
      const problem = source && sourceProblem(texts, source);
      if (problem) found.push(`${at} ${field}: ${problem}`);
    }
    if ((entry.definition === null) !== (entry.definitionSource === null))
      found.push(`${at}: a definition needs its source and a source its definition`);
    if (entry.definition && entry.definitionSource) {
      const problem = sourceProblem(texts, { ...entry.definitionSource, quote: entry.definition });
      if (problem) found.push(`${at} definition: ${problem}`);
      if (!isQuotedFrom(entry.definitionSource.quote, entry.definition))
        found.push(`${at}: definition not within its source passage`);
    }
    if (!isNamedIn(entry.source.quote, entry.name))
      found.push(`${at}: name «${entry.name}» is not the words of its source passage`);
  }
  return found;
}
