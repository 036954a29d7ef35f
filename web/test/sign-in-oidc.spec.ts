import { listen, closeServer } from '@mentoring/platform/server';
import { expect, test } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { SESSION_STORAGE_KEY } from '../src/shared/session.ts';
import { startSecondGateway, tokenFor, waitForReady, type RunningGateway } from './dashboard-session.ts';

/**
 * Sign-in with a region's identity provider (OpenID Connect, authorization code with PKCE): a provider on another
 * origin, just enough of one to play its part — discovery, the authorization redirect, the token endpoint checking
 * the PKCE verifier against the challenge — and a gateway configured with it. The page leaves for the provider,
 * comes back with `code` and `state`, redeems them, takes them out of the address and keeps the access token in
 * sessionStorage only.
 */

const CLIENT_ID = 'mentoring-dashboard';

interface Authorization {
  params: URLSearchParams;
  code: string;
}

const base64Url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/** An unsigned ID token: the client reads its claims (sub, nonce) and leaves signatures to the API's token check. */
const idToken = (claims: Record<string, unknown>) =>
  `${base64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64Url(JSON.stringify(claims))}.`;

async function startProvider(accessToken: () => Promise<string>) {
  const authorizations: Authorization[] = [];
  const exchanges: URLSearchParams[] = [];
  let origin = '';
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      json(200, {
        issuer: origin,
        authorization_endpoint: `${origin}/authorize`,
        token_endpoint: `${origin}/token`,
        jwks_uri: `${origin}/jwks`,
        response_types_supported: ['code'],
        response_modes_supported: ['query'],
        code_challenge_methods_supported: ['S256'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
      return;
    }
    if (url.pathname === '/authorize') {
      const code = randomBytes(16).toString('hex');
      authorizations.push({ params: url.searchParams, code });
      const back = new URL(url.searchParams.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state')!);
      response.writeHead(302, { location: back.toString() });
      response.end();
      return;
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const form = new URLSearchParams(body);
        exchanges.push(form);
        const authorization = authorizations.find((entry) => entry.code === form.get('code'));
        const challenge = base64Url(
          createHash('sha256')
            .update(form.get('code_verifier') ?? '')
            .digest(),
        );
        if (!authorization || authorization.params.get('code_challenge') !== challenge) {
          json(400, { error: 'invalid_grant' });
          return;
        }
        void accessToken().then((token) => {
          json(200, {
            access_token: token,
            token_type: 'Bearer',
            expires_in: 3600,
            scope: authorization.params.get('scope'),
            id_token: idToken({
              iss: origin,
              aud: CLIENT_ID,
              sub: 'operator-67',
              iat: Math.floor(Date.now() / 1000),
              exp: Math.floor(Date.now() / 1000) + 3600,
              ...(authorization.params.get('nonce') ? { nonce: authorization.params.get('nonce') } : {}),
            }),
          });
        });
      });
      return;
    }
    json(404, { error: 'not_found' });
  });
  const url = await listen(server, 0, '127.0.0.1');
  origin = new URL(url).origin;
  return { origin, authorizations, exchanges, close: () => closeServer(server) };
}

test.describe('sign-in with the region’s identity provider', () => {
  let provider: Awaited<ReturnType<typeof startProvider>> | undefined;
  let gateway: RunningGateway | undefined;
  test.beforeAll(async () => {
    provider = await startProvider(() => tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }));
    gateway = await startSecondGateway({
      oidc: { authority: provider.origin, clientId: CLIENT_ID, scope: 'openid profile' },
    });
  });
  test.afterAll(async () => {
    await gateway?.close();
    await provider?.close();
  });

  test('authorization code with PKCE: back from the provider, the code leaves the address and the token stays in the tab', async ({
    page,
    context,
  }) => {
    const origin = new URL(gateway!.url).origin;
    await page.goto(`${origin}/dashboard/`);
    await expect(page.getByRole('heading', { name: 'Вход через поставщика входа региона' })).toBeVisible();
    await page.getByRole('button', { name: 'Войти', exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`^${origin}/dashboard/#/region/67$`));
    await waitForReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Смоленская область');
    await expect(page.getByRole('banner')).toContainText('Региональный оператор');

    const [authorization] = provider!.authorizations;
    expect(authorization!.params.get('response_type')).toBe('code');
    expect(authorization!.params.get('response_mode')).toBe('query');
    expect(authorization!.params.get('code_challenge_method')).toBe('S256');
    expect(authorization!.params.get('client_id')).toBe(CLIENT_ID);
    expect(authorization!.params.get('redirect_uri')).toBe(`${origin}/dashboard/`);
    expect(provider!.exchanges).toHaveLength(1);
    // Nothing of the provider's answer is left in the address, nor in the entry before it.
    expect(await page.evaluate(() => location.search)).toBe('');
    await page.goBack();
    expect(new URL(page.url()).search).toBe('');
    const stored = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_STORAGE_KEY);
    expect(stored).toContain('"token":"ey');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
  });
});
