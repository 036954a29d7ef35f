import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '@mentoring/platform/config';
import {
  createDatabaseIfMissing,
  dropDatabase,
  embeddedPort,
  embeddedPostgresUrl,
  startEmbeddedPostgres,
  withDatabase,
} from '@mentoring/platform/database';
import { seedScale, type ScaleName } from './index.js';

/**
 * `npm run seed -- --scale region|nation [--database-url URL]`: with a URL, fills that (empty) database; without,
 * drops and recreates the database `mentoring_<scale>` on the embedded server `npm start` uses (its data folder and
 * port, started here unless `npm start` already runs it) and prints its URL.
 */
const { values } = parseArgs({
  options: { scale: { type: 'string' }, 'database-url': { type: 'string' } },
});
const scale = values.scale;
if (scale !== 'region' && scale !== 'nation') {
  console.error('Usage: npm run seed -- --scale region|nation [--database-url postgres://…]');
  process.exit(2);
}

async function main(scaleName: ScaleName): Promise<void> {
  const log = (line: string) => {
    console.log(line);
  };
  const given = values['database-url'];
  if (given) {
    await seedScale({ databaseUrl: given, scale: scaleName, log });
    return;
  }
  const database = `mentoring_${scaleName}`;
  let stop = async () => {};
  let adminUrl = embeddedPostgresUrl(embeddedPort(), 'postgres');
  try {
    const postgres = await startEmbeddedPostgres({
      dataDir: join(DATA_DIR, 'postgres'),
      port: embeddedPort(),
      persistent: true,
    });
    adminUrl = postgres.adminUrl;
    stop = () => postgres.stop();
  } catch (error) {
    // `npm start` already runs the embedded server: use it as it is.
    if (!(error instanceof Error && error.message.includes('already running'))) throw error;
  }
  try {
    await dropDatabase(adminUrl, database);
    await createDatabaseIfMissing(adminUrl, database);
    const url = withDatabase(adminUrl, database);
    await seedScale({ databaseUrl: url, scale: scaleName, log });
    console.log(`\nDatabase: ${url}\nStart the federation on it (demo data already there is kept, not reloaded):`);
    console.log(`  DATABASE_URL=${url} npm start`);
  } finally {
    await stop();
  }
}

main(scale).catch((error: unknown) => {
  console.error(`Seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
