import { stopOnSignals } from '@mentoring/platform/server';
import { readGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';

const gateway = await startGateway(readGatewayConfig());
console.log(`[gateway] ready at ${gateway.url}`);
stopOnSignals('gateway', gateway.close);
