import { ApolloServer } from '@apollo/server';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { maskError } from '../src/errors.js';
import { freePort } from '../src/launcher/index.js';
import { operationNamePlugin, type RequestLogContext } from '../src/logging/index.js';
import { closeServer, graphqlRequestListener, listen, requireGatewaySecret } from '../src/server/index.js';
import { LogCapture, postGraphQL, type LogLine } from '../src/testing/index.js';

const SECRET = 'shared-secret-of-the-test';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PERSON_EMAIL = 'anna.ivanova@example.org';

const logs = new LogCapture();
let server: Server;
let url: string;

beforeAll(async () => {
  const apollo = new ApolloServer<RequestLogContext>({
    typeDefs: 'type Query { hello: String, broken: String, slow: String }',
    resolvers: {
      Query: {
        hello: () => 'hello',
        broken: () => {
          throw new Error(
            `insert into "person" ("email") values ('${PERSON_EMAIL}') - duplicate key value violates unique constraint`,
          );
        },
        slow: async () => {
          await sleep(300);
          return 'late';
        },
      },
    },
    formatError: (formatted, error) => maskError(formatted, error),
    plugins: [operationNamePlugin()],
  });
  await apollo.start();
  server = createServer(
    graphqlRequestListener({
      server: apollo,
      logger: logs.logger('test-service'),
      slowRequestMs: 250,
      admit: requireGatewaySecret(SECRET),
      context: (_request, requestLog) => Promise.resolve({ requestLog }),
      health: () => Promise.resolve({}),
      maxBodyBytes: 1_000,
    }),
  );
  url = await listen(server, await freePort(), '127.0.0.1');
  return async () => {
    await closeServer(server);
    await apollo.stop();
  };
});

beforeEach(() => {
  logs.clear();
});

afterAll(() => {
  logs.clear();
});

/** The line a request ended in, once it is written (after the response has left). */
async function requestLine(requestId: string): Promise<LogLine> {
  return vi.waitFor(() => {
    const line = logs.lines.find((entry) => entry.requestId === requestId && typeof entry['status'] === 'number');
    if (!line) throw new Error(`no request line for ${requestId} yet`);
    return line;
  });
}

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gateway-secret': SECRET, ...headers },
    body,
  });
  const requestId = response.headers.get('x-request-id');
  if (!requestId) throw new Error('the response has no x-request-id');
  return { status: response.status, requestId };
}

describe('one line per request', () => {
  it('says method, status and duration under the trace id the caller sent, and not the name a client gave its ad-hoc operation', async () => {
    const { requestId } = await post(JSON.stringify({ query: 'query Greeting { hello }' }), {
      traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01`,
    });
    expect(requestId).toBe(TRACE_ID);
    const line = await requestLine(TRACE_ID);
    expect(line).toMatchObject({
      service: 'test-service',
      level: 'info',
      msg: 'request completed',
      method: 'POST',
      path: '/graphql',
      status: 200,
    });
    expect(line).not.toHaveProperty('operation');
    expect(line['durationMs']).toEqual(expect.any(Number));
    expect(logs.text).not.toContain('hello }');
  });

  it('starts a trace of its own for a request without a valid traceparent', async () => {
    const malformed = `00-${TRACE_ID.toUpperCase()}-00f067aa0ba902b7-01`;
    const { requestId } = await post(JSON.stringify({ query: '{ hello }' }), { traceparent: malformed });
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(requestId).not.toBe(TRACE_ID);
    await requestLine(requestId);
    expect(logs.text).not.toContain(malformed);
    expect(logs.text.toLowerCase()).not.toContain(TRACE_ID);
  });

  it('warns of a slow request', async () => {
    const { requestId } = await post(JSON.stringify({ query: '{ slow }' }));
    expect(await requestLine(requestId)).toMatchObject({ level: 'warn', msg: 'slow request', slow: true, status: 200 });
  });

  it('does not log health probes', async () => {
    expect((await fetch(new URL('/health', url))).status).toBe(200);
    await sleep(50);
    expect(logs.lines).toEqual([]);
  });
});

describe('refused requests', () => {
  it.each([
    [
      'no gateway secret',
      () =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ hello }"}' }),
      403,
      'GATEWAY_SECRET_MISSING',
    ],
    [
      'a wrong gateway secret',
      () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-gateway-secret': 'guess' },
          body: '{}',
        }),
      403,
      'GATEWAY_SECRET_WRONG',
    ],
    [
      'a body over the limit',
      () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-gateway-secret': SECRET },
          body: 'x'.repeat(2_000),
        }),
      413,
      'BODY_TOO_LARGE',
    ],
    [
      'a body that is not JSON',
      () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-gateway-secret': SECRET },
          body: '{',
        }),
      400,
      'BODY_NOT_JSON',
    ],
    [
      'a query that does not parse',
      () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-gateway-secret': SECRET },
          body: '{"query":"{"}',
        }),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
  ])('are logged at warn with the reason: %s', async (_case, send, status, reason) => {
    const response = await send();
    expect(response.status).toBe(status);
    const line = await requestLine(response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({ level: 'warn', msg: 'request refused', status, reason });
  });

  it('names no path a client made up', async () => {
    const response = await fetch(new URL(`/people/${PERSON_EMAIL}`, url), { method: 'POST' });
    expect(response.status).toBe(404);
    const line = await requestLine(response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({ level: 'warn', path: '(other)', reason: 'NOT_FOUND' });
    expect(logs.text).not.toContain(PERSON_EMAIL);
  });
});

describe('hostile request targets', () => {
  it('are answered and logged without their text, and the service goes on', async () => {
    const target = 'http://[not-a-host/graphql?email=anna';
    const { port } = new URL(url);
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      });
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.on('close', () => {
        resolve(answer.split('\r\n')[0] ?? '');
      });
      socket.on('error', reject);
    });
    expect(statusLine).toMatch(/^HTTP\/1\.1 5\d\d /);
    await vi.waitFor(() => {
      expect(logs.lines.find((line) => typeof line['status'] === 'number')).toMatchObject({ path: '(other)' });
    });
    expect(logs.text).not.toContain('not-a-host');
    expect((await postGraphQL(url, '{ hello }', { gatewaySecret: SECRET })).data).toEqual({ hello: 'hello' });
  });
});

describe('masked errors', () => {
  it('log the internal error with its stack under the request id, without the values it quotes', async () => {
    const response = await postGraphQL(url, 'query Broken { broken }', {
      gatewaySecret: SECRET,
      headers: { traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` },
    });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    await requestLine(TRACE_ID);
    const masked = logs.lines.find((line) => line.msg === 'internal error masked');
    expect(masked).toMatchObject({
      level: 'error',
      requestId: TRACE_ID,
      path: ['broken'],
      error: { type: 'Error', message: expect.stringContaining(`values ('…')`) },
    });
    expect((masked?.['error'] as { stack?: string } | undefined)?.stack).toMatch(/request-logging\.test\.ts/);
    expect(logs.text).not.toContain(PERSON_EMAIL);
  });
});
