import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayContext } from './context.js';

const GRAPHQL_PATH = '/graphql';
/** How long a browser may reuse a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** A browser's preflight before a cross-origin JSON POST to /graphql. */
export function isGraphQLPreflight(request: IncomingMessage): boolean {
  if (request.method !== 'OPTIONS') return false;
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname === GRAPHQL_PATH;
  } catch {
    return false;
  }
}

/**
 * Any origin may send GET or POST with a JSON body, and nothing else: Authorization is not an allowed header, so a
 * page of another origin can only ask anonymously, and what it may read is decided per request (corsPlugin).
 */
export function answerPreflight(response: ServerResponse): void {
  response
    .writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
    })
    .end();
}

/**
 * Cross-origin pages (a municipal portal embedding the mentor list) may read the answer of an anonymous query that
 * is registered in gateway/operations, as the limits plugin decided it: only then does the answer carry
 * `Access-Control-Allow-Origin: *`. Any other answer has no CORS header, so the browser keeps it from the page.
 */
export function corsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ contextValue, operation, request, response }) => {
          const anonymous = !request.http?.headers.has('authorization');
          const query = operation?.operation === OperationTypeNode.QUERY;
          if (anonymous && query && contextValue.registeredOperation === true)
            response.http.headers.set('access-control-allow-origin', '*');
          return Promise.resolve();
        },
      }),
  };
}
