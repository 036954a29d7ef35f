import { decodeJwt, errors, jwtVerify, SignJWT } from 'jose';
import { unauthenticated } from '../errors.js';
import { viewerFromClaims, type MentoringClaims, type TokenConfig, type TokenVerifier } from './tokens.js';
import type { TerritoryScope, Viewer } from './viewer.js';

/**
 * Calendar-feed tokens: what a calendar app keeps in a subscription address (`?token=`). They are not API tokens:
 * their audience is FEED_AUDIENCE (so the API's verifier, which expects its own audience, refuses them on /graphql),
 * they carry `use: "calendar-feed"`, they name the one feed path they open, and they live a year
 * (FEED_TOKEN_LIFETIME) so a subscription does not die with the working day's token. They copy the role and territory
 * of the token they were issued for, so a feed shows what its holder may see and no more; the feed only runs its
 * registered read-only operations with them.
 */
export const FEED_AUDIENCE = 'mentoring-federation/calendar-feed';
export const FEED_TOKEN_USE = 'calendar-feed';
/** A year: calendar apps poll a subscription for as long as it is kept. */
export const FEED_TOKEN_LIFETIME_DAYS = 365;

export interface FeedTokenConfig {
  /** HS256 secret: the checkout's JWT secret, or the gateway secret when API tokens come from a region's JWKS. */
  secret: string;
  issuer: string;
}

interface FeedClaims extends MentoringClaims {
  use?: unknown;
  feed?: unknown;
}

export interface FeedTokens {
  /** Signs a feed token of the viewer's role and territory for one feed path; with its expiry. */
  issue(viewer: Viewer, feedPath: string, now?: Date): Promise<{ token: string; expiresAt: Date }>;
  /**
   * The viewer of a feed token; UNAUTHENTICATED for anything else. The gateway names the feed path it serves (a token
   * opens its own feed only); our subgraphs, which see it only when the gateway runs a feed's operation, name none.
   */
  verify(token: string, feedPath?: string): Promise<Viewer>;
}

export function createFeedTokens(config: FeedTokenConfig): FeedTokens {
  const key = new TextEncoder().encode(config.secret);
  return {
    issue: async (viewer, feedPath, now = new Date()) => {
      if (viewer.role === 'PUBLIC') throw unauthenticated('Адрес подписки выдаётся по токену; sign in first.');
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = new Date((issuedAt + FEED_TOKEN_LIFETIME_DAYS * 86_400) * 1000);
      const token = await new SignJWT({
        use: FEED_TOKEN_USE,
        feed: feedPath,
        role: viewer.role,
        ...scopeClaims(viewer.scope),
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(viewer.subject)
        .setIssuer(config.issuer)
        .setAudience(FEED_AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .sign(key);
      return { token, expiresAt };
    },
    verify: async (token, feedPath) => {
      let claims: FeedClaims;
      try {
        ({ payload: claims } = await jwtVerify<FeedClaims>(token, key, {
          issuer: config.issuer,
          audience: FEED_AUDIENCE,
          algorithms: ['HS256'],
        }));
      } catch (error) {
        throw unauthenticated(
          error instanceof errors.JWTExpired
            ? 'Срок действия адреса подписки истёк; the feed address has expired, get a new one (POST /calendar/feed-url).'
            : 'Токен календаря недействителен; the feed token is not valid (POST /calendar/feed-url gives a feed address).',
        );
      }
      if (
        claims.use !== FEED_TOKEN_USE ||
        typeof claims.feed !== 'string' ||
        (feedPath !== undefined && claims.feed !== feedPath)
      )
        throw unauthenticated('Этот адрес подписки выдан для другого календаря; the feed token is for another feed.');
      try {
        return viewerFromClaims(claims);
      } catch (error) {
        throw unauthenticated(error instanceof Error ? error.message.replace(/^token:\s*/, '') : String(error));
      }
    },
  };
}

function scopeClaims(scope: TerritoryScope): Record<string, string> {
  return {
    ...(scope.regionCode ? { region: scope.regionCode } : {}),
    ...(scope.municipalityOktmo ? { oktmo: scope.municipalityOktmo } : {}),
    ...(scope.organizationId ? { org: scope.organizationId } : {}),
  };
}

/** The feed tokens' key: the checkout's JWT secret, or the gateway secret when API tokens come from a region's JWKS. */
export function feedTokenConfig(tokens: TokenConfig, gatewaySecret: string): FeedTokenConfig {
  return { secret: tokens.kind === 'hs256' ? tokens.secret : gatewaySecret, issuer: tokens.issuer };
}

/** Whether a token says it is a feed token (unverified: only to pick the verifier that will check it). */
export function looksLikeFeedToken(token: string): boolean {
  try {
    const { aud } = decodeJwt(token);
    return aud === FEED_AUDIENCE || (Array.isArray(aud) && aud.includes(FEED_AUDIENCE));
  } catch {
    return false;
  }
}

/**
 * A subgraph's verifier: API tokens, and feed tokens the gateway forwards when it runs a feed's registered operation
 * (a subgraph answers the gateway only, and the gateway refuses feed tokens everywhere but its feed).
 */
export function subgraphTokenVerifier(api: TokenVerifier, feed: FeedTokens): TokenVerifier {
  return (token) => (looksLikeFeedToken(token) ? feed.verify(token) : api(token));
}
