import pg from 'pg';

/** Runs statements on a server's maintenance database, for creating and dropping databases. */
export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '')}"`);
  });
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`drop database if exists "${database.replaceAll('"', '')}" with (force)`),
  );
}

/** The same server with another database name, e.g. the maintenance database of a DATABASE_URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Runs `work` in one transaction of a pool's connection, under a transaction-level advisory lock named `lock`:
 * replicas starting together create their catalog objects one after the other (PostgreSQL answers "already exists"
 * to the loser of two CREATE … IF NOT EXISTS), and the lock ends with the transaction, as PgBouncer's transaction
 * pooling needs.
 */
export async function inLockedTransaction<T>(
  pool: pg.Pool,
  lock: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [lock]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch((rollback: unknown) => {
      // A connection whose transaction may still be open must not go back to the pool.
      failure = rollback instanceof Error ? rollback : new Error(String(rollback));
    });
    throw error;
  } finally {
    client.release(failure);
  }
}
