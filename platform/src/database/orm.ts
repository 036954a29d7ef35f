import { defineConfig, MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntitySchema } from '@mikro-orm/core';
import { createLogger } from '../logging/logger.js';
import { BASE_ENTITIES } from './base-entity.js';

export interface SubgraphOrmOptions {
  /** PostgreSQL schema the subgraph owns, e.g. `registry`. */
  dbSchema: string;
  entities: EntitySchema[];
  migrationsDir: string;
  databaseUrl: string;
  /** Called with every SQL statement the ORM sends; tests count them, `DEBUG_SQL` prints them. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export type SubgraphOrm = MikroORM;

/**
 * One ORM per subgraph process, bound to its own schema. Entities name no
 * schema of their own: they live in the one this config gives.
 */
export async function initSubgraphOrm(options: SubgraphOrmOptions): Promise<SubgraphOrm> {
  return MikroORM.init(subgraphOrmConfig(options));
}

/**
 * The one ORM configuration of a subgraph: its server and MikroORM's own CLI
 * (`subgraphs/<name>/mikro-orm.config.ts`) both read it, so migrations are
 * created from exactly the entities, schema and snapshot the service runs.
 */
export function subgraphOrmConfig(options: SubgraphOrmOptions): Options {
  const onQuery = options.onQuery;
  // Statements carry their values, personal data among them: a developer's switch, at debug level of a logger of its own.
  const sqlLog = process.env['DEBUG_SQL']
    ? createLogger({ service: options.dbSchema, settings: { level: 'debug' } })
    : undefined;
  return defineConfig({
    clientUrl: options.databaseUrl,
    schema: options.dbSchema,
    entities: [...BASE_ENTITIES, ...options.entities],
    extensions: [Migrator],
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: onQuery !== undefined || sqlLog !== undefined ? ['query'] : false,
    logger: (message: string) => {
      if (onQuery) onQuery(message);
      sqlLog?.debug(message);
    },
    migrations: {
      path: options.migrationsDir,
      glob: '!(*.d).{js,ts}',
      emit: 'ts',
      schema: options.dbSchema,
      tableName: 'mikro_orm_migrations',
      snapshot: true,
      // The snapshot describes this subgraph's entities only; refreshing it from a shared database would pull in the other schemas.
      snapshotOnMigrate: false,
      snapshotName: '.snapshot',
      silent: true,
    },
    allowGlobalContext: false,
    // SQL functions written in migrations (e.g. longest_text() of the text-length CHECKs) are ours: never dropped as undeclared.
    schemaGenerator: { ignoreRoutines: true },
  });
}

/** Creates the subgraph's schema if needed and applies pending migrations. */
export async function migrateSubgraph(orm: SubgraphOrm, dbSchema: string): Promise<void> {
  await orm.em.getConnection().execute(`create schema if not exists "${dbSchema}"`);
  await orm.migrator.up();
}

export type { EntityManager };
