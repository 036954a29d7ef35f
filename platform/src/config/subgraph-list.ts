import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, SUBGRAPH_LIST_FILE } from './paths.js';

/**
 * One entry of `schema/subgraphs.json`. Another region's subgraph joins the
 * federation by one entry (name, url, its SDL file) and a composition check.
 */
export interface SubgraphEntry {
  name: string;
  /** Default URL; `SUBGRAPH_URL_<NAME>` overrides it per environment. */
  url: string;
  /**
   * The subgraph's SDL, relative to the repository root: one file, or a
   * folder of schema modules (`<module>/schema.graphql`), as ours are.
   */
  schema: string;
  /** Entry file of a subgraph that this repository runs; absent for external subgraphs. */
  entry?: string;
  /** Ours: it receives the gateway secret. External subgraphs never do. */
  ours: boolean;
  /** Subgraphs that must be up (migrated, demo data loaded) before this one starts: it reads their published views at start. */
  after?: string[];
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

/**
 * A subgraph's SDL as one text: the file itself, or the schema modules of a
 * folder joined in module-name order (the order composition and codegen
 * both see, so the supergraph does not depend on the file system's order).
 */
export function readSchemaSource(path: string): string {
  if (!statSync(path).isDirectory()) return readFileSync(path, 'utf8');
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((module) => {
      const file = join(path, module, 'schema.graphql');
      try {
        return [readFileSync(file, 'utf8')];
      } catch {
        return [];
      }
    })
    .join('\n');
}

export function readSubgraphSdl(entry: SubgraphEntry): string {
  // resolve, not join: a subgraph that joined from outside the repository is listed by its absolute path.
  return readSchemaSource(resolve(REPO_ROOT, entry.schema));
}
