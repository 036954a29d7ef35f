import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  continueTrace,
  createLogger,
  parseTraceparent,
  readLogSettings,
  traceparentOf,
  withoutQuotedValues,
} from '../src/logging/index.js';
import { LogCapture } from '../src/testing/log-capture.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_ID = '00f067aa0ba902b7';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('traceparent', () => {
  it('reads a valid header of version 00', () => {
    expect(parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}-01`)).toEqual({
      traceId: TRACE_ID,
      parentSpanId: PARENT_ID,
      flags: '01',
    });
  });

  it('reads a later version by its first four fields', () => {
    expect(parseTraceparent(`01-${TRACE_ID}-${PARENT_ID}-00-what-comes-later`)).toEqual({
      traceId: TRACE_ID,
      parentSpanId: PARENT_ID,
      flags: '00',
    });
  });

  it.each([
    ['nothing', undefined],
    ['an empty header', ''],
    ['text', 'not-a-trace'],
    ['upper case', `00-${TRACE_ID.toUpperCase()}-${PARENT_ID}-01`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${PARENT_ID}-01`],
    ['an all-zero parent id', `00-${TRACE_ID}-${'0'.repeat(16)}-01`],
    ['version ff', `ff-${TRACE_ID}-${PARENT_ID}-01`],
    ['version 00 with more fields', `00-${TRACE_ID}-${PARENT_ID}-01-extra`],
    ['a short trace id', `00-${TRACE_ID.slice(1)}-${PARENT_ID}-01`],
    ['a repeated header', `00-${TRACE_ID}-${PARENT_ID}-01, 00-${TRACE_ID}-${PARENT_ID}-01`],
    ['two headers', [`00-${TRACE_ID}-${PARENT_ID}-01`, `00-${TRACE_ID}-${PARENT_ID}-01`]],
    ['a huge header', `00-${TRACE_ID}-${PARENT_ID}-01-${'a'.repeat(10_000)}`],
  ])('refuses %s', (_case, header) => {
    expect(parseTraceparent(header)).toBeUndefined();
  });

  it('continues a valid trace in a span of its own', () => {
    const trace = continueTrace(`00-${TRACE_ID}-${PARENT_ID}-01`);
    expect(trace).toMatchObject({ traceId: TRACE_ID, parentSpanId: PARENT_ID, flags: '01' });
    expect(trace.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(trace.spanId).not.toBe(PARENT_ID);
    expect(traceparentOf(trace)).toBe(`00-${TRACE_ID}-${trace.spanId}-01`);
  });

  it('starts a new trace instead of a malformed one', () => {
    const trace = continueTrace(`00-${TRACE_ID.toUpperCase()}-${PARENT_ID}-01`);
    expect(trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(trace.traceId).not.toBe(TRACE_ID);
    expect(trace.parentSpanId).toBeUndefined();
    expect(parseTraceparent(traceparentOf(trace))).toMatchObject({ traceId: trace.traceId });
  });
});

describe('log settings', () => {
  it('defaults to pretty lines, at warn under vitest', () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('LOG_LEVEL', '');
    vi.stubEnv('LOG_FORMAT', '');
    vi.stubEnv('SLOW_REQUEST_MS', '');
    expect(readLogSettings()).toEqual({ level: 'warn', format: 'pretty', slowRequestMs: 1000 });
  });

  it('writes JSON in production, and what LOG_FORMAT and LOG_LEVEL say', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('LOG_FORMAT', '');
    expect(readLogSettings().format).toBe('json');
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('LOG_FORMAT', 'json');
    vi.stubEnv('LOG_LEVEL', 'debug');
    vi.stubEnv('SLOW_REQUEST_MS', '250');
    expect(readLogSettings()).toEqual({ level: 'debug', format: 'json', slowRequestMs: 250 });
  });

  it('refuses a level it does not know rather than logging nothing', () => {
    vi.stubEnv('LOG_LEVEL', 'verbose');
    expect(() => readLogSettings()).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
  });
});

describe('the logger', () => {
  it('names the service in every line and blanks secret headers', () => {
    const logs = new LogCapture();
    const logger = logs.logger('registry');
    logger.info(
      {
        headers: {
          authorization: 'Bearer secret-token',
          cookie: 'session=1',
          'x-gateway-secret': 'shared',
          accept: 'json',
        },
      },
      'first',
    );
    logger.child({ requestId: TRACE_ID }).warn({ req: { headers: { authorization: 'Bearer other-token' } } }, 'second');
    expect(logs.lines).toMatchObject([
      {
        service: 'registry',
        level: 'info',
        msg: 'first',
        headers: {
          authorization: '[redacted]',
          cookie: '[redacted]',
          'x-gateway-secret': '[redacted]',
          accept: 'json',
        },
      },
      {
        service: 'registry',
        level: 'warn',
        msg: 'second',
        requestId: TRACE_ID,
        req: { headers: { authorization: '[redacted]' } },
      },
    ]);
    expect(logs.text).not.toMatch(/secret-token|other-token|session=1|shared/);
  });

  it('writes one readable line per entry in the pretty format', async () => {
    const written: string[] = [];
    const logger = createLogger({
      service: 'gateway',
      settings: { level: 'info', format: 'pretty' },
      destination: {
        write: (line: string) => {
          written.push(line);
        },
      },
    });
    logger.info({ url: 'http://127.0.0.1:4000/graphql' }, 'gateway ready');
    await vi.waitFor(() => {
      expect(written.join('')).toMatch(
        /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: \[gateway\] gateway ready \{"url":"http:\/\/127\.0\.0\.1:4000\/graphql"\}\n$/,
      );
    });
  });
});

describe('internal error messages', () => {
  it('keep the statement and blank the values it quotes', () => {
    const message = `insert into "registry"."person" ("full_name", "email") values ('Иванова Анна', 'anna@example.org') - duplicate key value violates unique constraint "person_email_unique" Key (email)=(anna@example.org) already exists.`;
    const scrubbed = withoutQuotedValues(message);
    expect(scrubbed).toBe(
      `insert into "registry"."person" ("full_name", "email") values ('…', '…') - duplicate key value violates unique constraint "person_email_unique" Key (email)=(…) already exists.`,
    );
  });

  it('blank e-mail addresses anywhere, but not package paths of a stack', () => {
    expect(withoutQuotedValues('no mentor for ivan.petrov+1@школа.рф today')).toBe('no mentor for …@… today');
    const frame = '    at run (/app/node_modules/@apollo/server/dist/esm/requestPipeline.js:12:3)';
    expect(withoutQuotedValues(frame)).toBe(frame);
  });
});
