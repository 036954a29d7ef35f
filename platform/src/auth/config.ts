import { envOptional, envString } from '../config/env.js';
import type { TokenConfig } from './tokens.js';

export const DEFAULT_ISSUER = 'mentoring-federation';
export const DEFAULT_AUDIENCE = 'mentoring-federation';

/**
 * Token checking from the environment: JWT_JWKS_URL selects a region's
 * identity provider (RS256); otherwise JWT_SECRET (HS256) is required.
 */
export function readTokenConfig(): TokenConfig {
  const issuer = envString('JWT_ISSUER', DEFAULT_ISSUER);
  const audience = envString('JWT_AUDIENCE', DEFAULT_AUDIENCE);
  const jwksUrl = envOptional('JWT_JWKS_URL');
  if (jwksUrl) return { kind: 'jwks', jwksUrl, issuer, audience };
  return { kind: 'hs256', secret: envString('JWT_SECRET'), issuer, audience };
}
