import { expect, test, type Page, type Request } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { launchSystem } from '@mentoring/platform/launcher';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { READY_MARK } from '../src/dashboard/views/ready.ts';
import { startIdentityProvider, type RunningIdentityProvider } from './identity-provider.ts';

/**
 * Sign-in with a region's identity provider: the federation deployed as a region runs it with its own OpenID Connect
 * provider, on the demo database of the global set-up, and the dashboard signing in there with authorization code +
 * PKCE (oidc-client-ts) and a real provider (oidc-provider).
 *
 * Why a federation of its own and not a second gateway before the shared subgraphs: the gateway forwards the
 * client's bearer token to our subgraphs unchanged (gateway/src/subgraph-data-source.ts), and every subgraph verifies
 * it again with its own token configuration (platform/src/server/subgraph.ts, viewerOfRequest) — there is no
 * gateway-signed viewer header they would trust instead. The shared subgraphs check HS256 tokens of the test secret,
 * so they would refuse the provider's RS256 token; they also answer only the gateway secret of the global set-up,
 * which it keeps to itself. So the gateway and the four subgraphs start here as `npm start` starts them, configured
 * as a region would configure them (JWT_JWKS_URL, JWT_ISSUER, OIDC_AUTHORITY, OIDC_CLIENT_ID), on the same database
 * (migrated and loaded already: no demo data is loaded again). Processes rather than startGateway in this worker: the
 * settings then go through the gateway's own reading of them (gateway/src/config.ts), and the gateway's sources stay
 * out of this package's type check, whose DOM library types fetch differently from Node's.
 */

const SCREENSHOTS = 'test-results/screenshots';
const SCOPE = 'openid profile';

interface RegionalFederation {
  gatewayOrigin: string;
  identityProvider: RunningIdentityProvider;
  close(): Promise<void>;
}

async function startRegionalFederation(databaseUrl: string): Promise<RegionalFederation> {
  const identityProvider = await startIdentityProvider();
  try {
    const system = await launchSystem({
      databaseUrl,
      gatewaySecret: randomBytes(24).toString('base64url'),
      // Required by the launcher, unused: with JWT_JWKS_URL every service checks the provider's keys instead.
      jwtSecret: randomBytes(32).toString('base64url'),
      demoData: false,
      ports: 'free',
      quiet: true,
      extraEnv: {
        JWT_JWKS_URL: identityProvider.jwksUrl,
        JWT_ISSUER: identityProvider.issuer,
        JWT_AUDIENCE: identityProvider.audience,
        OIDC_AUTHORITY: identityProvider.issuer,
        OIDC_CLIENT_ID: identityProvider.clientId,
        OIDC_SCOPE: SCOPE,
        // The rate-limit counters are shared with the set-up's gateway (same database, same client address).
        RATE_LIMIT_PER_MINUTE_IP: '1000000',
        RATE_LIMIT_PER_MINUTE_USER: '1000000',
      },
    });
    const gatewayOrigin = new URL(system.gatewayUrl).origin;
    identityProvider.serveDashboard(gatewayOrigin);
    return {
      gatewayOrigin,
      identityProvider,
      close: async () => {
        await system.stop();
        await identityProvider.close();
      },
    };
  } catch (error) {
    await identityProvider.close();
    throw error;
  }
}

const environment = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the global set-up did not run`);
  return value;
};

/**
 * Every request the page makes and every answer it gets, from now on. An answer's Set-Cookie and GraphQL body are
 * read when the test asks (`answers()`): a read that fails then fails the test, and none is left unhandled before.
 */
function watchTraffic(page: Page, graphqlUrl: string) {
  const requests: Request[] = [];
  const seen: { url: string; setCookie: Promise<string | null>; graphql: Promise<GraphQLAnswer> | null }[] = [];
  page.on('request', (request) => requests.push(request));
  page.on('response', (response) => {
    const setCookie = response.headerValue('set-cookie');
    const graphql =
      response.url() === graphqlUrl && response.request().method() === 'POST'
        ? (response.json() as Promise<GraphQLAnswer>)
        : null;
    setCookie.catch(() => undefined);
    graphql?.catch(() => undefined);
    seen.push({ url: response.url(), setCookie, graphql });
  });
  const answers = () =>
    Promise.all(
      seen.map(async (answer) => ({
        url: answer.url,
        setCookie: await answer.setCookie,
        graphql: answer.graphql ? await answer.graphql : null,
      })),
    );
  return { requests, answers };
}

interface GraphQLAnswer {
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Whether the dashboard has marked a view's data on screen (web/src/dashboard/views/ready.ts); runs in the page. */
const viewReady = ([mark, view]: readonly [string, string]) =>
  performance.getEntriesByName(mark).some((entry) => {
    const detail: unknown = (entry as PerformanceMark).detail;
    return typeof detail === 'object' && detail !== null && (detail as { view?: unknown }).view === view;
  });

/** Every value a storage area of the page holds. */
const storageValues = (page: Page, area: 'sessionStorage' | 'localStorage') =>
  page.evaluate((name) => {
    const storage = window[name];
    return Array.from({ length: storage.length }, (_, index) => storage.getItem(storage.key(index) ?? '') ?? '');
  }, area);

test.describe('sign-in with the region’s identity provider (OpenID Connect, authorization code + PKCE)', () => {
  let federation: RegionalFederation;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    federation = await startRegionalFederation(environment('PAGES_DATABASE_URL'));
  });

  test.afterAll(async () => {
    await federation.close();
  });

  test('the gateway offers the provider and no development sign-in', async ({ request }) => {
    const response = await request.get(`${federation.gatewayOrigin}/web-config.json`);
    expect(response.ok()).toBe(true);
    expect(await response.json()).toEqual({
      graphqlPath: '/graphql',
      signIn: {
        development: false,
        oidc: {
          authority: federation.identityProvider.issuer,
          clientId: federation.identityProvider.clientId,
          scope: SCOPE,
        },
      },
      demoData: false,
    });
    const devToken = await request.post(`${federation.gatewayOrigin}/auth/dev/token`, {
      data: { role: 'REGIONAL_OPERATOR', region: '67' },
    });
    expect(devToken.status()).toBe(403);
  });

  test('an operator signs in at the provider, sees region 67, and the token stays out of addresses and cookies', async ({
    page,
    context,
  }) => {
    const { gatewayOrigin, identityProvider } = federation;
    const providerOrigin = new URL(identityProvider.issuer).origin;
    // Nothing leaves the two origins (the provider's login page imports a web font, which is not fetched here).
    await context.route(
      (url) => url.origin !== gatewayOrigin && url.origin !== providerOrigin,
      (route) => route.abort(),
    );
    const traffic = watchTraffic(page, `${gatewayOrigin}/graphql`);
    const tokenAnswer = page.waitForResponse(
      (response) => response.url() === `${providerOrigin}/token` && response.request().method() === 'POST',
    );

    await page.goto(`${gatewayOrigin}/dashboard/`);
    const providerSignIn = page.getByRole('region', { name: /поставщик/i });
    await expect(providerSignIn).toBeVisible();
    await expect(providerSignIn).toContainText(new URL(identityProvider.issuer).host);
    // Only the provider: no development sign-in when tokens come from the region's keys.
    await expect(page.getByRole('region', { name: /для разработки/i })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Роль' })).toHaveCount(0);
    await providerSignIn.getByRole('button', { name: 'Войти' }).click();

    // The provider's own login form (oidc-provider's development interactions), then its consent page.
    await page.waitForURL((url) => url.origin === providerOrigin);
    await page.locator('input[name="login"]').fill('operator-67');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    const accessToken = ((await (await tokenAnswer).json()) as { access_token: string }).access_token;
    await page.waitForURL((url) => url.origin === gatewayOrigin && url.pathname === '/dashboard/');
    await expect(page.locator('.viewer')).toContainText('Региональный оператор');
    await expect(page.locator('.viewer')).toContainText('регион 67');
    await expect(page.getByRole('heading', { level: 1, name: /Смоленская область/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();
    // The region view's data is on screen (the mark the dashboard sets when its operation has answered).
    await page.waitForFunction(viewReady, [READY_MARK, 'region-view'] as const);

    // The token is the provider's RS256 JWT for the federation, with the claims the gateway reads.
    expect(decodeProtectedHeader(accessToken).alg).toBe('RS256');
    expect(decodeJwt(accessToken)).toMatchObject({
      iss: identityProvider.issuer,
      aud: 'mentoring-federation',
      sub: 'operator-67',
      role: 'REGIONAL_OPERATOR',
      region: '67',
    });

    // After the callback the address holds neither code nor state; no address the browser asked for holds the
    // token; the GraphQL requests carry it in their Authorization header, and the gateway and every subgraph
    // behind it accepted it (an answer refused by any of them would carry an error).
    expect(page.url()).not.toMatch(/[?&#](code|state|iss)=/);
    expect(traffic.requests.filter((request) => request.url().includes(accessToken)).map((r) => r.url())).toEqual([]);
    const graphql = traffic.requests.filter((request) => request.url() === `${gatewayOrigin}/graphql`);
    expect(graphql.length).toBeGreaterThan(0);
    for (const request of graphql) expect(request.headers()['authorization']).toBe(`Bearer ${accessToken}`);
    const answers = await traffic.answers();
    expect(answers.filter((answer) => answer.graphql !== null).length).toBeGreaterThan(0);
    expect(answers.flatMap((answer) => answer.graphql?.errors ?? [])).toEqual([]);

    // The token is kept for the tab only, and the gateway set no cookie.
    expect((await storageValues(page, 'sessionStorage')).some((value) => value.includes(accessToken))).toBe(true);
    expect((await storageValues(page, 'localStorage')).some((value) => value.includes(accessToken))).toBe(false);
    expect(await context.cookies(gatewayOrigin)).toEqual([]);
    // The browser does keep cookies here — the provider's session, on its own host — so the check above means something.
    expect(await context.cookies(providerOrigin)).not.toEqual([]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/sign-in-oidc.png` });

    // «Выйти» forgets the token in this tab: back at the sign-in, nothing of it left in either storage.
    await page.getByRole('button', { name: 'Выйти' }).click();
    await expect(page.getByRole('region', { name: /поставщик/i })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Выйти' })).toHaveCount(0);
    expect((await storageValues(page, 'sessionStorage')).some((value) => value.includes(accessToken))).toBe(false);
    expect((await storageValues(page, 'localStorage')).some((value) => value.includes(accessToken))).toBe(false);
    expect(await context.cookies(gatewayOrigin)).toEqual([]);
    await page.reload();
    await expect(page.getByRole('region', { name: /поставщик/i })).toBeVisible();

    // No answer of the gateway, from the first page to the reload after «Выйти», set a cookie.
    const gatewaySetCookies = (await traffic.answers()).filter(
      (answer) => new URL(answer.url).origin === gatewayOrigin && answer.setCookie !== null,
    );
    expect(gatewaySetCookies).toEqual([]);
    expect(await context.cookies(gatewayOrigin)).toEqual([]);
  });
});
