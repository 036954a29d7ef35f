import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, found from this file so commands work from any folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Git-ignored folder for the embedded database and generated secrets of `npm start`. */
export const DATA_DIR = process.env['MENTORING_DATA_DIR'] ?? join(REPO_ROOT, '.data');

export const SUPERGRAPH_FILE = join(REPO_ROOT, 'schema', 'supergraph.graphql');
export const SUBGRAPH_LIST_FILE = join(REPO_ROOT, 'schema', 'subgraphs.json');
