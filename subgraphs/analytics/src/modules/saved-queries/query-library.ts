import { packagePath } from '@mentoring/platform/config';
import { stableId, type EntityManager } from '@mentoring/platform/database';
import { Kind, parse } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedDocument } from './document-rules.js';
import { SAVED_QUERY_LIMITS } from './saved-query.entity.js';

/**
 * Библиотека запросов: ready queries shipped with the product, one `<slug>.graphql` each (one named operation),
 * described in `library.json`. Read from the package's sources, so one path serves tsx and the compiled build.
 */
export const LIBRARY_DIR = packagePath(import.meta.url, 'src', 'modules', 'saved-queries', 'library');

/** One entry of `library.json` as written. */
interface LibraryFileEntry {
  slug: string;
  name: string;
  description: string;
  source: string;
  variables: Record<string, unknown>;
  file: string;
}

/** A library query as stored: the row's id is derived from the slug, so links to it hold on every installation. */
export interface LibraryQuery {
  id: string;
  slug: string;
  name: string;
  description: string;
  source: string;
  query: string;
  operationName: string;
  variables: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim() !== '' && Array.from(value).length <= max;

/** The one named operation of a library file, or undefined when it holds another number of operations or no name. */
function onlyOperationName(query: string): string | undefined {
  const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const [only] = operations;
  return operations.length === 1 ? only?.name?.value : undefined;
}

/** What is wrong with one entry (and its file), or the query to store. */
function libraryQuery(entry: unknown, dir: string): LibraryQuery | string {
  if (!isRecord(entry)) return 'an entry is not an object';
  const { slug, name, description, source, variables, file } = entry as Partial<LibraryFileEntry>;
  if (typeof slug !== 'string' || !SLUG.test(slug) || slug.length > 100)
    return `slug ${JSON.stringify(slug)} is not lower-case words joined by hyphens`;
  if (!isText(name, SAVED_QUERY_LIMITS.name)) return `${slug}: name missing or over 200 characters`;
  if (typeof description !== 'string' || Array.from(description).length > SAVED_QUERY_LIMITS.description)
    return `${slug}: description missing or over 2000 characters`;
  if (!isText(source, 10_000)) return `${slug}: source missing`;
  if (!isRecord(variables)) return `${slug}: variables must be an object`;
  if (file !== `${slug}.graphql`) return `${slug}: file must be ${slug}.graphql, not ${JSON.stringify(file)}`;
  const path = join(dir, file);
  if (!existsSync(path)) return `${slug}: ${file} is missing`;
  const query = readFileSync(path, 'utf8');
  if (!isText(query, SAVED_QUERY_LIMITS.query)) return `${slug}: ${file} is empty or over 20000 characters`;
  const stored = JSON.stringify(variables, null, 2);
  if (!isText(stored, SAVED_QUERY_LIMITS.variables)) return `${slug}: variables over 20000 characters`;
  try {
    const operationName = onlyOperationName(query);
    if (operationName === undefined) return `${slug}: ${file} must hold exactly one named operation`;
    checkedDocument(query, operationName, { query: file, operationName: file });
    return {
      id: stableId('saved-query-library', slug),
      slug,
      name: name.trim(),
      description: description.trim(),
      source: source.trim(),
      query,
      operationName,
      variables: stored,
    };
  } catch (error) {
    return `${slug}: ${file}: ${(error as Error).message}`;
  }
}

/**
 * The library as the folder holds it; no folder or no `library.json` is an empty library. A broken entry stops the
 * start with every problem named: the library is part of the product, not users' input.
 */
export function readLibrary(dir = LIBRARY_DIR): LibraryQuery[] {
  const index = join(dir, 'library.json');
  if (!existsSync(index)) return [];
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(index, 'utf8'));
  } catch (error) {
    throw new Error(`${index} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(entries)) throw new Error(`${index} must hold an array of queries`);
  const problems: string[] = [];
  const queries: LibraryQuery[] = [];
  for (const entry of entries) {
    const checked = libraryQuery(entry, dir);
    if (typeof checked === 'string') problems.push(checked);
    else if (queries.some((query) => query.slug === checked.slug)) problems.push(`${checked.slug}: slug given twice`);
    else queries.push(checked);
  }
  if (problems.length > 0) throw new Error(`Библиотека запросов ${index}: ${problems.join('; ')}`);
  return queries;
}

/**
 * Loads the library into `saved_query` in one transaction, idempotently: each query upserted by its slug (a row
 * whose text is the same stays untouched, a changed one gets the next version), rows of slugs no longer in the
 * library removed. Replicas starting together take turns (an advisory lock).
 */
export async function loadLibrary(
  em: EntityManager,
  queries: readonly LibraryQuery[],
): Promise<{ changed: number; removed: number }> {
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('analytics.saved_query library'))`);
    const changed = await tx.execute<{ id: string }[]>(
      `insert into analytics.saved_query
         (id, name, description, query, operation_name, variables, sharing, library_slug, source, version, created_at, updated_at)
       select l.id, l.name, l.description, l.query, l.operation_name, l.variables, 'TERRITORY', l.slug, l.source, 1, now(), now()
         from jsonb_to_recordset(?::jsonb) as l(id uuid, slug text, name text, description text, query text,
                                               operation_name text, variables text, source text)
       on conflict (library_slug) do update set
         name = excluded.name, description = excluded.description, query = excluded.query,
         operation_name = excluded.operation_name, variables = excluded.variables, source = excluded.source,
         version = saved_query.version + 1, updated_at = now()
       where (saved_query.name, saved_query.description, saved_query.query, saved_query.operation_name,
              saved_query.variables, saved_query.source)
         is distinct from (excluded.name, excluded.description, excluded.query, excluded.operation_name,
                           excluded.variables, excluded.source)
       returning id`,
      [
        JSON.stringify(
          queries.map((query) => ({
            id: query.id,
            slug: query.slug,
            name: query.name,
            description: query.description,
            query: query.query,
            operation_name: query.operationName,
            variables: query.variables,
            source: query.source,
          })),
        ),
      ],
    );
    const removed = await tx.execute<{ id: string }[]>(
      `delete from analytics.saved_query where library_slug is not null and not (library_slug = any(?::text[])) returning id`,
      [`{${queries.map((query) => `"${query.slug}"`).join(',')}}`],
    );
    return { changed: changed.length, removed: removed.length };
  });
}
