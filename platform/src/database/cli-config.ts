import { localDatabaseUrl } from './database-url.js';
import { subgraphOrmConfig } from './orm.js';
import type { SubgraphStorage } from '../server/subgraph.js';

/**
 * What MikroORM's CLI reads from `subgraphs/<name>/mikro-orm.config.ts`.
 * `migration:create` diffs the entities against the checked-in snapshot;
 * commands that touch a database use `DATABASE_URL` or the embedded
 * PostgreSQL that `npm start` runs.
 */
export function cliOrmConfig(definition: SubgraphStorage) {
  return subgraphOrmConfig({ ...definition, databaseUrl: localDatabaseUrl() });
}
