import { GATEWAY_SECRET_HEADER } from '../server/gateway-headers.js';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface PostOptions {
  variables?: Record<string, unknown>;
  /** Sent as the gateway's shared secret, as the gateway does when it calls a subgraph. */
  gatewaySecret?: string;
  headers?: Record<string, string>;
  /** The request's `extensions` (e.g. the gateway's `dryRun`). */
  extensions?: Record<string, unknown>;
}

/** A real HTTP POST of a GraphQL operation, exactly as a client or the gateway sends it. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  options: PostOptions = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.gatewaySecret ? { [GATEWAY_SECRET_HEADER]: options.gatewaySecret } : {}),
      ...options.headers,
    },
    body: JSON.stringify({
      query,
      variables: options.variables ?? {},
      ...(options.extensions ? { extensions: options.extensions } : {}),
    }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}
