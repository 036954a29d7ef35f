import { readTokenConfig, type TokenConfig } from '@mentoring/platform/auth';
import { envBool, envInt, envOptional, envString } from '@mentoring/platform/config';
import { type Logger } from '@mentoring/platform/logging';
import { effectiveSubgraphUrl, readSubgraphList } from '@mentoring/platform/config';
import { packagePath, REPO_ROOT, SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { join } from 'node:path';
import { DEFAULT_LIMITS, type RequestLimits } from './limits/limits.js';
import { DEFAULT_SHARED_ANSWERS, type SharedAnswersConfig } from './shared-answers/shared-answers.js';
import type { SubgraphConnections } from './subgraph-data-source.js';

/**
 * Connections per subgraph: a little above a subgraph's database pool (10), so its pool stays busy while a few
 * answers are on the wire, and bounded, so a burst of clients queues at the gateway instead of opening a socket each.
 */
export const DEFAULT_SUBGRAPH_CONNECTIONS: SubgraphConnections = { maxConnections: 16, keepAliveMs: 4_000 };

/** The issuer of viewer assertions when PUBLIC_URL is unset (a local run); with it, the public address. */
export const DEFAULT_ASSERTION_ISSUER = 'urn:mentoring-federation:gateway';

/** The pages as `npm run build -w web` leaves them. */
export const WEB_DIR = join(REPO_ROOT, 'web', 'dist');

/** Operations anonymous clients may run, reviewed in the repository. */
export const PERSISTED_OPERATIONS_DIR = packagePath(import.meta.url, 'operations');

export interface GatewaySubgraph {
  name: string;
  url: string;
  /** Only our own subgraphs receive the gateway secret. */
  ours: boolean;
}

/** What the dashboard's OIDC client (authorization code + PKCE) needs: the provider and the client registered there. */
export interface OidcSettings {
  /** The provider's issuer address, e.g. https://id.region67.ru/realms/education; discovery is read below it. */
  authority: string;
  clientId: string;
  /** Space-separated scopes, `openid profile` by default. */
  scope: string;
}

export interface GatewayConfig {
  port: number;
  host: string;
  gatewaySecret: string;
  tokens: TokenConfig;
  supergraphFile: string;
  subgraphs: GatewaySubgraph[];
  /**
   * The list a subgraph that joins while the gateway runs is read from (`npm run federate` writes it beside the
   * supergraph); schema/subgraphs.json by default.
   */
  subgraphListFile?: string;
  /** A subgraph that does not answer within this time fails its part of the plan. */
  subgraphTimeoutMs: number;
  /** The keep-alive pool to each subgraph (SUBGRAPH_MAX_CONNECTIONS); DEFAULT_SUBGRAPH_CONNECTIONS when unset. */
  subgraphConnections?: SubgraphConnections;
  /**
   * Sharing of anonymous answers to registered operations (SHARED_ANSWERS, SHARED_ANSWERS_MAX_ENTRIES,
   * SHARED_ANSWERS_MAX_BYTES, SHARED_ANSWERS_TTL_MS); DEFAULT_SHARED_ANSWERS (on) when unset.
   */
  sharedAnswers?: SharedAnswersConfig;
  maxBodyBytes: number;
  /** Larger bodies for staff roles, whose mutations carry import files (CSV/XLSX in base64). */
  maxImportBodyBytes: number;
  limits: RequestLimits;
  /** The subgraphs' PostgreSQL: rate-limit counters shared by all replicas live in its `gateway` schema. */
  databaseUrl: string;
  /** When set, the shared rate-limit counters live in this Redis instead of PostgreSQL. */
  redisUrl?: string;
  /** Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client; none by default. */
  trustedProxies: string[];
  /** Folder of the operations anonymous clients may run. */
  operationsDir: string;
  /** The built pages (`npm run build -w web`): the dashboard and the embeddable mentor list. */
  webDir: string;
  /**
   * The address people reach the gateway at (PUBLIC_URL, e.g. https://mentoring.example.ru), on which calendar
   * subscription addresses are built; when unset, the request's own Host over http (a local run).
   */
  publicUrl?: string;
  /**
   * The region's OpenID Connect provider the dashboard signs in with (OIDC_AUTHORITY, OIDC_CLIENT_ID, OIDC_SCOPE);
   * its tokens are checked against JWT_JWKS_URL. Unset: no OIDC sign-in.
   */
  oidc?: OidcSettings;
  /**
   * The RSA private key (PKCS#8 PEM, VIEWER_ASSERTION_KEY) that signs viewer assertions for other regions'
   * subgraphs; all replicas share it. Unset: a key made at start (docs/federating-in.md).
   */
  viewerAssertionKey?: string;
  /** Production hides introspection from anonymous clients and refuses development sign-in. */
  production: boolean;
  /**
   * The installation holds the demo data (DEMO_DATA, as the subgraphs load it): the pages then say that computed
   * values count synthetic registry records. Unset: false.
   */
  demoData?: boolean;
  /** Where the gateway's lines go; a logger of service `gateway` (LOG_LEVEL, LOG_FORMAT) by default. */
  logger?: Logger;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const redisUrl = envOptional('REDIS_URL');
  const viewerAssertionKey = envOptional('VIEWER_ASSERTION_KEY');
  return {
    port: envInt('PORT', 4000),
    host: envString('HOST', '127.0.0.1'),
    gatewaySecret: envString('GATEWAY_SECRET'),
    tokens: readTokenConfig(),
    supergraphFile: envString('SUPERGRAPH_FILE', SUPERGRAPH_FILE),
    subgraphs: readSubgraphList().map((entry) => ({
      name: entry.name,
      url: effectiveSubgraphUrl(entry, env),
      ours: entry.ours,
    })),
    subgraphTimeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', 10_000),
    subgraphConnections: {
      ...DEFAULT_SUBGRAPH_CONNECTIONS,
      maxConnections: envInt('SUBGRAPH_MAX_CONNECTIONS', DEFAULT_SUBGRAPH_CONNECTIONS.maxConnections),
    },
    sharedAnswers: {
      enabled: envBool('SHARED_ANSWERS', DEFAULT_SHARED_ANSWERS.enabled),
      maxEntries: envInt('SHARED_ANSWERS_MAX_ENTRIES', DEFAULT_SHARED_ANSWERS.maxEntries),
      maxBytes: envInt('SHARED_ANSWERS_MAX_BYTES', DEFAULT_SHARED_ANSWERS.maxBytes),
      ttlMs: envInt('SHARED_ANSWERS_TTL_MS', DEFAULT_SHARED_ANSWERS.ttlMs),
    },
    maxBodyBytes: envInt('MAX_BODY_BYTES', 100_000),
    maxImportBodyBytes: envInt('MAX_IMPORT_BODY_BYTES', 20_000_000),
    limits: {
      ...DEFAULT_LIMITS,
      rateLimitPerMinuteIp: envInt('RATE_LIMIT_PER_MINUTE_IP', DEFAULT_LIMITS.rateLimitPerMinuteIp),
      rateLimitPerMinuteUser: envInt('RATE_LIMIT_PER_MINUTE_USER', DEFAULT_LIMITS.rateLimitPerMinuteUser),
    },
    databaseUrl: envString('DATABASE_URL'),
    ...(redisUrl ? { redisUrl } : {}),
    ...(viewerAssertionKey ? { viewerAssertionKey } : {}),
    trustedProxies: (envOptional('TRUSTED_PROXIES') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
    operationsDir: envString('OPERATIONS_DIR', PERSISTED_OPERATIONS_DIR),
    webDir: envString('WEB_DIR', WEB_DIR),
    ...publicUrlOf(env['PUBLIC_URL']),
    ...oidcOf(env),
    production: env['NODE_ENV'] === 'production',
    demoData: envBool('DEMO_DATA', false),
  };
}

/** An environment variable as set, an empty value counting as unset (as envOptional reads them). */
const given = (env: NodeJS.ProcessEnv, name: string) => (env[name] === '' ? undefined : env[name]);

/**
 * OIDC settings checked at start: both the provider and the client or neither, the provider an http(s) address, and
 * its tokens checked against its keys (JWT_JWKS_URL) — with the shared HS256 secret no token of it would verify.
 */
function oidcOf(env: NodeJS.ProcessEnv): { oidc?: OidcSettings } {
  const authority = given(env, 'OIDC_AUTHORITY');
  const clientId = given(env, 'OIDC_CLIENT_ID');
  if (authority === undefined && clientId === undefined) return {};
  if (authority === undefined || clientId === undefined)
    throw new Error('OIDC_AUTHORITY and OIDC_CLIENT_ID are set together: the provider and the client registered there');
  let url: URL;
  try {
    url = new URL(authority);
  } catch {
    throw new Error(`OIDC_AUTHORITY «${authority}» is not an address such as https://id.example.ru/realms/education`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`OIDC_AUTHORITY «${authority}» must be an http(s) address`);
  if (given(env, 'JWT_JWKS_URL') === undefined)
    throw new Error("OIDC_AUTHORITY needs JWT_JWKS_URL, the provider's keys its tokens are checked with");
  return { oidc: { authority, clientId, scope: given(env, 'OIDC_SCOPE') ?? 'openid profile' } };
}

/** PUBLIC_URL checked at start: an http(s) origin, so a mistyped value fails the start, not a user's subscription. */
function publicUrlOf(value: string | undefined): { publicUrl?: string } {
  if (value === undefined) return {};
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL «${value}» is not an address such as https://mentoring.example.ru`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_URL «${value}» must be an http(s) address`);
  return { publicUrl: url.origin };
}
