import { join } from 'node:path';
import { envInt, envOptional } from '../config/env.js';
import { createDatabaseIfMissing } from './admin.js';
import { embeddedPostgresUrl, startEmbeddedPostgres } from './embedded-postgres.js';

export interface ProvidedDatabase {
  url: string;
  /** Where it came from, for the start banner. */
  source: 'DATABASE_URL' | 'embedded';
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'mentoring';

/**
 * `DATABASE_URL` when set; otherwise a persistent embedded PostgreSQL in the
 * project's data folder, on its own port so a server on 5432 does not matter.
 */
export async function provideDatabase(dataDir: string): Promise<ProvidedDatabase> {
  const external = envOptional('DATABASE_URL');
  if (external) return { url: external, source: 'DATABASE_URL', stop: async () => {} };
  const postgres = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'postgres'),
    port: embeddedPort(),
    persistent: true,
  });
  await createDatabaseIfMissing(postgres.adminUrl, EMBEDDED_DATABASE);
  return { url: postgres.urlFor(EMBEDDED_DATABASE), source: 'embedded', stop: () => postgres.stop() };
}

/** The port of `npm start`'s embedded server (EMBEDDED_PG_PORT), for tools that use the same server. */
export const embeddedPort = () => envInt('EMBEDDED_PG_PORT', 54329);

/** The database `npm start` uses, for tools run beside it (MikroORM's CLI): `DATABASE_URL`, else the embedded one. */
export function localDatabaseUrl(): string {
  return envOptional('DATABASE_URL') ?? embeddedPostgresUrl(embeddedPort(), EMBEDDED_DATABASE);
}
