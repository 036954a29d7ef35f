import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readSubgraphList, SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { createScratchDatabase } from '@mentoring/platform/database';
import { freePort } from '@mentoring/platform/launcher';
import { inject } from 'vitest';
import { testTokenConfig } from '@mentoring/platform/testing';
import type { GatewayConfig } from '../src/config.js';
import { PERSISTED_OPERATIONS_DIR, WEB_DIR } from '../src/config.js';
import { startGateway } from '../src/gateway.js';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';

/**
 * An in-process gateway with production defaults, the given subgraph URLs and
 * any overrides. Its rate-limit counters live in a database of its own unless
 * `databaseUrl` names one to share, as replicas do.
 */
export async function startTestGateway(options: {
  urls: Record<string, string>;
  gatewaySecret: string;
  tokens?: GatewayConfig['tokens'];
  databaseUrl?: string;
  overrides?: Partial<GatewayConfig>;
}) {
  const ownDatabase = options.databaseUrl
    ? undefined
    : await createScratchDatabase(inject('postgresAdminUrl'), 'test_gateway');
  const config: GatewayConfig = {
    port: await freePort(),
    host: '127.0.0.1',
    gatewaySecret: options.gatewaySecret,
    tokens: options.tokens ?? testTokenConfig(),
    supergraphFile: SUPERGRAPH_FILE,
    subgraphs: readSubgraphList().map((entry) => ({
      name: entry.name,
      ours: entry.ours,
      url: options.urls[entry.name] ?? entry.url,
    })),
    subgraphTimeoutMs: 10_000,
    maxBodyBytes: 100_000,
    maxImportBodyBytes: 20_000_000,
    limits: DEFAULT_LIMITS,
    databaseUrl: options.databaseUrl ?? ownDatabase?.url ?? '',
    trustedProxies: [],
    operationsDir: PERSISTED_OPERATIONS_DIR,
    webDir: WEB_DIR,
    production: false,
    ...options.overrides,
  };
  const running = await startGateway(config).catch(async (error: unknown) => {
    await ownDatabase?.drop();
    throw error;
  });
  return {
    ...running,
    config,
    close: async () => {
      await running.close();
      await ownDatabase?.drop();
    },
  };
}

/**
 * A real HTTP proxy in front of a real subgraph, to see what the gateway sends
 * (`seen` collects each call's headers, `bodies` its parsed body) or to make the
 * subgraph slow (`delayMs`) or fail (`failing()` true: answers 502 as a broken proxy would).
 */
export function subgraphProxy(
  targetUrl: string,
  options: { delayMs?: number; seen?: IncomingHttpHeaders[]; bodies?: unknown[]; failing?: () => boolean } = {},
): Server {
  const target = new URL(targetUrl);
  return createServer((incoming, outgoing) => {
    options.seen?.push(incoming.headers);
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      if (options.bodies && body.length > 0) options.bodies.push(JSON.parse(body.toString('utf8')));
      if (options.failing?.()) {
        outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('Bad gateway\n');
        return;
      }
      setTimeout(() => {
        const forward = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: incoming.method,
            headers: incoming.headers,
          },
          (response) => {
            outgoing.writeHead(response.statusCode ?? 502, response.headers);
            response.pipe(outgoing);
          },
        );
        forward.on('error', () => outgoing.destroy());
        forward.end(body);
      }, options.delayMs ?? 0);
    });
  });
}

const listening = (server: Server) =>
  new Promise<string>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
    });
  });

/**
 * An in-process gateway on the shared end-to-end federation's subgraphs, the named ones behind the given proxies.
 * It shares the federation's database (its data version and rate-limit counters), so its rate limits are lifted as
 * the federation's own gateway's are: every test's requests come from one address.
 */
export async function gatewayBehindProxies(proxies: Record<string, Server>, overrides: Partial<GatewayConfig> = {}) {
  const urls = { ...inject('subgraphUrls') };
  for (const [name, proxy] of Object.entries(proxies)) urls[name] = await listening(proxy);
  const gateway = await startTestGateway({
    urls,
    gatewaySecret: inject('gatewaySecret'),
    tokens: testTokenConfig(inject('jwtSecret')),
    databaseUrl: inject('federationDatabaseUrl'),
    overrides: {
      limits: { ...DEFAULT_LIMITS, rateLimitPerMinuteIp: 1_000_000, rateLimitPerMinuteUser: 1_000_000 },
      ...overrides,
    },
  });
  return {
    url: gateway.url,
    close: async () => {
      await gateway.close();
      for (const proxy of Object.values(proxies)) proxy.close();
    },
  };
}
