import { randomBytes } from 'node:crypto';
import { createScratchDatabase, startScratchServer } from '@mentoring/platform/database';
import { launchSystem } from '@mentoring/platform/launcher';
import { buildPages } from './pages-build.ts';
import { startPortal } from './portal.ts';

/**
 * The whole system as `npm start` runs it (each service its own process, real HTTP), on a fresh database with the
 * demo data, the pages freshly built, and a portal page on another origin that embeds the mentor list. What the
 * tests need reaches them through the environment (PAGES_*), which Playwright hands to its workers.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  buildPages();
  const server = await startScratchServer();
  const database = await createScratchDatabase(server.adminUrl, 'pages');
  const jwtSecret = randomBytes(32).toString('base64url');
  const gatewaySecret = randomBytes(24).toString('base64url');
  try {
    const system = await launchSystem({
      databaseUrl: database.url,
      gatewaySecret,
      jwtSecret,
      demoData: true,
      ports: 'free',
      quiet: true,
      extraEnv: { RATE_LIMIT_PER_MINUTE_IP: '1000000', RATE_LIMIT_PER_MINUTE_USER: '1000000' },
    });
    const origin = new URL(system.gatewayUrl).origin;
    const portal = await startPortal(origin);
    process.env['PAGES_GATEWAY_ORIGIN'] = origin;
    process.env['PAGES_GRAPHQL_URL'] = system.gatewayUrl;
    process.env['PAGES_PORTAL_ORIGIN'] = portal.origin;
    process.env['PAGES_DATABASE_URL'] = database.url;
    process.env['PAGES_JWT_SECRET'] = jwtSecret;
    // A test may start a second gateway over the same subgraphs (one of them unreachable), which need this secret.
    process.env['PAGES_GATEWAY_SECRET'] = gatewaySecret;
    process.env['PAGES_SUBGRAPH_URLS'] = JSON.stringify(system.subgraphUrls);
    return async () => {
      await portal.close();
      await system.stop();
      await database.drop();
      await server.stop();
    };
  } catch (error) {
    await database.drop();
    await server.stop();
    throw error;
  }
}
