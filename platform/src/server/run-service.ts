import type { Logger } from 'pino';
import { readTokenConfig } from '../auth/config.js';
import { envBool, envInt, envString } from '../config/env.js';
import { describeInternalError } from '../logging/internal-error.js';
import { createLogger } from '../logging/logger.js';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from './subgraph.js';

/** Stops the service on Ctrl-C or a container stop, once, then exits. */
export function stopOnSignals(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    close()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ error: describeInternalError(error, { duringRequest: false }) }, 'failed to stop cleanly');
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Logs why a service could not start and ends its process: the launcher or the container runtime
 * sees the exit and the line says why (a start refused over old demo data says what to do).
 */
export function exitOnStartFailure(logger: Logger, error: unknown): never {
  logger.fatal({ error: describeInternalError(error, { duringRequest: false }) }, 'start failed');
  process.exit(1);
}

/** Entry point of a subgraph process: configuration comes from the environment the launcher or compose sets. */
export async function runSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  defaultPort: number,
): Promise<void> {
  const logger = createLogger({ service: definition.name });
  let running: RunningSubgraph;
  try {
    running = await startSubgraph(definition, {
      databaseUrl: envString('DATABASE_URL'),
      port: envInt('PORT', defaultPort),
      host: envString('HOST', '127.0.0.1'),
      gatewaySecret: envString('GATEWAY_SECRET'),
      tokens: readTokenConfig(),
      loadDemoData: envBool('DEMO_DATA', false),
      logger,
    });
  } catch (error) {
    exitOnStartFailure(logger, error);
  }
  logger.info({ url: running.url }, 'subgraph ready');
  stopOnSignals(logger, () => running.close());
}
