import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, SUBGRAPH_LIST_FILE } from '../paths.js';

/**
 * One entry of `schema/subgraphs.json`. Another region's subgraph joins the
 * federation by one entry (name, url, its SDL file) and a composition check.
 */
export interface SubgraphEntry {
  name: string;
  /** Default URL; `SUBGRAPH_URL_<NAME>` overrides it per environment. */
  url: string;
  /** SDL file, relative to the repository root, used by composition. */
  schema: string;
  /** Entry file of a subgraph that this repository runs; absent for external subgraphs. */
  entry?: string;
  /** Ours: it receives the gateway secret. External subgraphs never do. */
  ours: boolean;
}

export function readSubgraphList(file = SUBGRAPH_LIST_FILE): SubgraphEntry[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { subgraphs: SubgraphEntry[] };
  return parsed.subgraphs;
}

export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_URL_${name.toUpperCase().replaceAll('-', '_')}`;
}

/** The URL a subgraph is reached at here: the environment wins over the file. */
export function effectiveSubgraphUrl(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): string {
  return env[subgraphUrlVariable(entry.name)] ?? entry.url;
}

export function subgraphSchemaPath(entry: SubgraphEntry): string {
  return join(REPO_ROOT, entry.schema);
}
