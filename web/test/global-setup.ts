import { startTestFederation } from '@mentoring/platform/launcher';
import { buildPages } from './pages-build.ts';
import { startPortal } from './portal.ts';

/**
 * The whole system as `npm start` runs it, on a fresh database with the demo data, the pages freshly built, and a
 * portal page on another origin that embeds the mentor list. What the tests need reaches them through the
 * environment (PAGES_*), which Playwright hands to its workers.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  buildPages();
  const federation = await startTestFederation('pages');
  const { system } = federation;
  const origin = new URL(system.gatewayUrl).origin;
  const portal = await startPortal(origin).catch(async (error: unknown) => {
    await federation.stop();
    throw error;
  });
  process.env['PAGES_GATEWAY_ORIGIN'] = origin;
  process.env['PAGES_GRAPHQL_URL'] = system.gatewayUrl;
  process.env['PAGES_PORTAL_ORIGIN'] = portal.origin;
  process.env['PAGES_DATABASE_URL'] = federation.databaseUrl;
  process.env['PAGES_JWT_SECRET'] = federation.jwtSecret;
  // A test may start a second gateway over the same subgraphs (one of them unreachable), which need this secret.
  process.env['PAGES_GATEWAY_SECRET'] = federation.gatewaySecret;
  process.env['PAGES_SUBGRAPH_URLS'] = JSON.stringify(system.subgraphUrls);
  return async () => {
    await portal.close();
    await federation.stop();
  };
}
