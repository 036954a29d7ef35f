import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { readLogSettings } from './logger.js';
import { continueTrace, REQUEST_ID_HEADER, TRACEPARENT_HEADER, type TraceContext } from './trace-context.js';

/** Paths a request line names; any other path is a client's text and is logged as `(other)`. */
const KNOWN_PATHS = new Set(['/graphql', '/health', '/calendar/feed-url', '/auth/dev/token', '/web-config.json']);
/** Paths with a territory in them are logged as their template: never the code asked for, never a query string. */
const PATH_TEMPLATES: [RegExp, string][] = [
  [/^\/calendar\/region\/[^/]+\.ics$/, '/calendar/region/:code.ics'],
  [/^\/calendar\/municipality\/[^/]+\.ics$/, '/calendar/municipality/:oktmo.ics'],
];
const MAX_OPERATION_NAME_LENGTH = 100;

/**
 * The one line written when a request ends. It says what was asked and how it went, never who asked or
 * about whom: no query text, variables, body, headers, address or token.
 */
export interface RequestLine {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** The operation's name as its document gives it; only for a registered operation, whose name is ours. */
  operation?: string;
  /** The hash of a registered (persisted) operation. */
  persistedOperation?: string;
  /** Why the request was refused: a code, e.g. GATEWAY_SECRET_MISSING, RATE_LIMIT_IP, LIMIT_DEPTH. */
  reason?: string;
  slow?: true;
  /** The client went away before the answer was sent. */
  aborted?: true;
}

interface Outcome {
  level: 'error' | 'warn' | 'info';
  message: string;
  line: RequestLine;
}

/** What one request leaves in the log; services add the facts only they know while serving it. */
export class RequestLog {
  readonly trace: TraceContext;
  readonly #request: IncomingMessage;
  readonly #startedAt = performance.now();
  #operation: string | undefined;
  #persistedOperation: string | undefined;
  #reason: string | undefined;
  #outcome: Outcome | undefined;

  constructor(trace: TraceContext, request: IncomingMessage) {
    this.trace = trace;
    this.#request = request;
  }

  /** The trace id: what the response header and every line of this request carry. */
  get requestId(): string {
    return this.trace.traceId;
  }

  /** The service's logger with this request's id bound. */
  get logger(): Logger {
    return this.#request.log;
  }

  operationResolved(name: string | null | undefined): void {
    if (name) this.#operation = name.slice(0, MAX_OPERATION_NAME_LENGTH);
  }

  persistedOperation(hash: string): void {
    this.#persistedOperation = hash;
  }

  /** The first reason given is kept: later ones are usually consequences of it. */
  refuse(reason: string): void {
    this.#reason ??= reason;
  }

  /** Decided once, when the response ends, so level, message and line agree. */
  outcome(response: ServerResponse, slowRequestMs: number): Outcome {
    if (this.#outcome) return this.#outcome;
    const status = response.statusCode;
    const durationMs = Math.round(performance.now() - this.#startedAt);
    const path = knownPath(this.#request.url);
    const refused = status >= 400 && status < 500;
    const slow = durationMs > slowRequestMs;
    const aborted = !response.writableFinished;
    const line: RequestLine = {
      method: this.#request.method ?? 'GET',
      path,
      status,
      durationMs,
      // A client names its ad-hoc operations as it likes, personal data included; registered names are ours.
      ...(this.#operation && this.#persistedOperation ? { operation: this.#operation } : {}),
      ...(this.#persistedOperation ? { persistedOperation: this.#persistedOperation } : {}),
      ...(refused ? { reason: this.#reason ?? `HTTP_${status}` } : {}),
      ...(slow ? { slow: true } : {}),
      ...(aborted ? { aborted: true } : {}),
    };
    const [level, message]: [Outcome['level'], string] =
      status >= 500
        ? ['error', 'request failed']
        : refused
          ? ['warn', 'request refused']
          : slow
            ? ['warn', 'slow request']
            : ['info', aborted ? 'request aborted' : 'request completed'];
    this.#outcome = { level, message, line };
    return this.#outcome;
  }
}

/** The path of a request target, when it is one of ours; a target the URL parser refuses must not break the line. */
function knownPath(target: string | undefined): string {
  try {
    const { pathname } = new URL(target ?? '/', 'http://localhost');
    if (KNOWN_PATHS.has(pathname)) return pathname;
    return PATH_TEMPLATES.find(([pattern]) => pattern.test(pathname))?.[1] ?? '(other)';
  } catch {
    return '(other)';
  }
}

const current = new AsyncLocalStorage<RequestLog>();

/** The request being served, for code Apollo gives no context to (formatError). */
export function currentRequestLog(): RequestLog | undefined {
  return current.getStore();
}

export function withinRequest<T>(requestLog: RequestLog, work: () => T): T {
  return current.run(requestLog, work);
}

/**
 * pino-http over a service's logger: each request joins the caller's trace (or starts one), answers
 * with its id in `x-request-id`, and ends in one line whose level says how it went — error for 5xx,
 * warn for refusals and slow requests, info otherwise. Health probes are not logged.
 */
export function requestLogging(
  logger: Logger,
  slowRequestMs = readLogSettings().slowRequestMs,
): (request: IncomingMessage, response: ServerResponse) => RequestLog {
  const requestLogs = new WeakMap<IncomingMessage, RequestLog>();
  const outcomeOf = (request: IncomingMessage, response: ServerResponse): Outcome => {
    const requestLog = requestLogs.get(request);
    if (!requestLog) throw new Error('A request reached the request logger without its RequestLog');
    return requestLog.outcome(response, slowRequestMs);
  };
  const httpLogger = pinoHttp({
    logger,
    genReqId: (request) => requestLogs.get(request)?.requestId ?? continueTrace(undefined).traceId,
    customAttributeKeys: { reqId: 'requestId' },
    // Lines name the request by its id only; what the request was is said once, in its final line.
    quietReqLogger: true,
    quietResLogger: true,
    autoLogging: { ignore: (request) => request.url === '/health' },
    customLogLevel: (request, response) => outcomeOf(request, response).level,
    customSuccessMessage: (request, response) => outcomeOf(request, response).message,
    customErrorMessage: (request, response) => outcomeOf(request, response).message,
    customSuccessObject: (request, response) => outcomeOf(request, response).line,
    customErrorObject: (request, response) => outcomeOf(request, response).line,
  });
  return (request, response) => {
    const requestLog = new RequestLog(continueTrace(request.headers[TRACEPARENT_HEADER]), request);
    requestLogs.set(request, requestLog);
    response.setHeader(REQUEST_ID_HEADER, requestLog.requestId);
    httpLogger(request, response);
    return requestLog;
  };
}
