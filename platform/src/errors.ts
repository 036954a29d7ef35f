import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { currentLogger, describeInternalError } from './logging/internal-error.js';

/** Codes a client may see; everything else is masked as an internal error. */
export const PUBLIC_ERROR_CODES = [
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  // A subgraph did not answer (down, stopped, past its timeout): the error sits on each field it owed.
  'SUBGRAPH_UNAVAILABLE',
] as const;

export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

const INTERNAL_MESSAGE = 'Внутренняя ошибка сервиса. Internal server error.';

/** Extensions that describe the server, not the request: dropped (the code is set anew). */
const INTERNAL_EXTENSIONS = new Set(['code', 'exception', 'stacktrace', 'serviceName']);

function domainError(code: PublicErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badUserInput = (message: string, details?: Record<string, unknown>) =>
  domainError('BAD_USER_INPUT', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  domainError('NOT_FOUND', message, details);
export const forbidden = (message: string, details?: Record<string, unknown>) =>
  domainError('FORBIDDEN', message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  domainError('CONFLICT', message, details);
/** Also answers HTTP 401, so clients and proxies see the request itself was refused. */
export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export function isPublicErrorCode(code: unknown): code is PublicErrorCode {
  return typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Keeps what a person needs (message, code, path) and drops the rest:
 * stack traces, SQL, URLs and bodies of upstream services stay in the log.
 * Errors without a public code become one generic internal error, and the
 * error behind it (`original`, as Apollo's formatError receives it) is logged
 * with the request's id, which the client has in its response header.
 */
export function maskError(formatted: GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (isPublicErrorCode(code)) {
    const rest = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)),
    );
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code, ...pickPlainDetails(rest) },
    };
  }
  currentLogger().error(
    {
      error: describeInternalError(original ?? formatted.message, { duringRequest: true }),
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(typeof code === 'string' ? { code } : {}),
    },
    'internal error masked',
  );
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Details are passed on only when they are plain scalars a client can use (e.g. a field name). */
function pickPlainDetails(details: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) plain[key] = value;
  }
  return plain;
}
