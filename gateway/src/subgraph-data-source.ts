import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_SECRET_HEADER, OPERATION_HASH_HEADER } from '@mentoring/platform';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { GatewaySubgraph } from './config.js';
import type { GatewayContext } from './context.js';

/**
 * A call to one subgraph: bounded in time (the gateway sets no timeout of its
 * own) and carrying the shared secret only to subgraphs that are ours.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly #subgraph: GatewaySubgraph;
  readonly #gatewaySecret: string;

  constructor(subgraph: GatewaySubgraph, gatewaySecret: string, timeoutMs: number) {
    super({ url: subgraph.url, fetcher: timeoutFetcher(timeoutMs) });
    this.#subgraph = subgraph;
    this.#gatewaySecret = gatewaySecret;
  }

  /**
   * Subgraph requests are built afresh, so nothing a client sent is passed on
   * by accident; our subgraphs get the secret and the client's token, which
   * they verify themselves. Another region's subgraph gets neither.
   */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!this.#subgraph.ours) return;
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.#gatewaySecret);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.operationHash) request.http?.headers.set(OPERATION_HASH_HEADER, context.operationHash);
  }
}

function timeoutFetcher(timeoutMs: number): Fetcher {
  const fetcher = (url: string, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return fetcher as unknown as Fetcher;
}
