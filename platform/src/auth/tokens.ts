import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { unauthenticated } from '../errors.js';
import { isRole, REQUIRED_SCOPE, type Role, type TerritoryScope, type Viewer } from './viewer.js';

/**
 * How tokens are checked: HS256 with a shared secret (the default, generated
 * for the embedded set-up), or RS256 against a region identity provider's JWKS.
 */
export type TokenConfig =
  | { kind: 'hs256'; secret: string; issuer: string; audience: string }
  | { kind: 'jwks'; jwksUrl: string; issuer: string; audience: string };

/** The claims of our tokens besides the registered ones (sub, iss, aud, exp). */
export interface MentoringClaims extends JWTPayload {
  role?: unknown;
  region?: unknown;
  oktmo?: unknown;
  org?: unknown;
  /** Set on calendar-feed tokens only (feed-tokens.ts): the API refuses them. */
  use?: unknown;
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

export function createTokenVerifier(config: TokenConfig): TokenVerifier {
  const options = { issuer: config.issuer, audience: config.audience };
  const verify =
    config.kind === 'hs256'
      ? (token: string) =>
          jwtVerify<MentoringClaims>(token, new TextEncoder().encode(config.secret), {
            ...options,
            algorithms: ['HS256'],
          })
      : (() => {
          const keys = createRemoteJWKSet(new URL(config.jwksUrl));
          return (token: string) => jwtVerify<MentoringClaims>(token, keys, { ...options, algorithms: ['RS256'] });
        })();
  return async (token) => {
    try {
      const { payload } = await verify(token);
      // A calendar-feed token opens its feed only, even where an identity provider shares our audience.
      if (payload.use !== undefined) throw new Error('token: A calendar-feed token is not an API token.');
      return viewerFromClaims(payload);
    } catch (error) {
      throw unauthenticated(describeTokenError(error));
    }
  };
}

function describeTokenError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Срок действия токена истёк; the token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `Токен не принят: ${error.message}; the token was not accepted.`;
  if (error instanceof Error && error.message.startsWith('token:')) return error.message.slice('token:'.length).trim();
  return 'Токен недействителен; the token is not valid (bad signature, algorithm or format).';
}

export function viewerFromClaims(claims: MentoringClaims): Viewer {
  if (!isRole(claims.role) || claims.role === 'PUBLIC')
    throw new Error(`token: Unknown role in token: ${String(claims.role)}`);
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new Error('token: The token names no subject (sub).');
  const scope: TerritoryScope = {
    ...(typeof claims.region === 'string' ? { regionCode: claims.region } : {}),
    ...(typeof claims.oktmo === 'string' ? { municipalityOktmo: claims.oktmo } : {}),
    ...(typeof claims.org === 'string' ? { organizationId: claims.org } : {}),
  };
  const missing = REQUIRED_SCOPE[claims.role].filter((key) => !scope[key]);
  if (missing.length > 0) throw new Error(`token: Role ${claims.role} needs ${missing.join(', ')} in its token.`);
  return { role: claims.role, subject: claims.sub, scope };
}

export interface IssueTokenInput {
  subject: string;
  role: Exclude<Role, 'PUBLIC'>;
  scope: TerritoryScope;
  /** Lifetime such as "8h" or "15m". */
  expiresIn?: string;
}

/** Signs an HS256 token, for the development token command and for tests. */
export function issueToken(config: Extract<TokenConfig, { kind: 'hs256' }>, input: IssueTokenInput): Promise<string> {
  return new SignJWT({
    role: input.role,
    ...(input.scope.regionCode ? { region: input.scope.regionCode } : {}),
    ...(input.scope.municipalityOktmo ? { oktmo: input.scope.municipalityOktmo } : {}),
    ...(input.scope.organizationId ? { org: input.scope.organizationId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(input.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(config.secret));
}
