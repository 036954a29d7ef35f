import { inLockedTransaction } from '@mentoring/platform/database';
import type { Logger } from '@mentoring/platform/logging';
import pg from 'pg';

/** The gateway's own schema in the shared database (the rate-limit counters live there too); no subgraph reads it. */
export const DATA_VERSION_SCHEMA = 'gateway';
export const DATA_VERSION_TABLE = 'data_version';
/** The trigger on every domain table; one name, so that a table without it is found by one catalog query. */
export const DATA_VERSION_TRIGGER = 'data_version_bump';
const BUMP_FUNCTION = 'bump_data_version';

/**
 * Counters per domain schema, each split into this many slots picked by the writing backend: concurrent write
 * transactions run on different connections, so they bump different rows and do not wait on each other's row lock
 * until commit, as they would on one row per schema (measured: see the report of issue 14).
 */
export const DATA_VERSION_SLOTS = 16;

/**
 * Tables whose rows no public answer shows: the access logs (a signed-in read appends to them, and must not empty
 * every public cache) and the migrations' bookkeeping.
 */
const IGNORED_TABLES = ['personal_data_read', 'mikro_orm_migrations'];

/**
 * A version read is on the path of every public request: a database slower than this counts as unreachable and the
 * request runs unshared rather than wait. The install (catalog queries, triggers under a lock) gets longer.
 */
const READ_TIMEOUT_MS = 1_000;
const INSTALL_TIMEOUT_MS = 5_000;
/** How often tables a migration created since the start are looked for (and given the trigger). */
const DEFAULT_COVERAGE_CHECK_MS = 60_000;
/** The first wait before trying again to install, while the subgraphs are still migrating. */
const DEFAULT_RETRY_MS = 1_000;
/**
 * The longest wait between two tries: the tables appear seconds after a start, and each minute waited then is a
 * minute of public traffic run unshared; a try is one catalog query.
 */
const MAX_RETRY_MS = 5_000;

/**
 * Statement-level trigger function: bumps the writing backend's slot of the table's schema once per transaction.
 * The bump is part of the writing transaction, so a reader sees the new version exactly when it sees the new rows —
 * never before (a sequence would be, and an answer read before the commit would then be kept under the new
 * version). SECURITY DEFINER: the subgraphs' roles need no rights on the gateway's schema.
 */
const CREATE_FUNCTION = `
create or replace function "${DATA_VERSION_SCHEMA}"."${BUMP_FUNCTION}"() returns trigger
language plpgsql security definer set search_path = pg_catalog as $$
declare
  marker text := 'gateway_data_version.' || tg_table_schema;
  transaction_id text := pg_current_xact_id()::text;
begin
  if current_setting(marker, true) is distinct from transaction_id then
    perform set_config(marker, transaction_id, true);
    insert into "${DATA_VERSION_SCHEMA}"."${DATA_VERSION_TABLE}" as counter (domain, slot, version)
    values (tg_table_schema, pg_backend_pid() % ${DATA_VERSION_SLOTS}, 1)
    on conflict (domain, slot) do update set version = counter.version + 1;
  end if;
  return null;
end
$$`;

/** Tables of the domain schemas that do not have the trigger yet. */
const UNCOVERED_TABLES = `
select n.nspname as schema, c.relname as table
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p') and n.nspname = any($1::text[]) and c.relname <> all($2::text[])
  and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = '${DATA_VERSION_TRIGGER}')
order by 1, 2`;

/** The domain schemas with at least one table under the trigger. */
const COVERED_SCHEMAS = `
select distinct n.nspname as schema
from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
where t.tgname = '${DATA_VERSION_TRIGGER}' and n.nspname = any($1::text[])`;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

export interface DataVersion {
  /**
   * The version of everything the domain schemas hold, as committed when the read starts: it grows with every
   * committed write transaction. Reads that a caller joins started after the call (see `read`). Undefined while the
   * triggers are not installed yet (the subgraphs have not created their tables): nothing may be shared then.
   */
  read(): Promise<string | undefined>;
  close(): Promise<void>;
}

export interface DataVersionOptions {
  databaseUrl: string;
  /** The domain schemas, one per subgraph of ours (each keeps its tables in a schema of its name). */
  schemas: string[];
  logger: Logger;
  coverageCheckMs?: number;
  /** The first wait before installing again when the domain tables are not there yet; doubled up to 5 s. */
  retryMs?: number;
}

/**
 * Installs the version counters and their triggers (under an advisory lock, as replicas start together) and reads
 * the version. The gateway starts beside the subgraphs, before their migrations have created the tables, and a
 * database may refuse the triggers (no rights): until an install succeeds, `read` answers undefined and it is tried
 * again, every 1, 2, 4, then 5 s.
 */
export async function openDataVersion(options: DataVersionOptions): Promise<DataVersion> {
  const poolOf = (role: string, queryTimeoutMs: number) => {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 1,
      connectionTimeoutMillis: 1_000,
      query_timeout: queryTimeoutMs,
      application_name: `gateway-data-version-${role}`,
    });
    pool.on('error', (error) => {
      options.logger.warn({ cause: error.message }, 'data version connection failed');
    });
    return pool;
  };
  // Two pools, each with its own time limit: a version read gives up after a second (that request runs unshared),
  // the install (catalog queries, triggers under a lock) may take its seconds.
  const installPool = poolOf('install', INSTALL_TIMEOUT_MS);
  const readPool = poolOf('read', READ_TIMEOUT_MS);
  const coverageMs = options.coverageCheckMs ?? DEFAULT_COVERAGE_CHECK_MS;
  let installed = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const firstRetryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  let retryMs = firstRetryMs;
  let failedAttempts = 0;
  const attempt = async () => {
    try {
      // A migration may add a table while the gateway runs: it is given the trigger at the next check, and its
      // schema's version bumped, so an answer kept meanwhile is not served again.
      await install(installPool, options.schemas, { always: !installed });
      if (!installed)
        options.logger.info({ schemas: options.schemas }, 'data version installed; public answers are shared');
      installed = true;
    } catch (error) {
      failedAttempts++;
      if (installed) options.logger.warn({ cause: String(error) }, 'data version triggers could not be checked');
      else if (failedAttempts === 1)
        options.logger.warn(
          { cause: String(error) },
          'data version not installed yet; public answers are not shared until it is',
        );
      else options.logger.debug({ cause: String(error) }, 'data version still not installed');
    }
    if (closed) return;
    const wait = installed ? coverageMs : retryMs;
    retryMs = installed ? firstRetryMs : Math.min(retryMs * 2, MAX_RETRY_MS, coverageMs);
    timer = setTimeout(() => void attempt(), wait);
    timer.unref();
  };
  await attempt();
  const query = async () => {
    const result = await readPool.query<{ version: string }>(
      `select coalesce(sum(version), 0)::text as version from "${DATA_VERSION_SCHEMA}"."${DATA_VERSION_TABLE}"`,
    );
    return result.rows[0]?.version ?? '0';
  };
  const reads = coalescedReads(query);
  return {
    read: () => (installed ? reads() : Promise.resolve(undefined)),
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await Promise.all([installPool.end(), readPool.end()]);
    },
  };
}

/**
 * Creates the table, the function and the missing triggers; bumps each schema a trigger was added to. At start
 * always (the function may have changed with the gateway); later only when a catalog query finds a table without.
 */
async function install(pool: pg.Pool, schemas: string[], { always }: { always: boolean }): Promise<void> {
  if (!always) {
    const uncovered = await pool.query(UNCOVERED_TABLES, [schemas, IGNORED_TABLES]);
    if (uncovered.rows.length === 0) return;
  }
  await inLockedTransaction(pool, `${DATA_VERSION_SCHEMA}.${DATA_VERSION_TABLE}`, async (client) => {
    await client.query(`create schema if not exists "${DATA_VERSION_SCHEMA}"`);
    await client.query(
      `create table if not exists "${DATA_VERSION_SCHEMA}"."${DATA_VERSION_TABLE}" (domain text not null, slot integer not null, version bigint not null, primary key (domain, slot))`,
    );
    await client.query(CREATE_FUNCTION);
    const uncovered = await client.query<{ schema: string; table: string }>(UNCOVERED_TABLES, [
      schemas,
      IGNORED_TABLES,
    ]);
    for (const { schema, table } of uncovered.rows) {
      await client.query(
        `create trigger ${DATA_VERSION_TRIGGER} after insert or update or delete or truncate on ${quoted(schema)}.${quoted(table)} for each statement execute function "${DATA_VERSION_SCHEMA}"."${BUMP_FUNCTION}"()`,
      );
    }
    // Writes to a table before it had the trigger moved no version: answers kept since then are retired.
    for (const schema of new Set(uncovered.rows.map((row) => row.schema))) {
      await client.query(
        `insert into "${DATA_VERSION_SCHEMA}"."${DATA_VERSION_TABLE}" as counter (domain, slot, version) values ($1, 0, 1)
           on conflict (domain, slot) do update set version = counter.version + 1`,
        [schema],
      );
    }
    if (always) {
      const covered = await client.query<{ schema: string }>(COVERED_SCHEMAS, [schemas]);
      const missing = schemas.filter((schema) => !covered.rows.some((row) => row.schema === schema));
      // Without the subgraphs' tables no write would move the version, and kept answers would never be retired.
      if (missing.length > 0)
        throw new Error(
          `DATABASE_URL holds no tables of ${missing.join(', ')}: it must name the subgraphs' database for answers to be shared`,
        );
    }
  });
}

/**
 * Concurrent callers share reads, but only reads that start after they call: a read already under way may have
 * begun before a write the caller has seen committed, so a caller that finds one waits for it to end and joins the
 * next. At most one read is under way at a time, however many requests arrive.
 */
export function coalescedReads(query: () => Promise<string>): () => Promise<string> {
  let current: Promise<string> | undefined;
  let next: Promise<string> | undefined;
  const start = () => {
    const read = query().finally(() => {
      if (current === read) current = undefined;
    });
    current = read;
    return read;
  };
  return () => {
    if (!current) return start();
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return current ?? start();
      });
    return next;
  };
}
