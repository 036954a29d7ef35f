import { defineConfig } from '@graphql-hive/gateway';
import { createTokenVerifier, PUBLIC_VIEWER, readTokenConfig } from '@mentoring/platform/auth';
import { envOptional, envString, readSubgraphList } from '@mentoring/platform/config';
import { DEFAULT_ASSERTION_ISSUER } from '../src/config.js';
import { createViewerAssertions, JWKS_PATH } from '../src/federating-in/viewer-assertion.js';

/**
 * @graphql-hive/gateway serving our supergraph as our own gateway does (docs/federating-in.md, «Either gateway»):
 * - our subgraphs get the shared secret (GATEWAY_SECRET) and the client's bearer token, which they verify
 *   themselves, so reads of people are logged per client as behind ours;
 * - another region's subgraph gets neither: it gets a viewer assertion signed with VIEWER_ASSERTION_KEY (or a key
 *   made at start), whose keys this gateway serves at /.well-known/jwks.json;
 * - in-flight request sharing is off (HIVE_SHARING=on turns it on): shared, one subgraph answer would serve many
 *   clients and the access log would keep one row for all of them.
 * Our own gateway's limits (depth, cost, rate limits, registered operations for anonymous clients) are not Hive's:
 * a region running Hive sets its own.
 */
const secret = envString('GATEWAY_SECRET');
const ours = new Set(
  readSubgraphList(envOptional('SUBGRAPH_LIST_FILE'))
    .filter((entry) => entry.ours)
    .map((entry) => entry.name),
);
const sharing = envOptional('HIVE_SHARING') === 'on';

const assertions = await createViewerAssertions({
  // The origin, as our gateway states it (config.ts): a trailing slash would make another issuer.
  issuer: envOptional('PUBLIC_URL') === undefined ? DEFAULT_ASSERTION_ISSUER : new URL(envString('PUBLIC_URL')).origin,
  ...(envOptional('VIEWER_ASSERTION_KEY') ? { privateKeyPem: envString('VIEWER_ASSERTION_KEY') } : {}),
});
/** Made when another region's subgraph is first called: the client's token names the viewer the assertion states. */
let verifyToken: ReturnType<typeof createTokenVerifier> | undefined;
const jwks = JSON.stringify(assertions.jwks);

/** What Hive's (Yoga's) onRequest hook is given, as far as serving the keys needs it. */
interface OnRequestPayload {
  url: URL;
  endResponse: (response: Response) => void;
  fetchAPI: { Response: typeof Response };
}

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request, subgraphName }) => {
      const authorization = request.headers.get('authorization');
      if (ours.has(subgraphName)) return { 'x-gateway-secret': secret, ...(authorization ? { authorization } : {}) };
      const token = authorization?.match(/^Bearer (.+)$/)?.[1];
      verifyToken ??= createTokenVerifier(readTokenConfig());
      const viewer = token ? await verifyToken(token) : PUBLIC_VIEWER;
      return { authorization: `Bearer ${await assertions.assertionFor(subgraphName, viewer)}` };
    },
  },
  ...(sharing ? {} : { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }),
  plugins: () => [
    {
      onRequest({ url, endResponse, fetchAPI }: OnRequestPayload) {
        if (url.pathname === JWKS_PATH)
          endResponse(new fetchAPI.Response(jwks, { headers: { 'content-type': 'application/jwk-set+json' } }));
      },
    },
  ],
  logging: 'error',
});
