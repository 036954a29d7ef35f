import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { operationHash } from '@mentoring/platform/operation-hash';

export { operationHash };

const hashes = new WeakMap<DocumentNode, string>();

/**
 * The operation hash of a parsed request, printed and hashed once per document: Apollo Server keeps each validated
 * document (its document store, keyed by the text's hash), so requests with the same text get the same object and
 * the hash is computed once, not on every request. The limits plugin puts it in the request's context, where the
 * shared answers and the subgraph calls read it.
 */
export function documentHash(document: DocumentNode): string {
  let hash = hashes.get(document);
  if (hash === undefined) hashes.set(document, (hash = operationHash(document)));
  return hash;
}

export interface RegisteredOperation {
  name: string;
  hash: string;
  query: string;
}

/**
 * Operations anonymous clients (municipal portals, public embeds) may run:
 * every `.graphql` file of the folder, one operation each, reviewed in the repo.
 */
export function loadPersistedOperations(folder: string): Map<string, RegisteredOperation> {
  const operations = new Map<string, RegisteredOperation>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    const query = readFileSync(join(folder, file), 'utf8');
    const hash = operationHash(parse(query));
    operations.set(hash, { name: file.replace(/\.graphql$/, ''), hash, query });
  }
  return operations;
}

/** Whether the request names an operation by a hash that is not registered, and sends no text: it cannot run. */
export function unknownPersistedOperation(body: unknown, operations: Map<string, RegisteredOperation>): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const request = body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
  const hash = request.extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' && request.query === undefined && !operations.has(hash);
}

/**
 * A request may name a registered operation by hash alone (the persisted
 * query protocol: extensions.persistedQuery.sha256Hash); the text is filled in
 * here so everything after sees an ordinary request.
 */
export function expandPersistedOperation(body: unknown, operations: Map<string, RegisteredOperation>): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const request = body as {
    query?: unknown;
    extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
  };
  const hash = request.extensions?.persistedQuery?.sha256Hash;
  if (typeof hash !== 'string') return body;
  const extensions = { ...request.extensions };
  delete extensions.persistedQuery;
  const registered = operations.get(hash);
  return { ...request, extensions, ...(registered && request.query === undefined ? { query: registered.query } : {}) };
}
