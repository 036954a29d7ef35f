import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { operationHash } from '@mentoring/platform/operation-hash';

export { operationHash };

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
