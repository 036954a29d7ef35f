import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envOptional } from '../config/env.js';
import { freePort } from '../launcher/free-port.js';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from './admin.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface ScratchServer {
  /** Maintenance-database URL of the server, for creating and dropping databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server for throw-away databases: the one DATABASE_URL points
 * at, or a fresh embedded cluster in a temporary folder (never the demo data).
 */
export async function startScratchServer(): Promise<ScratchServer> {
  const external = envOptional('DATABASE_URL');
  if (external) return { adminUrl: withDatabase(external, 'postgres'), stop: async () => {} };
  const postgres = await startEmbeddedPostgres({
    dataDir: join(tmpdir(), `mentoring-scratch-${process.pid}-${randomBytes(4).toString('hex')}`),
    port: await freePort(),
    persistent: false,
  });
  return { adminUrl: postgres.adminUrl, stop: () => postgres.stop() };
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the server, dropped when the caller is done with it. */
export async function createScratchDatabase(adminUrl: string, prefix = 'scratch'): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name);
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
