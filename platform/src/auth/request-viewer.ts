import type { IncomingMessage } from 'node:http';
import { unauthenticated } from '../errors.js';
import type { TokenVerifier } from './tokens.js';
import { PUBLIC_VIEWER, type Viewer } from './viewer.js';

/** The viewer of an HTTP request: PUBLIC without Authorization, otherwise the verified bearer token. */
export async function viewerOfRequest(request: IncomingMessage, verify: TokenVerifier): Promise<Viewer> {
  const header = request.headers.authorization;
  if (header === undefined || header === '') return PUBLIC_VIEWER;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('Authorization must be "Bearer <token>".');
  return verify(match[1]);
}
