import {
  isOktmo,
  isRegionCode,
  isRole,
  issueToken,
  PUBLIC_VIEWER,
  REQUIRED_SCOPE,
  ROLES,
  type Role,
  type TerritoryScope,
  type TokenConfig,
  type Viewer,
} from '@mentoring/platform/auth';
import { isUuid } from '@mentoring/platform/database';
import type { RequestLog } from '@mentoring/platform/logging';
import { decodeJwt } from 'jose';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayConfig, OidcSettings } from './config.js';
import { admitted, answerRefusal, badInput, JSON_HEADERS, readJsonBody, Refusal } from './json-endpoint.js';

/** What the pages read at start: where GraphQL is, and how a person signs in here. */
export const WEB_CONFIG_PATH = '/web-config.json';
/** Development sign-in: a token for a chosen role and territory, signed with the embedded set-up's secret. */
export const DEV_TOKEN_PATH = '/auth/dev/token';

const DEV_TOKEN_LIFETIME = '8h';
const MAX_DEV_TOKEN_BODY_BYTES = 10_000;

export interface WebConfig {
  graphqlPath: '/graphql';
  signIn: {
    /** The development sign-in (POST /auth/dev/token) answers. */
    development: boolean;
    /** The region's OpenID Connect provider, when one is configured. */
    oidc: OidcSettings | null;
  };
  /** The installation holds the demo data: computed values count synthetic records, and the pages say so. */
  demoData: boolean;
}

type SignInConfig = Pick<GatewayConfig, 'production' | 'tokens' | 'oidc' | 'demoData'>;

/** Anyone may mint any role's token here, so only where nothing real is at stake: not production, our own HS256 secret. */
function developmentSecret(config: SignInConfig): Extract<TokenConfig, { kind: 'hs256' }> | undefined {
  return !config.production && config.tokens.kind === 'hs256' ? config.tokens : undefined;
}

export function webConfig(config: SignInConfig): WebConfig {
  return {
    graphqlPath: '/graphql',
    signIn: { development: developmentSecret(config) !== undefined, oidc: config.oidc ?? null },
    demoData: config.demoData ?? false,
  };
}

export function isSignInPath(url: string | undefined): boolean {
  try {
    const path = new URL(url ?? '/', 'http://localhost').pathname;
    return path === WEB_CONFIG_PATH || path === DEV_TOKEN_PATH;
  } catch {
    return false;
  }
}

const SIGN_IN_ROLES = ROLES.filter((role): role is Exclude<Role, 'PUBLIC'> => role !== 'PUBLIC');

/** The body's field of each part of a territory scope: the token's claim names. */
const SCOPE_FIELDS = {
  regionCode: { field: 'region', valid: isRegionCode, example: 'код субъекта РФ из двух цифр, e.g. "67"' },
  municipalityOktmo: { field: 'oktmo', valid: isOktmo, example: 'ОКТМО из 8 или 11 цифр, e.g. "66701000"' },
  organizationId: {
    field: 'org',
    valid: isUuid,
    example: 'идентификатор организации (UUID), e.g. "0f8fad5b-d9cb-469f-a165-70867728950e"',
  },
} satisfies Record<keyof TerritoryScope, { field: string; valid: (value: string) => boolean; example: string }>;
const FIELDS = new Set(['role', ...Object.values(SCOPE_FIELDS).map(({ field }) => field)]);

/** `{ "role": "MUNICIPAL_COORDINATOR", "region": "67", "oktmo": "66701000" }` checked as a token's claims are. */
export function devTokenRequest(body: unknown): { role: Exclude<Role, 'PUBLIC'>; scope: TerritoryScope } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badInput(
      'BODY_NOT_OBJECT',
      'Ожидается объект JSON, например {"role": "REGIONAL_OPERATOR", "region": "67"}; the body is a JSON object.',
    );
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0)
    throw badInput(
      'UNKNOWN_FIELD',
      `Лишние поля: ${unknown.slice(0, 5).join(', ')}; unknown fields — only role, region, oktmo and org are read.`,
    );
  const role = fields['role'];
  if (!isRole(role) || role === 'PUBLIC')
    throw badInput(
      'UNKNOWN_ROLE',
      `Неизвестная роль; role is one of ${SIGN_IN_ROLES.join(', ')} (PUBLIC needs no token: send no Authorization).`,
    );
  const scope: TerritoryScope = {};
  for (const [key, { field, valid, example }] of Object.entries(SCOPE_FIELDS) as [
    keyof TerritoryScope,
    (typeof SCOPE_FIELDS)[keyof TerritoryScope],
  ][]) {
    const value = fields[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !valid(value))
      throw badInput('MALFORMED_SCOPE', `Поле ${field}: ожидается ${example}; ${field} is malformed.`);
    scope[key] = key === 'organizationId' ? value.toLowerCase() : value;
  }
  const missing = REQUIRED_SCOPE[role].filter((key) => scope[key] === undefined).map((key) => SCOPE_FIELDS[key].field);
  if (missing.length > 0)
    throw badInput(
      'SCOPE_MISSING',
      `Для роли ${role} укажите ${missing.join(', ')}; role ${role} needs ${missing.join(', ')}.`,
    );
  return { role, scope };
}

export interface SignInOptions {
  config: SignInConfig;
  /** The gateway's rate limits, as for a GraphQL request; throws the gateway's RATE_LIMITED error. */
  admit: (request: IncomingMessage, viewer: Viewer, requestLog: RequestLog) => Promise<void>;
}

/**
 * GET /web-config.json for the pages, and POST /auth/dev/token, the development sign-in. The token goes back in the
 * body only — never a cookie, never an address — and the page keeps it in sessionStorage. JSON bodies only: a form
 * of another site cannot post one, and a script of another site would need a preflight that nothing here answers.
 */
export function signInHandler(options: SignInOptions) {
  const secret = developmentSecret(options.config);
  const configBody = JSON.stringify(webConfig(options.config));

  function serveWebConfig(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      throw new Refusal(405, 'METHOD_NOT_ALLOWED', 'METHOD_NOT_ALLOWED', 'Use GET.', { allow: 'GET, HEAD' });
    response
      .writeHead(200, { ...JSON_HEADERS, 'cache-control': 'no-cache' })
      .end(request.method === 'HEAD' ? undefined : configBody);
  }

  async function serveDevToken(request: IncomingMessage, response: ServerResponse, requestLog: RequestLog) {
    if (request.method !== 'POST')
      throw new Refusal(405, 'METHOD_NOT_ALLOWED', 'METHOD_NOT_ALLOWED', 'Токен выдаётся по POST; use POST.', {
        allow: 'POST',
      });
    if (!secret)
      throw new Refusal(
        403,
        'FORBIDDEN',
        'DEV_SIGN_IN_DISABLED',
        options.config.production
          ? 'Вход для разработки выключен в рабочем режиме; development sign-in is off in production (NODE_ENV=production).'
          : 'Вход для разработки выключен: токены выдаёт региональный поставщик удостоверений; development sign-in is off when tokens come from an identity provider (JWT_JWKS_URL).',
      );
    await admitted(() => options.admit(request, PUBLIC_VIEWER, requestLog));
    const body = await readJsonBody(request, MAX_DEV_TOKEN_BODY_BYTES);
    const { role, scope } = devTokenRequest(body);
    const territory = scope.organizationId ?? scope.municipalityOktmo ?? scope.regionCode ?? 'all';
    const token = await issueToken(secret, {
      subject: `dev-${role.toLowerCase()}-${territory}`,
      role,
      scope,
      expiresIn: DEV_TOKEN_LIFETIME,
    });
    const expiresAt = new Date((decodeJwt(token).exp ?? 0) * 1000).toISOString();
    response.writeHead(200, { ...JSON_HEADERS, 'cache-control': 'no-store' }).end(JSON.stringify({ token, expiresAt }));
  }

  return async (request: IncomingMessage, response: ServerResponse, requestLog: RequestLog): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === WEB_CONFIG_PATH) serveWebConfig(request, response);
      else await serveDevToken(request, response, requestLog);
    } catch (error) {
      answerRefusal(error, response, requestLog);
    }
  };
}
