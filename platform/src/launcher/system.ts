import { join } from 'node:path';
import { readSubgraphList, subgraphUrlVariable, type SubgraphEntry } from '../config/subgraph-list.js';
import { REPO_ROOT } from '../paths.js';
import { freePort } from './free-port.js';
import { spawnService, waitForHealth, type ServiceProcess } from './processes.js';

export interface LaunchOptions {
  databaseUrl: string;
  gatewaySecret: string;
  /** HS256 secret of the bearer tokens the gateway and every subgraph verify. */
  jwtSecret: string;
  /** Load the seeds' demo data into empty schemas. */
  demoData: boolean;
  /** Ports from schema/subgraphs.json and GATEWAY_PORT (npm start), or free ones (tests). */
  ports: 'configured' | 'free';
  gatewayPort?: number;
  /** Print only errors of the services. */
  quiet?: boolean;
  extraEnv?: NodeJS.ProcessEnv;
}

export interface RunningSystem {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts every subgraph this repository runs and then the gateway, each as
 * its own process talking real HTTP, exactly as in production.
 */
export async function launchSystem(options: LaunchOptions): Promise<RunningSystem> {
  const local = readSubgraphList().filter((entry): entry is SubgraphEntry & { entry: string } => Boolean(entry.entry));
  const started: ServiceProcess[] = [];
  const stop = async () => {
    await Promise.all(started.reverse().map((service) => service.stop()));
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    await Promise.all(
      local.map(async (entry) => {
        const port = options.ports === 'free' ? await freePort() : Number(new URL(entry.url).port);
        const url = `http://127.0.0.1:${port}/graphql`;
        const service = spawnService(
          entry.name,
          join(REPO_ROOT, entry.entry),
          {
            ...options.extraEnv,
            DATABASE_URL: options.databaseUrl,
            PORT: String(port),
            GATEWAY_SECRET: options.gatewaySecret,
            JWT_SECRET: options.jwtSecret,
            DEMO_DATA: String(options.demoData),
          },
          options.quiet ?? false,
        );
        started.push(service);
        await waitForHealth(service, url);
        subgraphUrls[entry.name] = url;
      }),
    );
    const gatewayPort = options.ports === 'free' ? await freePort() : (options.gatewayPort ?? 4000);
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    const urlEnv = Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url]));
    const gateway = spawnService(
      'gateway',
      join(REPO_ROOT, 'gateway/src/index.ts'),
      { ...options.extraEnv, ...urlEnv, PORT: String(gatewayPort), GATEWAY_SECRET: options.gatewaySecret, JWT_SECRET: options.jwtSecret },
      options.quiet ?? false,
    );
    started.push(gateway);
    await waitForHealth(gateway, gatewayUrl);
    return { gatewayUrl, subgraphUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
