import { readTokenConfig } from '../auth/config.js';
import { envBool, envInt, envString } from '../config/env.js';
import { startSubgraph, type SubgraphDefinition } from './subgraph.js';

/** Stops the service on Ctrl-C or a container stop, once, then exits. */
export function stopOnSignals(name: string, close: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[${name}] ${signal}: stopping`);
    close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(`[${name}] failed to stop cleanly`, error);
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Entry point of a subgraph process: configuration comes from the environment the launcher or compose sets. */
export async function runSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>, defaultPort: number): Promise<void> {
  const running = await startSubgraph(definition, {
    databaseUrl: envString('DATABASE_URL'),
    port: envInt('PORT', defaultPort),
    host: envString('HOST', '127.0.0.1'),
    gatewaySecret: envString('GATEWAY_SECRET'),
    tokens: readTokenConfig(),
    loadDemoData: envBool('DEMO_DATA', false),
  });
  console.log(`[${definition.name}] subgraph ready at ${running.url}`);
  stopOnSignals(definition.name, running.close);
}
