import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { closeServer, graphqlRequestListener, listen, maskError } from '@mentoring/platform';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { GatewayConfig } from './config.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/** The gateway serves the checked-in supergraph; subgraph URLs come from configuration, not from the file. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const byName = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph]));
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphFile, 'utf8'),
    buildService: ({ name }) => {
      const subgraph = byName.get(name);
      if (!subgraph) throw new Error(`Subgraph "${name}" of the supergraph is missing from schema/subgraphs.json`);
      return new SubgraphDataSource(subgraph, config.gatewaySecret, config.subgraphTimeoutMs);
    },
  });
  const apollo = new ApolloServer({
    gateway,
    formatError: (formatted) => maskError(formatted),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await apollo.start();
  const server = createServer(
    graphqlRequestListener({
      server: apollo,
      context: async () => ({}),
      health: async () => ({ service: 'gateway' }),
      maxBodyBytes: config.maxBodyBytes,
    }),
  );
  const url = await listen(server, config.port, config.host);
  return {
    url,
    close: async () => {
      await closeServer(server);
      await apollo.stop();
    },
  };
}
