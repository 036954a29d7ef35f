import { readSubgraphList } from '@mentoring/platform/config';
import { freePort } from '@mentoring/platform/launcher';
import { closeServer, GATEWAY_SECRET_HEADER, listen } from '@mentoring/platform/server';
import { postGraphQL, startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { decodeProtectedHeader } from 'jose';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWER_ASSERTION_TYPE } from '../src/federating-in/viewer-assertion.js';
import { startTestGateway, subgraphProxy } from './harness.js';

let registry: TestSubgraph;
const proxies: Server[] = [];
const gateways: { close(): Promise<void> }[] = [];

async function gatewayVia(ours: boolean, seen: IncomingHttpHeaders[]) {
  const proxy = subgraphProxy(registry.url, { seen });
  proxies.push(proxy);
  const proxyUrl = await listen(proxy, await freePort(), '127.0.0.1');
  const gateway = await startTestGateway({
    gatewaySecret: registry.gatewaySecret,
    tokens: registry.tokens,
    urls: { registry: proxyUrl },
    overrides: {
      subgraphs: readSubgraphList().map((entry) => ({
        name: entry.name,
        url: entry.name === 'registry' ? proxyUrl : entry.url,
        ours: entry.name === 'registry' ? ours : entry.ours,
      })),
    },
  });
  gateways.push(gateway);
  return gateway;
}

beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  for (const proxy of proxies) await closeServer(proxy);
  await registry?.close();
});

describe('what the gateway sends to subgraphs', () => {
  it('gives our subgraph the shared secret and the client’s verified token', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const gateway = await gatewayVia(true, seen);
    const token = await registry.tokenFor('ANALYST', { regionCode: '67' });
    const response = await postGraphQL(gateway.url, '{ region(code: "67") { name } }', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.errors).toBeUndefined();
    expect(seen.at(-1)?.[GATEWAY_SECRET_HEADER]).toBe(registry.gatewaySecret);
    expect(seen.at(-1)?.authorization).toBe(`Bearer ${token}`);
  });

  it('gives a subgraph that is not ours neither the secret, the token, cookies nor client-sent identity headers: only the gateway’s viewer assertion', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const gateway = await gatewayVia(false, seen);
    const token = await registry.tokenFor('ANALYST', { regionCode: '67' });
    await postGraphQL(gateway.url, '{ region(code: "67") { name } }', {
      headers: {
        authorization: `Bearer ${token}`,
        cookie: 'session=1',
        [GATEWAY_SECRET_HEADER]: 'forged',
        'x-viewer-role': 'REGIONAL_OPERATOR',
      },
    });
    const headers = seen.at(-1) ?? {};
    expect(headers.authorization).not.toContain(token);
    expect(decodeProtectedHeader(headers.authorization?.replace(/^Bearer /, '') ?? '')).toMatchObject({
      typ: VIEWER_ASSERTION_TYPE,
    });
    expect(headers.cookie).toBeUndefined();
    expect(headers[GATEWAY_SECRET_HEADER]).toBeUndefined();
    expect(headers['x-viewer-role']).toBeUndefined();
  });
});

describe('bad tokens', () => {
  it('are refused by the gateway with 401 UNAUTHENTICATED before any subgraph is called', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const gateway = await gatewayVia(true, seen);
    const response = await postGraphQL(gateway.url, '{ region(code: "67") { name } }', {
      headers: { authorization: 'Bearer forged.token.value' },
    });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(seen).toHaveLength(0);
  });

  it('are refused by a subgraph itself, even with the gateway secret', async () => {
    const response = await registry.query('{ region(code: "67") { name } }', undefined, 'forged.token.value');
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('must be sent as "Bearer <token>"', async () => {
    const response = await postGraphQL(registry.url, '{ __typename }', {
      gatewaySecret: registry.gatewaySecret,
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(response.status).toBe(401);
  });
});
