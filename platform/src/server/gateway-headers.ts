import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Refusal } from './http-listener.js';

/** The header the gateway puts on every call to a subgraph of ours. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** The sha256 of the client's operation, which the gateway tells our subgraphs for the access log. */
export const OPERATION_HASH_HEADER = 'x-operation-hash';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** A subgraph answers only the gateway: without its shared secret a request is refused before parsing. */
export function requireGatewaySecret(secret: string): (request: IncomingMessage) => Refusal | null {
  const expected = digest(secret);
  return (request) => {
    const presented = request.headers[GATEWAY_SECRET_HEADER];
    if (typeof presented === 'string' && timingSafeEqual(digest(presented), expected)) return null;
    return {
      status: 403,
      code: 'FORBIDDEN',
      reason: presented === undefined ? 'GATEWAY_SECRET_MISSING' : 'GATEWAY_SECRET_WRONG',
      message: 'This service answers only the federation gateway',
    };
  };
}
