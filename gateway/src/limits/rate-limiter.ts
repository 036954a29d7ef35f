import { inLockedTransaction } from '@mentoring/platform/database';
import { createLogger, type Logger } from '@mentoring/platform/logging';
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** Where the counters of every gateway replica live. */
export interface RateLimitStoreConfig {
  /** The PostgreSQL server and database of the subgraphs; the gateway keeps its counters in its own schema there. */
  databaseUrl: string;
  /** When set, the counters live in this Redis instead and the gateway does not connect to PostgreSQL. */
  redisUrl?: string;
}

/** The gateway's own schema in the shared database; no subgraph reads or writes it. */
export const RATE_LIMIT_SCHEMA = 'gateway';
export const RATE_LIMIT_TABLE = 'rate_limits';
/** A store slower than this counts as unreachable: a request must not wait on its counter. */
const STORE_TIMEOUT_MS = 1_000;
const WINDOW_SECONDS = 60;
const WARNING_INTERVAL_MS = 60_000;

export interface RateLimiter {
  /** Counts one request of the key; returns the seconds to wait when the key is over its limit, or 0. */
  take(key: string): Promise<number>;
}

interface RateLimitStore {
  /** A per-minute limit whose counters all replicas on this store share. */
  limiter(name: string, perMinute: number): RateLimiter;
  close(): Promise<void>;
}

function secondsToWait(refusal: RateLimiterRes): number {
  return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
}

/** Warns when the shared store fails, at most once a minute, and once more when it answers again. */
class StoreHealth {
  readonly #logger: Logger;
  #failingSince: number | undefined;
  #lastWarning = 0;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  failed(error: unknown): void {
    const now = Date.now();
    this.#failingSince ??= now;
    if (now - this.#lastWarning < WARNING_INTERVAL_MS) return;
    this.#lastWarning = now;
    const cause = error instanceof Error ? error.message : String(error);
    // SQLSTATE 57P01: the database itself is shutting down (Ctrl-C reaches it with the services): no fault to warn of.
    if ((error as { code?: unknown } | null)?.code === '57P01') {
      this.#logger.info({ cause }, 'rate-limit store is shutting down; each replica counts on its own meanwhile');
      return;
    }
    this.#logger.warn({ cause }, 'rate-limit store unreachable; each replica counts on its own until it answers');
  }

  answered(): void {
    if (this.#failingSince === undefined) return;
    this.#logger.warn(
      { unreachableForMs: Date.now() - this.#failingSince },
      'rate-limit store answers again; replicas share their counters',
    );
    this.#failingSince = undefined;
    this.#lastWarning = 0;
  }
}

/**
 * One limit over a shared store, insured by an in-memory limiter of the same
 * size: while the store does not answer, each replica still refuses a flood
 * on its own (up to N times the limit with N replicas) instead of letting
 * everything through. rate-limiter-flexible's `insuranceLimiter` does the same
 * switch silently; it is done here to log why.
 */
class InsuredRateLimiter implements RateLimiter {
  constructor(
    private readonly shared: RateLimiterAbstract,
    private readonly insurance: RateLimiterMemory,
    private readonly health: StoreHealth,
  ) {}

  async take(key: string): Promise<number> {
    // Hashed: the store then holds no addresses or user identifiers (personal data), and every key fits its column.
    const hashed = createHash('sha256').update(key).digest('base64url');
    try {
      await this.shared.consume(hashed);
      this.health.answered();
      return 0;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return secondsToWait(outcome);
      this.health.failed(outcome);
    }
    try {
      await this.insurance.consume(hashed);
      return 0;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return secondsToWait(outcome);
      throw outcome;
    }
  }
}

/**
 * The counters' schema and table, made once under an advisory lock: replicas (and the per-IP and
 * per-user limiters of one replica) starting together otherwise race on the catalog, and PostgreSQL
 * answers "relation already exists" to the loser of two CREATE TABLE IF NOT EXISTS. The table is the
 * one rate-limiter-flexible would create itself.
 */
async function createSchema(pool: pg.Pool): Promise<void> {
  await inLockedTransaction(pool, `${RATE_LIMIT_SCHEMA}.${RATE_LIMIT_TABLE}`, async (client) => {
    await client.query(`create schema if not exists "${RATE_LIMIT_SCHEMA}"`);
    await client.query(
      `create table if not exists "${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}" (key varchar(255) primary key, points integer not null default 0, expire bigint)`,
    );
  });
}

async function openPostgresStore(databaseUrl: string, health: StoreHealth): Promise<RateLimitStore> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    connectionTimeoutMillis: STORE_TIMEOUT_MS,
    query_timeout: STORE_TIMEOUT_MS,
    application_name: 'gateway-rate-limits',
  });
  // An idle connection the server drops would otherwise end the process.
  pool.on('error', (error) => {
    health.failed(error);
  });
  try {
    await createSchema(pool);
  } catch (error) {
    await pool.end();
    throw new Error(
      `The gateway keeps its rate-limit counters in PostgreSQL (DATABASE_URL) and cannot reach it: ${String(error)}`,
      { cause: error },
    );
  }
  return {
    limiter: (name, perMinute) => {
      // The table exists (createSchema), so the limiter is ready as it is constructed.
      const shared = new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        schemaName: RATE_LIMIT_SCHEMA,
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        keyPrefix: name,
        points: perMinute,
        duration: WINDOW_SECONDS,
        clearExpiredByTimeout: true,
      });
      return new InsuredRateLimiter(
        shared,
        new RateLimiterMemory({ keyPrefix: name, points: perMinute, duration: WINDOW_SECONDS }),
        health,
      );
    },
    close: () => pool.end(),
  };
}

async function openRedisStore(redisUrl: string, health: StoreHealth): Promise<RateLimitStore> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    // Fail at once while disconnected, so the insurance limiter answers instead of a queue.
    enableOfflineQueue: false,
    commandTimeout: STORE_TIMEOUT_MS,
    connectTimeout: STORE_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
  });
  redis.on('error', (error: Error) => {
    health.failed(error);
  });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(
      `The gateway keeps its rate-limit counters in Redis (REDIS_URL) and cannot reach it: ${String(error)}`,
      { cause: error },
    );
  }
  return {
    limiter: (name, perMinute) =>
      new InsuredRateLimiter(
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `gateway:${name}`,
          points: perMinute,
          duration: WINDOW_SECONDS,
          rejectIfRedisNotReady: true,
        }),
        new RateLimiterMemory({ keyPrefix: name, points: perMinute, duration: WINDOW_SECONDS }),
        health,
      ),
    close: async () => {
      await redis.quit();
    },
  };
}

export interface RateLimits<Name extends string> {
  limiters: Record<Name, RateLimiter>;
  close(): Promise<void>;
}

/**
 * Per-minute limits whose counters every gateway replica shares: PostgreSQL
 * by default, Redis when REDIS_URL is set. The store must answer at start — a
 * gateway that could not count would start unlimited; later outages fall back
 * to per-replica counting (InsuredRateLimiter).
 */
export async function openRateLimits<Name extends string>(
  config: RateLimitStoreConfig,
  perMinute: Record<Name, number>,
  logger: Logger = createLogger({ service: 'gateway' }),
): Promise<RateLimits<Name>> {
  const health = new StoreHealth(logger);
  const store = config.redisUrl
    ? await openRedisStore(config.redisUrl, health)
    : await openPostgresStore(config.databaseUrl, health);
  try {
    const entries = Object.entries<number>(perMinute).map(
      ([name, points]) => [name, store.limiter(name, points)] as const,
    );
    return { limiters: Object.fromEntries(entries) as Record<Name, RateLimiter>, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
