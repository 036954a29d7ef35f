import { createLogger } from '@mentoring/platform/logging';
import { exitOnStartFailure, stopOnSignals } from '@mentoring/platform/server';
import { readGatewayConfig } from './config.js';
import { startGateway, type RunningGateway } from './gateway.js';

const logger = createLogger({ service: 'gateway' });
let gateway: RunningGateway;
try {
  gateway = await startGateway({ ...readGatewayConfig(), logger });
} catch (error) {
  exitOnStartFailure(logger, error);
}
logger.info({ url: gateway.url }, 'gateway ready');
stopOnSignals(logger, () => gateway.close());
