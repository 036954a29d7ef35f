import { LogCapture, postGraphQL, startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readGatewayConfig } from '../src/config.js';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';
import { startTestGateway } from './harness.js';

/**
 * Sign-in support for the pages over real HTTP: GET /web-config.json tells the pages how people sign in here, and
 * POST /auth/dev/token is the development sign-in — on only outside production with the embedded HS256 secret, its
 * input checked as a token's claims are, rate limited and logged like GraphQL requests, never a cookie.
 */
type TestGateway = Awaited<ReturnType<typeof startTestGateway>>;
let registry: TestSubgraph;
let development: TestGateway;
let production: TestGateway;
let identityProvider: TestGateway;
let limited: TestGateway;
const logs = new LogCapture();

const OIDC = {
  authority: 'https://id.region67.example.ru/realms/education',
  clientId: 'mentoring-dashboard',
  scope: 'openid profile email',
};
const SCHOOL = '0F8FAD5B-D9CB-469F-A165-70867728950E';

beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  const common = { gatewaySecret: registry.gatewaySecret, urls: { registry: registry.url } };
  development = await startTestGateway({
    ...common,
    tokens: registry.tokens,
    overrides: { logger: logs.logger('gateway'), demoData: true },
  });
  production = await startTestGateway({ ...common, tokens: registry.tokens, overrides: { production: true } });
  identityProvider = await startTestGateway({
    ...common,
    tokens: {
      kind: 'jwks',
      jwksUrl: `${OIDC.authority}/protocol/openid-connect/certs`,
      issuer: OIDC.authority,
      audience: 'mentoring-federation',
    },
    overrides: { oidc: OIDC },
  });
  limited = await startTestGateway({
    ...common,
    tokens: registry.tokens,
    overrides: { limits: { ...DEFAULT_LIMITS, rateLimitPerMinuteIp: 2 } },
  });
});
afterAll(async () => {
  for (const gateway of [limited, identityProvider, production, development]) await gateway?.close();
  await registry?.close();
});

async function send(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, init);
  expect(response.headers.get('set-cookie')).toBeNull();
  return response;
}
const at = (gateway: TestGateway, path: string) => new URL(path, gateway.url).toString();

interface Refusal {
  error: { code: string; message: string };
}
async function askToken(gateway: TestGateway, body: unknown, headers: Record<string, string> = {}) {
  const response = await send(at(gateway, '/auth/dev/token'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { response, body: (await response.json()) as { token: string; expiresAt: string } & Refusal };
}

describe('GET /web-config.json', () => {
  const configOf = async (gateway: TestGateway) => {
    const response = await send(at(gateway, '/web-config.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    return response.json();
  };

  it('offers the development sign-in in the embedded default, and says it holds the demo data', async () => {
    expect(await configOf(development)).toEqual({
      graphqlPath: '/graphql',
      signIn: { development: true, oidc: null },
      demoData: true,
    });
  });

  it('offers no development sign-in in production', async () => {
    expect(await configOf(production)).toEqual({
      graphqlPath: '/graphql',
      signIn: { development: false, oidc: null },
      demoData: false,
    });
  });

  it("offers the region's identity provider when it is configured", async () => {
    expect(await configOf(identityProvider)).toEqual({
      graphqlPath: '/graphql',
      signIn: { development: false, oidc: OIDC },
      demoData: false,
    });
  });

  it('answers GET and HEAD only', async () => {
    const response = await send(at(development, '/web-config.json'), { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('POST /auth/dev/token', () => {
  it('issues an 8-hour token of the role and territory asked for, not to be cached', async () => {
    const before = Date.now();
    const { response, body } = await askToken(development, {
      role: 'MUNICIPAL_COORDINATOR',
      region: '67',
      oktmo: '66701000',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const claims = decodeJwt(body.token);
    expect(claims).toMatchObject({
      role: 'MUNICIPAL_COORDINATOR',
      region: '67',
      oktmo: '66701000',
      sub: 'dev-municipal_coordinator-66701000',
      iss: 'mentoring-federation',
      aud: 'mentoring-federation',
    });
    expect(claims.org).toBeUndefined();
    expect(Date.parse(body.expiresAt)).toBe((claims.exp ?? 0) * 1000);
    const hours = (Date.parse(body.expiresAt) - before) / 3_600_000;
    expect(hours).toBeGreaterThan(7.99);
    expect(hours).toBeLessThanOrEqual(8.01);
  });

  it('names a school by its id and an analyst without territory', async () => {
    const school = await askToken(development, {
      role: 'SCHOOL_CURATOR',
      region: '67',
      oktmo: '66701000',
      org: SCHOOL,
    });
    expect(school.response.status).toBe(200);
    expect(decodeJwt(school.body.token)).toMatchObject({
      org: SCHOOL.toLowerCase(),
      sub: `dev-school_curator-${SCHOOL.toLowerCase()}`,
    });
    const analyst = await askToken(development, { role: 'ANALYST' });
    expect(analyst.response.status).toBe(200);
    expect(decodeJwt(analyst.body.token).sub).toBe('dev-analyst-all');
  });

  it('gives a token /graphql accepts as that viewer', async () => {
    const { body } = await askToken(development, { role: 'REGIONAL_OPERATOR', region: '67' });
    const answer = await postGraphQL<{ region: { name: string } | null }>(
      development.url,
      '{ region(code: "67") { name } }',
      { headers: { authorization: `Bearer ${body.token}` } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.region?.name).toMatch(/Смоленская/);
    // The same query without the token is an ad-hoc anonymous one, which the gateway refuses.
    expect((await postGraphQL(development.url, '{ region(code: "67") { name } }')).status).toBe(403);
  });

  it('is refused in production and where tokens come from an identity provider', async () => {
    for (const [gateway, wording] of [
      [production, /production/],
      [identityProvider, /JWT_JWKS_URL/],
    ] as const) {
      const { response, body } = await askToken(gateway, { role: 'REGIONAL_OPERATOR', region: '67' });
      expect(response.status).toBe(403);
      expect(body.error.code).toBe('FORBIDDEN');
      expect(body.error.message).toMatch(wording);
    }
  });

  it.each([
    ['an unknown role', { role: 'SUPERUSER', region: '67' }, /роль/],
    ['PUBLIC', { role: 'PUBLIC' }, /PUBLIC needs no token/],
    ['a role without the scope it needs', { role: 'MUNICIPAL_COORDINATOR', region: '67' }, /needs oktmo/],
    ['a school role without its school', { role: 'SCHOOL_HEAD', region: '67', oktmo: '66701000' }, /needs org/],
    ['a region of three digits', { role: 'REGIONAL_OPERATOR', region: '670' }, /region/],
    ['a region as a number', { role: 'REGIONAL_OPERATOR', region: 67 }, /region/],
    ['an ОКТМО of nine digits', { role: 'MUNICIPAL_COORDINATOR', region: '67', oktmo: '667010001' }, /oktmo/],
    ['an org that is no UUID', { role: 'SCHOOL_HEAD', region: '67', oktmo: '66701000', org: 'school-1' }, /org/],
    ['an unknown field', { role: 'ANALYST', subject: 'admin' }, /subject/],
    ['an array', [{ role: 'ANALYST' }], /JSON object/],
    ['a body that is not JSON', '{"role": ', /not valid JSON/],
    ['a body over 10 kB', { role: 'ANALYST', padding: 'x'.repeat(10_000) }, /10000 bytes/],
  ])('refuses %s with BAD_USER_INPUT', async (_case, body, wording) => {
    const refused = await askToken(development, body);
    expect(refused.response.status).toBe(400);
    expect(refused.body.error.code).toBe('BAD_USER_INPUT');
    expect(refused.body.error.message).toMatch(wording);
  });

  it('takes JSON only, so no form of another site can post it', async () => {
    const form = await send(at(development, '/auth/dev/token'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'role=REGIONAL_OPERATOR&region=67',
    });
    expect(form.status).toBe(415);
    expect(((await form.json()) as Refusal).error.code).toBe('BAD_USER_INPUT');
    const plain = await send(at(development, '/auth/dev/token'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ role: 'REGIONAL_OPERATOR', region: '67' }),
    });
    expect(plain.status).toBe(415);
  });

  it('answers POST only, and no preflight opens it to another origin', async () => {
    const get = await send(at(development, '/auth/dev/token'));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const preflight = await send(at(development, '/auth/dev/token'), {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example.ru',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is rate limited like GraphQL requests', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof askToken>> | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      last = await askToken(limited, { role: 'ANALYST' });
      statuses.push(last.response.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(last?.body.error.code).toBe('RATE_LIMITED');
    expect(Number(last?.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('leaves a request line naming the path and the reason of a refusal, never the token', async () => {
    logs.clear();
    const issued = await askToken(development, { role: 'REGIONAL_OPERATOR', region: '67' });
    await askToken(development, { role: 'SUPERUSER' });
    const lines = logs.lines.filter((line) => line['path'] === '/auth/dev/token');
    expect(lines.map((line) => [line['status'], line['reason']])).toEqual([
      [200, undefined],
      [400, 'UNKNOWN_ROLE'],
    ]);
    expect(logs.text).not.toContain(issued.body.token);
  });
});

describe('demo data at start', () => {
  beforeEach(() => {
    vi.stubEnv('GATEWAY_SECRET', 'x'.repeat(32));
    vi.stubEnv('DATABASE_URL', 'postgres://127.0.0.1/none');
    vi.stubEnv('JWT_SECRET', 'y'.repeat(32));
    return () => vi.unstubAllEnvs();
  });

  it('is read from DEMO_DATA, as the subgraphs read it, and is off when unset', () => {
    vi.stubEnv('DEMO_DATA', undefined);
    expect(readGatewayConfig().demoData).toBe(false);
    vi.stubEnv('DEMO_DATA', 'true');
    expect(readGatewayConfig().demoData).toBe(true);
    vi.stubEnv('DEMO_DATA', 'false');
    expect(readGatewayConfig().demoData).toBe(false);
  });
});

describe('OIDC settings at start', () => {
  beforeEach(() => {
    vi.stubEnv('GATEWAY_SECRET', 'x'.repeat(32));
    vi.stubEnv('DATABASE_URL', 'postgres://127.0.0.1/none');
    vi.stubEnv('JWT_SECRET', 'y'.repeat(32));
    return () => vi.unstubAllEnvs();
  });
  const jwks = { JWT_JWKS_URL: `${OIDC.authority}/protocol/openid-connect/certs` };

  it('are absent unless set, and scope defaults to openid profile', () => {
    expect(readGatewayConfig({}).oidc).toBeUndefined();
    expect(readGatewayConfig({ ...jwks, OIDC_AUTHORITY: OIDC.authority, OIDC_CLIENT_ID: OIDC.clientId }).oidc).toEqual({
      authority: OIDC.authority,
      clientId: OIDC.clientId,
      scope: 'openid profile',
    });
    expect(
      readGatewayConfig({
        ...jwks,
        OIDC_AUTHORITY: OIDC.authority,
        OIDC_CLIENT_ID: OIDC.clientId,
        OIDC_SCOPE: OIDC.scope,
      }).oidc?.scope,
    ).toBe(OIDC.scope);
  });

  it('stop the start when incomplete, not an address, or without the provider keys', () => {
    expect(() => readGatewayConfig({ ...jwks, OIDC_AUTHORITY: OIDC.authority })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => readGatewayConfig({ ...jwks, OIDC_CLIENT_ID: OIDC.clientId })).toThrow(/OIDC_AUTHORITY/);
    expect(() =>
      readGatewayConfig({ ...jwks, OIDC_AUTHORITY: 'id.region67.ru', OIDC_CLIENT_ID: OIDC.clientId }),
    ).toThrow(/not an address/);
    expect(() => readGatewayConfig({ OIDC_AUTHORITY: OIDC.authority, OIDC_CLIENT_ID: OIDC.clientId })).toThrow(
      /JWT_JWKS_URL/,
    );
  });
});
