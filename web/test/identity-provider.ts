import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '@mentoring/platform/server';
import Provider, { errors, type Configuration } from 'oidc-provider';

/** The claims of ours a region's provider puts into its access tokens (platform/src/auth/tokens.ts reads them). */
export interface StaffClaims {
  role: string;
  region?: string;
  oktmo?: string;
  org?: string;
}

export interface IdentityProviderOptions {
  /** The client the dashboard is registered as. */
  clientId?: string;
  /** The audience of the access tokens, which the gateway checks (JWT_AUDIENCE). */
  audience?: string;
  /** What every account signed in here is: the test provider accepts any account name. */
  claims?: StaffClaims;
}

export interface RunningIdentityProvider {
  /** The issuer, `http://localhost:<port>`: the tokens' `iss`, the dashboard's OIDC authority. */
  issuer: string;
  /** The provider's keys as the gateway and the subgraphs fetch them (JWT_JWKS_URL). */
  jwksUrl: string;
  clientId: string;
  audience: string;
  /**
   * Registers the dashboard served from the gateway's origin (redirect URI `<origin>/dashboard/`) and starts
   * answering. The provider's address comes first, because the gateway's configuration names it; the gateway's
   * address is known once the gateway runs. Until then every request is answered 503.
   */
  serveDashboard(gatewayOrigin: string): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) standing in for a region's identity provider: the dashboard
 * registered as a public client (no secret, so PKCE is required — the library's rule for public clients), the
 * library's development login form that accepts any account name, and access tokens issued as RS256 JWTs for the
 * federation's audience carrying our role and territory claims, for the resource (RFC 8707) `<gateway>/graphql`.
 *
 * It listens on 127.0.0.1 but is addressed as `localhost`: cookies are scoped by host, not port, so the provider's
 * session cookies would otherwise sit on the gateway's host too, and the test asserts the gateway's origin has none.
 */
export async function startIdentityProvider(options: IdentityProviderOptions = {}): Promise<RunningIdentityProvider> {
  const clientId = options.clientId ?? 'mentoring-dashboard';
  const audience = options.audience ?? 'mentoring-federation';
  const claims: StaffClaims = options.claims ?? { role: 'REGIONAL_OPERATOR', region: '67' };

  let answer: ((request: IncomingMessage, response: ServerResponse) => Promise<void>) | undefined;
  const server = createServer((request, response) => {
    if (answer) void answer(request, response);
    else response.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-region-idp', alg: 'RS256', use: 'sig' };

  const configurationFor = (gatewayOrigin: string): Configuration => {
    const redirectUri = `${gatewayOrigin}/dashboard/`;
    const resource = `${gatewayOrigin}/graphql`;
    return {
      clients: [
        {
          client_id: clientId,
          client_name: 'Региональный дашборд наставничества',
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code'],
          response_types: ['code'],
          redirect_uris: [redirectUri],
          post_logout_redirect_uris: [redirectUri],
        },
      ],
      jwks: { keys: [signingKey] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      claims: { openid: ['sub'], profile: ['name'] },
      // Lifetimes stated, as a region's provider states them (seconds): a working day's session, an hour's token.
      ttl: { Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, AccessToken: 3600, IdToken: 3600 },
      findAccount: (_ctx, accountId) => ({
        accountId,
        claims: () => ({ sub: accountId, name: accountId }),
      }),
      features: {
        // The library's own login and consent pages: any account name and password sign in (a test provider).
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          // oidc-client-ts asks for no resource: every authorization is for the federation's API.
          defaultResource: () => resource,
          // ... and exchanges the code without naming it again, which would otherwise yield a userinfo-only token.
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx, indicator) => {
            if (indicator !== resource) throw new errors.InvalidTarget();
            return {
              scope: 'openid profile',
              audience,
              accessTokenFormat: 'jwt',
              jwt: { sign: { alg: 'RS256' } },
            };
          },
        },
      },
      extraTokenClaims: () => ({ ...claims }),
      // The dashboard's scripts call the token endpoint from the gateway's origin.
      clientBasedCORS: (_ctx, origin, client) =>
        (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
    };
  };

  return {
    issuer,
    // Node's fetch may try ::1 first for `localhost`; the keys are fetched where the server listens.
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    clientId,
    audience,
    serveDashboard: (gatewayOrigin) => {
      answer = new Provider(issuer, configurationFor(gatewayOrigin)).callback();
    },
    close: () => closeServer(server),
  };
}
