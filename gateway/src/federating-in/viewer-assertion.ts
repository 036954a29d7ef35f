import type { Viewer } from '@mentoring/platform/auth';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importPKCS8,
  SignJWT,
  type CryptoKey,
  type JWK,
} from 'jose';
import { LRUCache } from 'lru-cache';

/** Where the gateway publishes the keys its viewer assertions are signed with. */
export const JWKS_PATH = '/.well-known/jwks.json';

/** The `typ` of a viewer assertion, so that no other JWT of ours can pass for one (RFC 8725 §3.11). */
export const VIEWER_ASSERTION_TYPE = 'viewer-assertion+jwt';

/** An assertion lives one minute: long enough for one request's plan, short enough that a leaked one is soon worthless. */
export const VIEWER_ASSERTION_LIFETIME_SECONDS = 60;

/** The audience an external subgraph checks: its name in schema/subgraphs.json, under the federation's namespace. */
export const assertionAudience = (subgraphName: string) => `urn:mentoring-federation:subgraph:${subgraphName}`;

/**
 * What an external subgraph learns of the viewer: the role and the region and municipality it works in, and nothing
 * about the person (no subject, no name). Not the organization: with a school role it would single out one person
 * (a school has one director), and our registry's id means nothing to another region. The claim names are those of
 * docs/federating-in.md.
 */
export interface ViewerAssertionClaims {
  role: Viewer['role'];
  region?: string;
  oktmo?: string;
}

export interface ViewerAssertions {
  /** The public keys, served at JWKS_PATH. */
  readonly jwks: { keys: JWK[] };
  /** The issuer (`iss`) of every assertion. */
  readonly issuer: string;
  /** A signed assertion of the viewer for one external subgraph; reused while more than half its life is left. */
  assertionFor(subgraphName: string, viewer: Viewer): Promise<string>;
}

export interface ViewerAssertionSettings {
  /** The `iss` claim: the gateway's public address when set, so that a region finds the JWKS under it. */
  issuer: string;
  /**
   * An RSA private key in PKCS#8 PEM (VIEWER_ASSERTION_KEY). Replicas of one gateway share it; without it each start
   * makes a key of its own, which is right for one process and the demo, and wrong behind a load balancer.
   */
  privateKeyPem?: string;
  /** Seconds; VIEWER_ASSERTION_LIFETIME_SECONDS by default. */
  lifetimeSeconds?: number;
  /** The clock, in seconds since the epoch; tests move it. */
  now?: () => number;
}

export function assertionClaims(viewer: Viewer): ViewerAssertionClaims {
  const { regionCode, municipalityOktmo } = viewer.scope;
  return {
    role: viewer.role,
    ...(regionCode ? { region: regionCode } : {}),
    ...(municipalityOktmo ? { oktmo: municipalityOktmo } : {}),
  };
}

export async function createViewerAssertions(settings: ViewerAssertionSettings): Promise<ViewerAssertions> {
  const lifetime = settings.lifetimeSeconds ?? VIEWER_ASSERTION_LIFETIME_SECONDS;
  const now = settings.now ?? (() => Math.floor(Date.now() / 1000));
  const { privateKey, publicJwk } = await signingKey(settings.privateKeyPem);
  const kid = await calculateJwkThumbprint(publicJwk);
  const jwks = { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] };
  // One signature per audience and scope and half-lifetime, not per request: RS256 signing costs about a millisecond.
  const issued = new LRUCache<string, { token: string; renewAt: number }>({ max: 10_000 });
  return {
    jwks,
    issuer: settings.issuer,
    async assertionFor(subgraphName, viewer) {
      const claims = assertionClaims(viewer);
      const key = JSON.stringify([subgraphName, claims]);
      const current = now();
      const cached = issued.get(key);
      if (cached && cached.renewAt > current) return cached.token;
      const token = await new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid, typ: VIEWER_ASSERTION_TYPE })
        .setIssuer(settings.issuer)
        .setAudience(assertionAudience(subgraphName))
        .setIssuedAt(current)
        .setExpirationTime(current + lifetime)
        .sign(privateKey);
      issued.set(key, { token, renewAt: current + Math.floor(lifetime / 2) });
      return token;
    },
  };
}

async function signingKey(privateKeyPem: string | undefined): Promise<{ privateKey: CryptoKey; publicJwk: JWK }> {
  if (privateKeyPem) {
    const privateKey = await importPKCS8(privateKeyPem, 'RS256', { extractable: true });
    // The public half of an RSA key is its modulus and exponent, which the private JWK carries.
    const { n, e, kty } = await exportJWK(privateKey);
    return { privateKey, publicJwk: { kty, n, e } };
  }
  const pair = await generateKeyPair('RS256', { modulusLength: 2048 });
  const { n, e, kty } = await exportJWK(pair.publicKey);
  return { privateKey: pair.privateKey, publicJwk: { kty, n, e } };
}
