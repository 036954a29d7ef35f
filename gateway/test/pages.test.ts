import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { parse } from 'graphql';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { operationHash } from '../src/persisted-operations.js';
import { startTestGateway } from './harness.js';

/**
 * The pages as the gateway serves them, over real HTTP: static files of a small built `dist` and the headers of each
 * kind of page (dashboard, iframe page of the embed, embed script), and CORS on /graphql open for anonymous registered
 * queries only. No answer of the gateway sets a cookie: every request here goes through `send`, which checks that.
 */
let registry: TestSubgraph;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let withOidc: Awaited<ReturnType<typeof startTestGateway>>;
let unbuilt: Awaited<ReturnType<typeof startTestGateway>>;
let workDir: string;

const PORTAL = 'https://portal.example.ru';
const OIDC_AUTHORITY = 'https://id.region67.example.ru/realms/education';
const ASSET = '/assets/dashboard-Bx1y2z3w.js';
const ENTRY_HTML = '<!doctype html><html lang="ru"><body><mentoring-app></mentoring-app></body></html>\n';
const EMBED_SCRIPT = 'export class MentorList extends HTMLElement {}\n';
const WORKBENCH_HTML = '<!doctype html><html lang="ru"><body><div id="workbench"></div></body></html>\n';
const WORKBENCH_WORKER = '/workbench/assets/editor.worker-Ab12Cd34.js';
const EMBED_PAGE = '<!doctype html><html lang="ru"><body><mentor-list></mentor-list></body></html>\n';

const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const EMBED_PAGE_CSP = DASHBOARD_CSP.replace("frame-ancestors 'none'", 'frame-ancestors *');

/** A mutation registered beside the real operations: anonymous clients may send it, but no other origin may read it. */
const REGISTERED_MUTATION = `mutation RenameMunicipality($id: UUID!, $version: Int!) {
  updateMunicipality(id: $id, version: $version, patch: { name: "Переименованное (тест)" }) { id }
}
`;
const registeredSelector = readFileSync(join(PERSISTED_OPERATIONS_DIR, 'municipalities-of-region.graphql'), 'utf8');
const selectorHash = operationHash(parse(registeredSelector));

/** Every request of these tests: the answer must not set a cookie, whatever it is. */
async function send(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  expect(response.headers.get('set-cookie'), `${init.method ?? 'GET'} ${url}`).toBeNull();
  return response;
}

/** Node's response headers as a fetch Headers, for the same checks. */
const headersOf = (message: IncomingMessage) =>
  new Headers(
    Object.entries(message.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
    ),
  );

const at = (running: { url: string }, path: string) => new URL(path, running.url).toString();

function writeBuiltPages(folder: string): void {
  for (const [path, text] of [
    ['dashboard/index.html', ENTRY_HTML],
    [ASSET.slice(1), 'console.log("dashboard");\n'],
    ['embed/mentor-list.js', EMBED_SCRIPT],
    ['embed/mentor-list.html', EMBED_PAGE],
    ['workbench/index.html', WORKBENCH_HTML],
    [WORKBENCH_WORKER.slice(1), 'self.onmessage = () => {};\n'],
  ] as const) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'gateway-pages-'));
  const webDir = join(workDir, 'dist');
  writeBuiltPages(webDir);
  const operationsDir = join(workDir, 'operations');
  mkdirSync(operationsDir);
  for (const file of readdirSync(PERSISTED_OPERATIONS_DIR).filter((name) => name.endsWith('.graphql')))
    copyFileSync(join(PERSISTED_OPERATIONS_DIR, file), join(operationsDir, file));
  writeFileSync(join(operationsDir, 'test-rename-municipality.graphql'), REGISTERED_MUTATION);

  registry = await startTestSubgraph(registrySubgraph);
  gateway = await startTestGateway({
    gatewaySecret: registry.gatewaySecret,
    tokens: registry.tokens,
    urls: { registry: registry.url },
    overrides: { webDir, operationsDir },
  });
  withOidc = await startTestGateway({
    gatewaySecret: registry.gatewaySecret,
    tokens: {
      kind: 'jwks',
      jwksUrl: 'https://id.region67.example.ru/realms/education/protocol/openid-connect/certs',
      issuer: OIDC_AUTHORITY,
      audience: 'mentoring-federation',
    },
    urls: { registry: registry.url },
    overrides: {
      webDir,
      oidc: { authority: OIDC_AUTHORITY, clientId: 'mentoring-dashboard', scope: 'openid profile' },
    },
  });
  unbuilt = await startTestGateway({
    gatewaySecret: registry.gatewaySecret,
    urls: { registry: registry.url },
    overrides: { webDir: join(workDir, 'not-built') },
  });
});
afterAll(async () => {
  await unbuilt?.close();
  await withOidc?.close();
  await gateway?.close();
  await registry?.close();
  rmSync(workDir, { recursive: true, force: true });
});

function expectDashboardHeaders(response: Response, csp = DASHBOARD_CSP): void {
  expect(response.headers.get('content-security-policy')).toBe(csp);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
}

describe('the analysts’ workbench', () => {
  it('is served as the dashboard is, its editor’s workers from our own origin and cached for good', async () => {
    const redirect = await send(at(gateway, '/workbench'));
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/workbench/');
    const page = await send(at(gateway, '/workbench/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(WORKBENCH_HTML);
    expectDashboardHeaders(page);
    const worker = await send(at(gateway, WORKBENCH_WORKER));
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectDashboardHeaders(worker);
  });

  it('is where a browser opening the GraphQL address goes: no landing page loading Sandbox from a foreign CDN', async () => {
    const browser = await send(at(gateway, '/graphql'), { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/workbench/');
    // A GraphQL client's GET stays a GraphQL request.
    const client = await send(at(gateway, '/graphql?query=%7B__typename%7D'), {
      headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(client.status).toBe(200);
    expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the dashboard', () => {
  it('is where / and /dashboard lead', async () => {
    for (const path of ['/', '/dashboard']) {
      const response = await send(at(gateway, path));
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/dashboard/');
      expectDashboardHeaders(response);
    }
  });

  it('is served with a policy that allows our own scripts only, no framing and no Referer', async () => {
    const response = await send(at(gateway, '/dashboard/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(ENTRY_HTML);
    expectDashboardHeaders(response);
  });

  it('has hashed assets cached for good, with the same headers', async () => {
    const response = await send(at(gateway, ASSET));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectDashboardHeaders(response);
    const head = await send(at(gateway, ASSET), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expectDashboardHeaders(head);
  });

  it('revalidates by ETag', async () => {
    const first = await send(at(gateway, '/dashboard/'));
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates from its cache; fetch() would add Cache-Control: no-cache, which asks for the file anew.
    const again = await new Promise<IncomingMessage>((resolve, reject) => {
      httpGet(at(gateway, '/dashboard/'), { headers: { 'if-none-match': etag! } }, resolve).on('error', reject);
    });
    again.resume();
    expect(again.statusCode).toBe(304);
    expect(again.headers['set-cookie']).toBeUndefined();
    expectDashboardHeaders(new Response(null, { status: 200, headers: headersOf(again) }));
  });

  it('lets the sign-in reach the identity provider when one is configured', async () => {
    const response = await send(at(withOidc, '/dashboard/'));
    expect(response.status).toBe(200);
    expectDashboardHeaders(
      response,
      DASHBOARD_CSP.replace("connect-src 'self'", "connect-src 'self' https://id.region67.example.ru"),
    );
  });

  it('answers unknown files with a 404 text, and other methods with 405', async () => {
    for (const path of ['/dashboard/nothing.js', '/assets/missing-123.js', '/embed/other.js']) {
      const response = await send(at(gateway, path));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Страница не найдена; page not found.\n');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const posted = await send(at(gateway, '/dashboard/'), { method: 'POST', body: 'x' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET, HEAD');
    expectDashboardHeaders(posted);
  });

  it('survives hostile ranges and files gone since start: 416 or 404, and the next request is served', async () => {
    for (const range of ['bytes=100-50', 'bytes=2-1', 'bytes=999999-', 'bytes=-5', 'bytes=a-b']) {
      const response = await send(at(gateway, '/embed/mentor-list.js'), { headers: { range } });
      expect([200, 206, 416], range).toContain(response.status);
      await response.arrayBuffer();
    }
    const suffix = await send(at(gateway, '/embed/mentor-list.js'), { headers: { range: 'bytes=-5' } });
    expect(suffix.status).toBe(206);
    expect(await suffix.text()).toBe(EMBED_SCRIPT.slice(-5));
    const webDir = gateway.config.webDir;
    const gone = join(webDir, 'embed', 'gone.css');
    writeFileSync(gone, 'body {}\n');
    rmSync(gone);
    expect((await send(at(gateway, '/embed/gone.css'))).status).toBe(404);
    // A file written after start is served as it now is (a rebuild under a running gateway).
    writeFileSync(join(webDir, 'embed', 'late.css'), 'body {}\n');
    expect((await send(at(gateway, '/embed/late.css'))).status).toBe(200);
    expect((await send(at(gateway, '/embed/mentor-list.js'))).status).toBe(200);
  });

  it('judges the kind of page on the decoded path, as the file is found by it', async () => {
    const response = await send(at(gateway, '/embed/mentor-list.htm%6c'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(EMBED_PAGE_CSP);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('says how to build the pages when they are not built', async () => {
    const response = await send(at(unbuilt, '/dashboard/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/npm run build -w web/);
    expectDashboardHeaders(response);
  });
});

describe('the embeddable mentor list', () => {
  it('serves its script to any origin, as a module script from another origin is fetched', async () => {
    const response = await send(at(gateway, '/embed/mentor-list.js'), { headers: { origin: PORTAL } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(await response.text()).toBe(EMBED_SCRIPT);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // One address portals link to: revalidated, not cached for good.
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('has an iframe page any portal may frame', async () => {
    const response = await send(at(gateway, '/embed/mentor-list.html?region=67&municipality=66701000'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(EMBED_PAGE);
    expect(response.headers.get('content-security-policy')).toBe(EMBED_PAGE_CSP);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('CORS on /graphql', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    send(at(gateway, '/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PORTAL, ...headers },
      body: JSON.stringify(body),
    });
  const byHash = (hash: string, variables: Record<string, unknown>) => ({
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  });

  it('answers the preflight of a JSON POST from any origin, without Authorization among the allowed headers', async () => {
    const response = await send(at(gateway, '/graphql'), {
      method: 'OPTIONS',
      headers: {
        origin: PORTAL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('opens the answer of an anonymous registered query sent by its hash', async () => {
    const response = await post(byHash(selectorHash, { regionCode: '67' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await response.json()) as { data?: { municipalities: { totalCount: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.municipalities.totalCount).toBeGreaterThan(0);
  });

  it('opens the answer of an anonymous registered query sent as its text', async () => {
    const response = await post({ query: registeredSelector, variables: { regionCode: '67' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('keeps closed an anonymous ad-hoc query', async () => {
    const response = await post({ query: '{ municipalities(first: 1) { totalCount } }' });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps closed an unknown hash', async () => {
    const response = await post(byHash('0'.repeat(64), {}));
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps closed a request with Authorization, even of a registered query', async () => {
    const analyst = await registry.tokenFor('ANALYST');
    const response = await post(byHash(selectorHash, { regionCode: '67' }), { authorization: `Bearer ${analyst}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps closed a mutation, ad-hoc or registered', async () => {
    const adHoc = await post({
      query:
        'mutation { updateMunicipality(id: "0f8fad5b-d9cb-469f-a165-70867728950e", version: 1, patch: {}) { id } }',
    });
    expect(adHoc.status).toBe(403);
    expect(adHoc.headers.get('access-control-allow-origin')).toBeNull();
    const registered = await post(
      byHash(operationHash(parse(REGISTERED_MUTATION)), { id: '0f8fad5b-d9cb-469f-a165-70867728950e', version: 1 }),
    );
    const body = (await registered.json()) as { errors?: { extensions?: { code?: string } }[] };
    // Registered, so the limits let it through; the subgraph's access rule refuses it, and no other origin reads that.
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(registered.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('leaves CSRF prevention on: a simple cross-site GET of a query is refused', async () => {
    const response = await send(
      `${at(gateway, '/graphql')}?query=${encodeURIComponent(registeredSelector)}&variables=${encodeURIComponent('{"regionCode":"67"}')}`,
      { headers: { origin: PORTAL } },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
