import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { issueToken } from '@mentoring/platform/auth';
import { createScratchDatabase, type ScratchDatabase } from '@mentoring/platform/database';
import { freePort } from '@mentoring/platform/launcher';
import { LogCapture, testTokenConfig } from '@mentoring/platform/testing';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { trustedProxyList } from '../src/limits/client-address.js';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';
import { openRateLimits, RATE_LIMIT_SCHEMA, RATE_LIMIT_TABLE } from '../src/limits/rate-limiter.js';
import { startTestGateway } from './harness.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const tokens = testTokenConfig();
const INTROSPECTION = '{ __schema { queryType { name } } }';

type TestGateway = Awaited<ReturnType<typeof startTestGateway>>;
const started: TestGateway[] = [];
let database: ScratchDatabase;

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 500,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}
const redisIsThere = await redisAnswers(REDIS_URL);

/** A gateway replica: `perMinute` requests per user and per address, counters in `store`. */
async function replica(
  store: { databaseUrl: string; redisUrl?: string },
  perMinute: { ip?: number; user?: number },
  trustedProxies: string[] = [],
  logs?: LogCapture,
) {
  const gateway = await startTestGateway({
    gatewaySecret: randomBytes(16).toString('hex'),
    tokens,
    urls: {},
    databaseUrl: store.databaseUrl,
    overrides: {
      ...(store.redisUrl ? { redisUrl: store.redisUrl } : {}),
      trustedProxies,
      ...(logs ? { logger: logs.logger('gateway') } : {}),
      limits: {
        ...DEFAULT_LIMITS,
        rateLimitPerMinuteIp: perMinute.ip ?? 1_000,
        rateLimitPerMinuteUser: perMinute.user ?? 1_000,
      },
    },
  });
  started.push(gateway);
  return gateway;
}

/** A user no earlier run has counted, so counters left in Redis for a minute do not matter. */
const freshUser = () =>
  issueToken(tokens, { subject: `rate-${randomBytes(6).toString('hex')}`, role: 'ANALYST', scope: {} });

const asUser = (gateway: TestGateway, token: string) =>
  fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

const anonymous = (gateway: TestGateway, forwardedFor?: string) =>
  fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ query: INTROSPECTION }),
  });

/** A documentation address (RFC 5737) no other test uses. */
const someAddress = () => `198.51.100.${1 + ((randomBytes(1)[0] ?? 0) % 254)}`;

// Each test counts in a database of its own: the replicas of one test share it, other tests' counts stay out.
beforeEach(async () => {
  database = await createScratchDatabase(inject('postgresAdminUrl'), 'test_rate_limits');
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((gateway) => gateway.close()));
  vi.restoreAllMocks();
  await database.drop();
});

describe('rate limits shared by gateway replicas', () => {
  it('opens on an empty database when replicas, each with two limiters, start at the same moment (the counters table is made once)', async () => {
    const opened = await Promise.all(
      Array.from({ length: 20 }, () => openRateLimits({ databaseUrl: database.url }, { ip: 600, user: 300 })),
    );
    await Promise.all(opened.map((limits) => limits.close()));
    expect(opened).toHaveLength(20);
  });

  it('counts a user across two replicas on one PostgreSQL: the limit passes, the next request on either is 429 with Retry-After', async () => {
    const first = await replica({ databaseUrl: database.url }, { user: 4 });
    const second = await replica({ databaseUrl: database.url }, { user: 4 });
    const token = await freshUser();
    const statuses = [];
    for (const gateway of [first, second, first, second]) statuses.push((await asUser(gateway, token)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const refused = await asUser(first, token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await asUser(second, token)).status).toBe(429);
  });

  it('counts an address across two replicas on one PostgreSQL', async () => {
    const first = await replica({ databaseUrl: database.url }, { ip: 3 });
    const second = await replica({ databaseUrl: database.url }, { ip: 3 });
    const statuses = [];
    for (const gateway of [first, second, first, second]) statuses.push((await anonymous(gateway)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('counts a user across two replicas on one Redis when REDIS_URL is set', async (context) => {
    if (!redisIsThere) context.skip(`no Redis answers at ${REDIS_URL}; CI and the development machine have one`);
    // A database the gateway cannot reach: with REDIS_URL the counters must not need it.
    const unreachable = `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`;
    const first = await replica({ databaseUrl: unreachable, redisUrl: REDIS_URL }, { user: 3 });
    const second = await replica({ databaseUrl: unreachable, redisUrl: REDIS_URL }, { user: 3 });
    const token = await freshUser();
    const statuses = [];
    for (const gateway of [first, second, first, second]) statuses.push((await asUser(gateway, token)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('keeps refusing a flood on each replica when the shared store fails, and says so in the log', async () => {
    const logs = new LogCapture();
    const gateway = await replica({ databaseUrl: database.url }, { ip: 2 }, [], logs);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`DROP TABLE "${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}"`);
    await admin.end();
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await anonymous(gateway)).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: expect.stringMatching(/rate-limit store unreachable/) }),
    );
  });

  it('does not start without a store to count in', async () => {
    const unreachable = `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`;
    await expect(replica({ databaseUrl: unreachable }, {})).rejects.toThrow(/rate-limit counters in PostgreSQL/);
  });
});

describe('the client address behind proxies', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: a forged header does not reset the budget', async () => {
    const gateway = await replica({ databaseUrl: database.url }, { ip: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await anonymous(gateway, someAddress())).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('counts the right-most address that is not a trusted proxy when the peer is one', async () => {
    const gateway = await replica({ databaseUrl: database.url }, { ip: 2 }, ['127.0.0.0/8', '::1']);
    const client = '203.0.113.7';
    expect((await anonymous(gateway, client)).status).toBe(200);
    // What the client wrote left of its own address is not believed; a trusted hop right of it is skipped.
    expect((await anonymous(gateway, `${someAddress()}, ${client}, 127.0.0.2`)).status).toBe(200);
    expect((await anonymous(gateway, `${someAddress()}, ${client}`)).status).toBe(429);
    expect((await anonymous(gateway, '203.0.113.8')).status).toBe(200);
  });

  it('refuses a TRUSTED_PROXIES entry that is not an address or a CIDR range', () => {
    expect(() => trustedProxyList(['10.0.0.0/8', '::1', '2001:db8::/32'])).not.toThrow();
    for (const wrong of ['10.0.0.0/33', 'proxy.local', '10.0.0.1/', '10.0.0.0/8/1']) {
      expect(() => trustedProxyList([wrong])).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
