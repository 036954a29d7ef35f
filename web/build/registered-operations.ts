import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { Plugin } from 'vite';
import { operationHash } from '@mentoring/platform/operation-hash';

/** The gateway's folder of registered operations (gateway/operations): the pages run nothing else. */
export const OPERATIONS_DIR = fileURLToPath(new URL('../../gateway/operations/', import.meta.url));

/**
 * `import operation from '@operations/<name>.graphql'` yields `{ name, hash }` and never the text: a page sends
 * the registered hash alone (the persisted-query protocol), so its bundle carries neither graphql-js nor queries,
 * and an operation that is not registered cannot be built into a page.
 */
export function registeredOperations(): Plugin {
  return {
    name: 'mentoring-registered-operations',
    resolveId(source) {
      if (!source.startsWith('@operations/')) return null;
      return `${OPERATIONS_DIR}${source.slice('@operations/'.length)}`;
    },
    load(id) {
      if (!id.startsWith(OPERATIONS_DIR) || !id.endsWith('.graphql')) return null;
      const text = readFileSync(id, 'utf8');
      this.addWatchFile(id);
      const operation = { name: basename(id, '.graphql'), hash: operationHash(parse(text)) };
      return `export default ${JSON.stringify(operation)};`;
    },
  };
}
