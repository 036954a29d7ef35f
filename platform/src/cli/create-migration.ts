import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createScratchDatabase, startScratchServer } from '../database/scratch-database.js';
import { initSubgraphOrm, migrateSubgraph } from '../database/orm.js';
import { REPO_ROOT } from '../paths.js';
import type { SubgraphDefinition } from '../server/subgraph.js';

/**
 * `npm run migration:create -- <subgraph> [name]`: applies the subgraph's
 * migrations to a scratch database and writes a new migration with the
 * difference between them and the entities.
 */
const [subgraphName, migrationName] = process.argv.slice(2);
if (!subgraphName) {
  console.error('Usage: npm run migration:create -- <registry|mentoring|planning|analytics> [name]');
  process.exit(2);
}
const module = (await import(pathToFileURL(join(REPO_ROOT, 'subgraphs', subgraphName, 'src', 'subgraph.ts')).href)) as Record<string, unknown>;
const definition = Object.values(module).find(
  (value): value is SubgraphDefinition<unknown> => typeof value === 'object' && value !== null && 'dbSchema' in value,
);
if (!definition) throw new Error(`subgraphs/${subgraphName}/src/subgraph.ts exports no subgraph definition`);

const server = await startScratchServer();
const database = await createScratchDatabase(server.adminUrl, 'migration');
const orm = await initSubgraphOrm({ ...definition, databaseUrl: database.url });
try {
  await migrateSubgraph(orm, definition.dbSchema);
  const result = await orm.migrator.create(undefined, false, false, migrationName);
  console.log(result.fileName ? `Created ${result.fileName}` : 'Entities and migrations already agree; nothing to create.');
} finally {
  await orm.close();
  await database.drop();
  await server.stop();
}
