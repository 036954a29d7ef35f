import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_SECRET_HEADER } from '@mentoring/platform';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { GatewaySubgraph } from './config.js';

/**
 * A call to one subgraph: bounded in time (the gateway sets no timeout of its
 * own) and carrying the shared secret only to subgraphs that are ours.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  readonly #subgraph: GatewaySubgraph;
  readonly #gatewaySecret: string;

  constructor(subgraph: GatewaySubgraph, gatewaySecret: string, timeoutMs: number) {
    super({ url: subgraph.url, fetcher: timeoutFetcher(timeoutMs) });
    this.#subgraph = subgraph;
    this.#gatewaySecret = gatewaySecret;
  }

  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    if (this.#subgraph.ours) request.http?.headers.set(GATEWAY_SECRET_HEADER, this.#gatewaySecret);
  }
}

function timeoutFetcher(timeoutMs: number): Fetcher {
  const fetcher = (url: string, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return fetcher as unknown as Fetcher;
}
