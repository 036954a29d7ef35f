import {
  createDatabaseIfMissing,
  startEmbeddedPostgres,
  withAdminClient,
  withDatabase,
  type RunningPostgres,
} from '@mentoring/platform/database';
import { freePort } from '@mentoring/platform/launcher';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentOf } from './proc.js';

export type Scale = 'demo' | 'region' | 'nation';

/** The seed helper's entry (bench/src/synthetic/index.ts), as its brief fixes its signature. */
interface SyntheticSeeder {
  seedScale(options: {
    databaseUrl: string;
    scale: 'region' | 'nation';
    log?: (line: string) => void;
  }): Promise<{ scale: string; seconds: number; rows: Record<string, number> }>;
}

export interface BenchDatabase {
  url: string;
  /** Maintenance database of the same server: pg_stat_statements is read there, away from the measured database. */
  adminUrl: string;
  /** Process id of the PostgreSQL server (postmaster), whose backends' CPU is counted. */
  postmasterPid: number;
  /** Whether pg_stat_statements is loaded, so SQL statements per request can be counted. */
  statementsCounted: boolean;
  serverVersion: string;
  /** Rows and time of the synthetic seed, when this run seeded. */
  seeded?: { seconds: number; rows: Record<string, number> };
  /** Whether the demo data still has to be loaded by the first start of the services (scale demo on a new database). */
  needsDemoLoad: boolean;
  stop(): Promise<void>;
}

/**
 * The database the bench measures. With `--database-url`, a database seeded earlier is used as it is. Otherwise a
 * fresh embedded PostgreSQL with pg_stat_statements preloaded (how statements per request are counted) gets a new
 * database, seeded at the scale asked for — or left empty for `demo`, where the services' first start loads the
 * demo data.
 */
export async function prepareDatabase(options: {
  scale: Scale;
  databaseUrl?: string;
  /** Keeps the embedded server's data here: a later run at the same scale measures it again without seeding. */
  dataDir?: string;
  log: (line: string) => void;
}): Promise<BenchDatabase> {
  let server: RunningPostgres | undefined;
  let url: string;
  let needsDemoLoad = false;
  let seeded: BenchDatabase['seeded'];
  if (options.databaseUrl) {
    url = options.databaseUrl;
  } else {
    const dataDir = options.dataDir
      ? resolve(options.dataDir)
      : join(tmpdir(), `mentoring-bench-${process.pid}-${randomBytes(4).toString('hex')}`);
    // Written once the scale's data is in: a kept server without it (a seed cut short) is seeded again from scratch.
    const seededMarker = join(dataDir, `bench-seeded-${options.scale}`);
    const reuse = options.dataDir !== undefined && existsSync(seededMarker);
    if (options.dataDir && !reuse) rmSync(dataDir, { recursive: true, force: true });
    server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      persistent: options.dataDir !== undefined,
      postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.max=10000'],
    });
    await createDatabaseIfMissing(server.adminUrl, 'bench');
    url = server.urlFor('bench');
    if (reuse) {
      options.log(`measuring the ${options.scale} data kept in ${dataDir}`);
      seeded = JSON.parse(readFileSync(seededMarker, 'utf8')) as BenchDatabase['seeded'];
    } else if (options.scale === 'demo') needsDemoLoad = true;
    else {
      const seeder = (await import(
        pathToFileURL(join(import.meta.dirname, 'synthetic', 'index.ts')).href
      )) as SyntheticSeeder;
      const result = await seeder
        .seedScale({ databaseUrl: url, scale: options.scale, log: options.log })
        .catch(async (error: unknown) => {
          await server?.stop();
          throw error;
        });
      seeded = { seconds: result.seconds, rows: result.rows };
      if (options.dataDir) writeFileSync(seededMarker, `${JSON.stringify(seeded)}\n`);
    }
  }
  const adminUrl = withDatabase(url, 'postgres');
  const facts = await withAdminClient(adminUrl, async (client) => {
    const backend = await client.query<{ pid: number; version: string; preload: string }>(
      `select pg_backend_pid() as pid, current_setting('server_version') as version,
              current_setting('shared_preload_libraries') as preload`,
    );
    const row = backend.rows[0];
    if (!row) throw new Error('PostgreSQL answered no row to select pg_backend_pid()');
    const statementsCounted = row.preload.split(',').some((library) => library.trim() === 'pg_stat_statements');
    if (statementsCounted) await client.query('create extension if not exists pg_stat_statements');
    // A backend is a child of the postmaster, read while it lives; the server must run here for /proc to show it.
    return { postmasterPid: parentOf(row.pid), backendPid: row.pid, version: row.version, statementsCounted };
  });
  const { postmasterPid } = facts;
  if (postmasterPid === undefined) {
    await server?.stop();
    throw new Error(`PostgreSQL's backend ${facts.backendPid} is not a process of this machine: run the bench locally`);
  }
  return {
    url,
    adminUrl,
    postmasterPid,
    statementsCounted: facts.statementsCounted,
    serverVersion: facts.version,
    needsDemoLoad,
    ...(seeded ? { seeded } : {}),
    stop: async () => {
      await server?.stop();
    },
  };
}

/** SQL statements executed in the database since the last reset, leaving out the job queue's polling. */
export async function statementCount(database: BenchDatabase): Promise<number | null> {
  if (!database.statementsCounted) return null;
  const name = new URL(database.url).pathname.slice(1);
  return withAdminClient(database.adminUrl, async (client) => {
    const result = await client.query<{ calls: string | null }>(
      `select sum(s.calls) as calls from pg_stat_statements s join pg_database d on d.oid = s.dbid
       where d.datname = $1 and s.query not like '%analytics_jobs%'`,
      [name],
    );
    return Number(result.rows[0]?.calls ?? 0);
  });
}

export async function resetStatements(database: BenchDatabase): Promise<void> {
  if (database.statementsCounted)
    await withAdminClient(database.adminUrl, (client) => client.query('select pg_stat_statements_reset()'));
}
