import { defineConfig } from '@graphql-hive/gateway';

/**
 * @graphql-hive/gateway as the bench runs it beside ours, on the same supergraph and subgraph processes. It gives
 * each subgraph what our gateway gives (gateway/src/subgraph-data-source.ts): the shared secret our subgraphs require
 * and the client's bearer token, which they verify themselves, so logged roles are logged. BENCH_HIVE_SHARING=off
 * turns off its in-flight request sharing, which hands one subgraph answer to many clients.
 */
const secret = process.env['BENCH_GATEWAY_SECRET'];
if (!secret) throw new Error('BENCH_GATEWAY_SECRET is not set: Hive cannot reach our subgraphs without it');
const sharing = process.env['BENCH_HIVE_SHARING'] !== 'off';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return { 'x-gateway-secret': secret, ...(authorization ? { authorization } : {}) };
    },
  },
  ...(sharing ? {} : { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }),
  logging: 'error',
});
