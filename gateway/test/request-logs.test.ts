import { createScratchDatabase } from '@mentoring/platform/database';
import { freePort } from '@mentoring/platform/launcher';
import { parseTraceparent } from '@mentoring/platform/logging';
import { closeServer, listen } from '@mentoring/platform/server';
import { LogCapture, startTestSubgraph, type LogLine, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { operationHash } from '../src/persisted-operations.js';
import { openRateLimits, RATE_LIMIT_SCHEMA, RATE_LIMIT_TABLE } from '../src/limits/rate-limiter.js';
import { startTestGateway, subgraphProxy } from './harness.js';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const CLIENT_SPAN_ID = 'b7ad6b7169203331';

const logs = new LogCapture();
const seenByRegistry: IncomingHttpHeaders[] = [];
let registry: TestSubgraph;
let proxy: Server;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let operatorToken: string;

beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph, { logger: logs.logger('registry') });
  proxy = subgraphProxy(registry.url, { seen: seenByRegistry });
  const proxyUrl = await listen(proxy, await freePort(), '127.0.0.1');
  gateway = await startTestGateway({
    gatewaySecret: registry.gatewaySecret,
    tokens: registry.tokens,
    urls: { registry: proxyUrl },
    overrides: { logger: logs.logger('gateway') },
  });
  operatorToken = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
});

afterAll(async () => {
  await gateway?.close();
  if (proxy) await closeServer(proxy);
  await registry?.close();
});

beforeEach(() => {
  logs.clear();
  seenByRegistry.length = 0;
});

async function ask(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${operatorToken}`, ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { status: response.status, requestId: response.headers.get('x-request-id'), body };
}

/** The request lines of both services for a trace, once both are written. */
async function requestLines(traceId: string): Promise<{ gateway: LogLine; registry: LogLine }> {
  return vi.waitFor(() => {
    const ended = logs.lines.filter((line) => line.requestId === traceId && typeof line['status'] === 'number');
    const gatewayLine = ended.find((line) => line.service === 'gateway');
    const registryLine = ended.find((line) => line.service === 'registry');
    if (!gatewayLine || !registryLine) throw new Error(`request lines of ${traceId} not written yet`);
    return { gateway: gatewayLine, registry: registryLine };
  });
}

/** The trace ids the gateway sent to the registry, from the traceparent headers the registry received. */
function tracesSentToRegistry(): (string | undefined)[] {
  return seenByRegistry.map((headers) => parseTraceparent(headers['traceparent'])?.traceId);
}

describe('a request id across the federation', () => {
  it('reaches the subgraph in the trace the client started, and both services log under it', async () => {
    const answer = await ask('query RegionName { region(code: "67") { name } }', {
      traceparent: `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01`,
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.requestId).toBe(TRACE_ID);

    expect(tracesSentToRegistry()).toEqual([TRACE_ID]);
    const sent = parseTraceparent(seenByRegistry[0]?.['traceparent']);
    // The gateway's own span is the subgraph's parent, not the client's.
    expect(sent?.parentSpanId).toMatch(/^[0-9a-f]{16}$/);
    expect(sent?.parentSpanId).not.toBe(CLIENT_SPAN_ID);

    const lines = await requestLines(TRACE_ID);
    expect(lines.gateway).toMatchObject({
      level: 'info',
      msg: 'request completed',
      method: 'POST',
      status: 200,
    });
    // An ad-hoc operation's name is the client's choice, personal data possibly: not logged.
    expect(lines.gateway).not.toHaveProperty('operation');
    expect(lines.registry).toMatchObject({
      level: 'info',
      msg: 'request completed',
      method: 'POST',
      status: 200,
    });
    expect(lines.registry).not.toHaveProperty('operation');
  });

  it.each([
    ['not a traceparent', 'hello; drop table people'],
    ['upper-case ids', `00-${TRACE_ID.toUpperCase()}-${CLIENT_SPAN_ID.toUpperCase()}-01`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${CLIENT_SPAN_ID}-01`],
    ['version ff', `ff-${TRACE_ID}-${CLIENT_SPAN_ID}-01`],
  ])('starts a fresh trace when the traceparent is malformed: %s', async (_case, malformed) => {
    const answer = await ask('query RegionName { region(code: "67") { name } }', { traceparent: malformed });
    expect(answer.body.errors).toBeUndefined();
    const fresh = answer.requestId ?? '';
    expect(fresh).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh).not.toBe(TRACE_ID);
    expect(fresh).not.toMatch(/^0+$/);
    expect(tracesSentToRegistry()).toEqual([fresh]);
    await requestLines(fresh);
    expect(logs.text).not.toContain(malformed);
    expect(logs.text.toLowerCase()).not.toContain(TRACE_ID);
  });

  it('starts a trace for a client that sends none', async () => {
    const answer = await ask('{ region(code: "67") { name } }');
    expect(answer.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(tracesSentToRegistry()).toEqual([answer.requestId]);
    await requestLines(answer.requestId ?? '');
  });
});

describe('personal data and the log', () => {
  it('keeps names, e-mails, phones, the query and the token out of every line of a read of personal data', async () => {
    const query =
      'query StaffContacts { people(first: 50) { edges { node { id fullName lastName firstName middleName email phone birthDate } } } }';
    const answer = await ask(query, { traceparent: `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01` });
    expect(answer.body.errors).toBeUndefined();
    const people = (
      answer.body.data as { people: { edges: { node: Record<string, string | null> }[] } }
    ).people.edges.map((edge) => edge.node);
    const personal = people.flatMap((person) => [
      person['fullName'],
      person['lastName'],
      person['firstName'],
      person['middleName'],
      person['email'],
      person['phone'],
      person['birthDate'],
    ]);
    const values = personal.filter((value): value is string => typeof value === 'string' && value.length > 2);
    // The read must have returned contacts, or the test would prove nothing.
    expect(people.filter((person) => person['email'] || person['phone']).length).toBeGreaterThan(0);

    const lines = await requestLines(TRACE_ID);
    expect(lines.gateway).toMatchObject({ status: 200 });
    const written = logs.text;
    for (const value of values) expect(written).not.toContain(value);
    expect(written).not.toContain(operatorToken);
    expect(written).not.toContain(operatorToken.split('.')[1]);
    expect(written).not.toContain('fullName');
    expect(written).not.toContain('people(first');
  });
});

describe('refusals in the log', () => {
  it('logs an anonymous ad-hoc query at warn with its reason', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01` },
      body: JSON.stringify({ query: 'query Everyone { people(first: 5) { edges { node { id } } } }' }),
    });
    expect(response.status).toBe(403);
    const line = await vi.waitFor(() => {
      const found = logs.lines.find(
        (entry) => entry.service === 'gateway' && entry.requestId === TRACE_ID && entry.msg === 'request refused',
      );
      if (!found) throw new Error('not logged yet');
      return found;
    });
    expect(line).toMatchObject({
      level: 'warn',
      status: 403,
      reason: 'OPERATION_NOT_REGISTERED',
    });
    expect(line).not.toHaveProperty('operation');
  });

  it('logs a registered operation by its hash', async () => {
    const registered = readFileSync(join(PERSISTED_OPERATIONS_DIR, 'municipalities-of-region.graphql'), 'utf8');
    const hash = operationHash(parse(registered));
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01` },
      body: JSON.stringify({
        variables: { regionCode: '67' },
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      }),
    });
    expect(response.status).toBe(200);
    const lines = await requestLines(TRACE_ID);
    expect(lines.gateway).toMatchObject({
      level: 'info',
      operation: 'MunicipalitiesOfRegion',
      persistedOperation: hash,
    });
    expect(logs.text).not.toContain('regionCode');
  });

  it('logs a hash that names no registered operation as refused', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect(response.status).toBe(400);
    const line = await vi.waitFor(() => {
      const found = logs.lines.find((entry) => entry.service === 'gateway' && entry.requestId === TRACE_ID);
      if (!found) throw new Error('not logged yet');
      return found;
    });
    expect(line).toMatchObject({ level: 'warn', msg: 'request refused', reason: 'PERSISTED_OPERATION_UNKNOWN' });
    expect(line['persistedOperation']).toBeUndefined();
  });

  it('logs the subgraph refusing a caller without the gateway secret', async () => {
    const response = await fetch(registry.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${operatorToken}`,
        traceparent: `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01`,
      },
      body: JSON.stringify({ query: '{ people(first: 1) { edges { node { email } } } }' }),
    });
    expect(response.status).toBe(403);
    const line = await vi.waitFor(() => {
      const found = logs.lines.find((entry) => entry.service === 'registry' && entry.requestId === TRACE_ID);
      if (!found) throw new Error('not logged yet');
      return found;
    });
    expect(line).toMatchObject({
      level: 'warn',
      msg: 'request refused',
      status: 403,
      reason: 'GATEWAY_SECRET_MISSING',
    });
    expect(logs.text).not.toContain(operatorToken);
  });
});

describe('the rate-limit store in the log', () => {
  it('warns when the shared counters stop answering, once, and each replica counts on its own', async () => {
    const database = await createScratchDatabase(inject('postgresAdminUrl'), 'test_rate_log');
    const limits = await openRateLimits({ databaseUrl: database.url }, { ip: 2 }, logs.logger('gateway'));
    try {
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      await admin.query(`DROP TABLE "${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}"`);
      await admin.end();
      const waits = [];
      for (let index = 0; index < 3; index += 1) waits.push(await limits.limiters.ip.take('203.0.113.7'));
      expect(waits.map((wait) => wait > 0)).toEqual([false, false, true]);
      const warnings = logs.lines.filter((line) => line.level === 'warn');
      expect(warnings).toMatchObject([
        {
          service: 'gateway',
          msg: expect.stringMatching(/^rate-limit store unreachable/),
          cause: expect.stringContaining('rate_limits'),
        },
      ]);
      expect(logs.text).not.toContain('203.0.113.7');
    } finally {
      await limits.close();
      await database.drop();
    }
  });
});

describe('calendar feed requests', () => {
  it('are logged by their path template, never with the territory asked for or the token in the address', async () => {
    await fetch(new URL(`/calendar/region/67.ics?token=${operatorToken}`, gateway.url));
    await fetch(new URL('/calendar/municipality/66701000.ics', gateway.url), { method: 'POST' });
    const paths = await vi.waitFor(() => {
      const ended = logs.lines.filter((line) => line.service === 'gateway' && typeof line['status'] === 'number');
      if (ended.length < 2) throw new Error('feed request lines not written yet');
      return ended.map((line) => line['path']);
    });
    expect(paths).toEqual(['/calendar/region/:code.ics', '/calendar/municipality/:oktmo.ics']);
    const written = JSON.stringify(logs.lines);
    expect(written).not.toContain(operatorToken);
    expect(written).not.toContain('66701000');
  });
});
