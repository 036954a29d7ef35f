import { join } from 'node:path';
import { readSubgraphList, subgraphUrlVariable, type SubgraphEntry } from '../config/subgraph-list.js';
import { compiledEntry, REPO_ROOT } from '../config/paths.js';
import { freePort } from './free-port.js';
import { spawnService, waitForHealth, type ServiceProcess } from './processes.js';
import { superviseService, type RestartPolicy, type SupervisorLog } from './supervisor.js';

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
  /**
   * How long each service may take to answer /health (60 s by default). A first start that loads the demo data
   * rebuilds every past quarter's indicator snapshot, which on a busy machine takes longer.
   */
  healthTimeoutMs?: number;
  /**
   * Restart a service whose process dies, with back-off (`npm start`). Off by
   * default: tests that kill a subgraph on purpose must see it stay down.
   */
  supervise?: boolean | { policy?: Partial<RestartPolicy>; log?: SupervisorLog };
  /**
   * Run the services from their compiled `dist/` entries with plain Node (production `npm start`, built first)
   * instead of their TypeScript sources through tsx.
   */
  compiled?: boolean;
}

export interface RunningSystem {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** Each service by name (subgraphs and `gateway`); when supervised, `child` is the process running now. */
  services: Record<string, ServiceProcess>;
  stop(): Promise<void>;
}

/**
 * Starts every entry once the entries it names in `after` have started (schema/subgraphs.json): the others
 * together. Entries are listed after the ones they wait for, so each awaited start is known when asked.
 */
export async function inDependencyOrder<T extends Pick<SubgraphEntry, 'name' | 'after'>>(
  entries: readonly T[],
  start: (entry: T) => Promise<void>,
): Promise<void> {
  const started = new Map<string, Promise<void>>();
  for (const entry of entries)
    started.set(
      entry.name,
      Promise.all((entry.after ?? []).flatMap((name) => started.get(name) ?? [])).then(() => start(entry)),
    );
  await Promise.all(started.values());
}

/**
 * Starts every subgraph this repository runs and then the gateway, each as
 * its own process talking real HTTP, exactly as in production.
 */
export async function launchSystem(options: LaunchOptions): Promise<RunningSystem> {
  const local = readSubgraphList().filter((entry): entry is SubgraphEntry & { entry: string } => Boolean(entry.entry));
  /** Entries are named by their sources (schema/subgraphs.json); compiled runs take the twin under dist/. */
  const runnable = (sourceEntry: string) =>
    options.compiled ? compiledEntry(sourceEntry) : join(REPO_ROOT, sourceEntry);
  const started: ServiceProcess[] = [];
  const services: Record<string, ServiceProcess> = {};
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(started.reverse().map((service) => service.stop()));
  };
  /** Starts a service, waits for its /health, and from then on supervises it when asked to. */
  const startService = async (respawn: () => ServiceProcess, url: string) => {
    // A start that failed elsewhere stops what is running; nothing may be spawned after that.
    if (stopping) throw new Error('the system is stopping');
    const service = respawn();
    started.push(service);
    await waitForHealth(service, url, options.healthTimeoutMs);
    const supervision = options.supervise === true ? {} : options.supervise;
    const running = supervision ? superviseService(service, { respawn, url, ...supervision }) : service;
    started[started.indexOf(service)] = running;
    services[service.name] = running;
  };
  try {
    // Every port is known before anything starts, so the gateway (which reads the checked-in supergraph and calls no
    // subgraph until a request comes) starts beside the subgraphs instead of after them: its start time leaves the
    // critical path. The system is ready, as before, only when every service answers /health.
    const ports = await servicePorts(options, local);
    const graphqlUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const subgraphUrls = Object.fromEntries(
      local.map((entry) => [entry.name, graphqlUrl(ports.subgraphs.get(entry.name) ?? 0)]),
    );
    const gatewayUrl = graphqlUrl(ports.gateway);
    const startSubgraphs = inDependencyOrder(local, async (entry) => {
      const port = ports.subgraphs.get(entry.name) ?? 0;
      const spawnSubgraph = () =>
        spawnService(
          entry.name,
          runnable(entry.entry),
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
      await startService(spawnSubgraph, graphqlUrl(port));
    });
    const urlEnv = Object.fromEntries(
      Object.entries(subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url]),
    );
    const spawnGateway = () =>
      spawnService(
        'gateway',
        runnable('gateway/src/index.ts'),
        {
          ...options.extraEnv,
          ...urlEnv,
          DATABASE_URL: options.databaseUrl,
          PORT: String(ports.gateway),
          GATEWAY_SECRET: options.gatewaySecret,
          JWT_SECRET: options.jwtSecret,
          // The pages tell people that computed values of a demo installation count synthetic records.
          DEMO_DATA: String(options.demoData),
        },
        options.quiet ?? false,
      );
    await Promise.all([startSubgraphs, startService(spawnGateway, gatewayUrl)]);
    return { gatewayUrl, subgraphUrls, services, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The port of every service: the configured ones, or distinct free ones chosen before any service starts. */
async function servicePorts(
  options: Pick<LaunchOptions, 'ports' | 'gatewayPort'>,
  local: readonly SubgraphEntry[],
): Promise<{ subgraphs: Map<string, number>; gateway: number }> {
  if (options.ports === 'configured')
    return {
      subgraphs: new Map(local.map((entry) => [entry.name, Number(new URL(entry.url).port)])),
      gateway: options.gatewayPort ?? 4000,
    };
  // Ports are released between picks, so the OS could hand the same one out twice; each service needs its own.
  const chosen = new Set<number>();
  while (chosen.size < local.length + 1) chosen.add(await freePort());
  const [gateway = 0, ...subgraphs] = [...chosen];
  return { subgraphs: new Map(local.map((entry, index) => [entry.name, subgraphs[index] ?? 0])), gateway };
}
