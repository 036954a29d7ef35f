import { startNeighbour } from './server.js';

/**
 * `npm start -w examples/neighbour-region`: the neighbour on NEIGHBOUR_PORT (4201), trusting the gateway at
 * GATEWAY_URL (http://127.0.0.1:4000). Join it with `npm run federate -- add neighbour-region <url> --introspect`.
 */
const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000';
const running = await startNeighbour({
  port: Number(process.env['NEIGHBOUR_PORT'] ?? 4201),
  jwksUrl: `${gateway}/.well-known/jwks.json`,
  issuer: process.env['GATEWAY_ISSUER'] ?? 'urn:mentoring-federation:gateway',
  storage: process.env['NEIGHBOUR_STORAGE'] ?? ':memory:',
  ...(process.env['NEIGHBOUR_RECEIVED_LOG'] ? { receivedLog: process.env['NEIGHBOUR_RECEIVED_LOG'] } : {}),
});
console.log(`neighbour-region subgraph at ${running.url}`);
const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
