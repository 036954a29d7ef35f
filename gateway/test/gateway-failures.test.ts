import { freePort } from '@mentoring/platform/launcher';
import { closeServer, listen } from '@mentoring/platform/server';
import { postGraphQL, startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../src/gateway.js';
import { startTestGateway, subgraphProxy } from './harness.js';

let registry: TestSubgraph;
let proxy: Server;
let gateway: RunningGateway;
let slowUrl: string;
let unreachableUrl: string;
let token: string;

beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  proxy = subgraphProxy(registry.url, { delayMs: 1_500 });
  slowUrl = await listen(proxy, await freePort(), '127.0.0.1');
  unreachableUrl = `http://127.0.0.1:${await freePort()}/graphql`;
  gateway = await startTestGateway({
    gatewaySecret: registry.gatewaySecret,
    tokens: registry.tokens,
    urls: { registry: slowUrl, mentoring: unreachableUrl, planning: unreachableUrl, analytics: unreachableUrl },
    overrides: { subgraphTimeoutMs: 300 },
  });
  token = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
});

afterAll(async () => {
  await gateway?.close();
  if (proxy) await closeServer(proxy);
  await registry?.close();
});

describe('the gateway when subgraphs fail', () => {
  it('gives up on a subgraph that does not answer in time, without its URL', async () => {
    const response = await postGraphQL(gateway.url, '{ region(code: "67") { name } }', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.errors?.[0]).toMatchObject({ path: ['region'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    expect(response.errors?.[0]?.message).toMatch(/registry.*timeout/);
    expect(JSON.stringify(response)).not.toMatch(/127\.0\.0\.1|http:|abort/i);
  });

  it('hides the address and error of a subgraph that cannot be reached', async () => {
    const response = await postGraphQL(gateway.url, '{ mentoringForms { name } }', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.errors?.[0]).toMatchObject({
      path: ['mentoringForms'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
    expect(JSON.stringify(response)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed/i);
  });

  it('says of a mutation that got no answer that whether it was applied is unknown', async () => {
    const mutation =
      'mutation { completePair(id: "0f8fad5b-d9cb-469f-a165-70867728950e", version: 1, endedOn: "2024-05-31") { id } }';
    const response = await postGraphQL(gateway.url, mutation, { headers: { authorization: `Bearer ${token}` } });
    expect(response.errors?.[0]).toMatchObject({
      path: ['completePair'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
    expect(response.errors?.[0]?.message).toMatch(
      /mentoring service is unavailable, so whether the change was made is unknown/,
    );
  });

  it('answers a calendar feed whose planning service is down with 503, Retry-After and plain words, not GraphQL', async () => {
    const response = await fetch(new URL('/calendar/region/67.ics', gateway.url));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/Календарь временно недоступен/);
    expect(text).not.toMatch(/planning|subgraph|127\.0\.0\.1/i);
  });
});
