import { GraphQLError } from 'graphql';
import { inspect } from 'node:util';
import { createLogger, type Logger } from './logger.js';
import { currentRequestLog } from './request-log.js';

/** What an operator needs of an internal error: its kind, message, stack and driver code. */
export interface InternalErrorDescription {
  type: string;
  message: string;
  stack?: string;
  /** e.g. a PostgreSQL SQLSTATE. */
  code?: string;
}

/**
 * Messages of database errors quote the statement with its values and the conflicting key
 * (`Key (email)=(…)`): personal data. Literals, keys and e-mail addresses are blanked; identifiers,
 * which are ours, stay.
 */
export function withoutQuotedValues(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/(Key \([^)]*\))=\([^)]*\)/g, '$1=(…)')
    .replace(/[\p{L}\p{N}_.+-]+@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu, '…@…');
}

/** The innermost error a GraphQL error wraps: the one with the stack that says where it went wrong. */
function innermost(error: unknown): unknown {
  let inner = error;
  while (inner instanceof GraphQLError && inner.originalError) inner = inner.originalError;
  return inner;
}

/**
 * Describes an internal error for the log. While a request is served, its
 * values (a driver's statement, a parser's input) may be personal data, so
 * quoted text is blanked; an error outside requests (start, stop) carries
 * none, and is logged whole so the cause can be read.
 */
export function describeInternalError(error: unknown, options: { duringRequest: boolean }): InternalErrorDescription {
  const clean = options.duringRequest ? withoutQuotedValues : (text: string) => text;
  const inner = innermost(error);
  if (!(inner instanceof Error)) {
    return {
      type: typeof inner,
      message: clean(typeof inner === 'string' ? inner : inspect(inner, { depth: 3, breakLength: Infinity })),
    };
  }
  const code = (inner as { code?: unknown }).code;
  return {
    type: inner.name,
    message: clean(inner.message),
    ...(inner.stack ? { stack: clean(inner.stack) } : {}),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

let outsideRequests: Logger | undefined;

/** The logger of the request being served, or of the process when there is none. */
export function currentLogger(): Logger {
  return currentRequestLog()?.logger ?? (outsideRequests ??= createLogger({ service: 'platform' }));
}
