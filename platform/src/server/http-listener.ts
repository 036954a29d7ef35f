import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { describeInternalError } from '../logging/internal-error.js';
import { requestLogging, withinRequest, type RequestLog } from '../logging/request-log.js';

export interface GraphQLListenerOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** The service's logger: every request ends in one line of it. */
  logger: Logger;
  /** Requests slower than this are logged at warn; SLOW_REQUEST_MS by default. */
  slowRequestMs?: number;
  /** Builds the per-request context (EntityManager fork, loaders, viewer); `requestLog` is what the request's line will say. */
  context: (request: IncomingMessage, requestLog: RequestLog) => Promise<TContext>;
  /** Rejects a request before any GraphQL work; returns the refusal or null to go on. */
  admit?: (request: IncomingMessage) => Refusal | null;
  /** What GET /health answers; throwing means unhealthy. */
  health: () => Promise<Record<string, unknown>>;
  /** Largest accepted body; may depend on who asks (e.g. file imports of staff roles). */
  maxBodyBytes: number | ((request: IncomingMessage) => Promise<number>);
  /** Rewrites a parsed body before execution, e.g. to expand a persisted operation's hash. */
  prepareBody?: (body: unknown, requestLog: RequestLog) => unknown;
}

export interface Refusal {
  status: number;
  code: string;
  message: string;
  /** Why, for the log only (e.g. GATEWAY_SECRET_MISSING); `code` when the two say the same. */
  reason?: string;
}

const GRAPHQL_PATH = '/graphql';

/**
 * Serves Apollo Server on Node's own http module: `/graphql` for operations,
 * `/health` for probes. Kept small and ours so body limits and admission
 * checks sit in one place for the gateway and every subgraph.
 */
export function graphqlRequestListener<TContext extends BaseContext>(
  options: GraphQLListenerOptions<TContext>,
): RequestListener {
  const startRequestLog = requestLogging(options.logger, options.slowRequestMs);
  return (request, response) => {
    const requestLog = startRequestLog(request, response);
    withinRequest(requestLog, () => handle(options, request, response, requestLog)).catch((error: unknown) => {
      requestLog.logger.error({ error: describeInternalError(error, { duringRequest: true }) }, 'unhandled error');
      if (!response.headersSent)
        sendError(response, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
      else response.end();
    });
  };
}

async function handle<TContext extends BaseContext>(
  options: GraphQLListenerOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
  requestLog: RequestLog,
): Promise<void> {
  const refuse = (refusal: Refusal) => {
    requestLog.refuse(refusal.reason ?? refusal.code);
    sendError(response, refusal);
  };
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return sendHealth(options, response);
  if (url.pathname !== GRAPHQL_PATH) {
    refuse({
      status: 404,
      code: 'NOT_FOUND',
      message: `Nothing at ${url.pathname}; GraphQL is served at ${GRAPHQL_PATH}`,
    });
    return;
  }
  const refusal = options.admit?.(request) ?? null;
  if (refusal) {
    refuse(refusal);
    return;
  }

  const maxBodyBytes =
    typeof options.maxBodyBytes === 'number' ? options.maxBodyBytes : await options.maxBodyBytes(request);
  const bodyResult = await readBody(request, maxBodyBytes);
  if (bodyResult.kind === 'too-large') {
    refuse({
      status: 413,
      code: 'BAD_REQUEST',
      reason: 'BODY_TOO_LARGE',
      message: `Request body is larger than ${maxBodyBytes} bytes`,
    });
    return;
  }
  const parsed = parseBody(request, bodyResult.text);
  if (parsed.kind === 'invalid') {
    refuse({ status: 400, code: 'BAD_REQUEST', reason: 'BODY_NOT_JSON', message: parsed.message });
    return;
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await options.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method?.toUpperCase() ?? 'GET',
      headers,
      search: url.search,
      body: options.prepareBody ? options.prepareBody(parsed.body, requestLog) : parsed.body,
    },
    context: () => options.context(request, requestLog),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  // Refusals Apollo makes itself (parse, validation, CSRF, a failed context) are named by their error code.
  if (response.statusCode >= 400) requestLog.refuse(firstErrorCode(result.body) ?? `HTTP_${response.statusCode}`);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

async function sendHealth<TContext extends BaseContext>(
  options: GraphQLListenerOptions<TContext>,
  response: ServerResponse,
) {
  try {
    const details = await options.health();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', ...details }));
  } catch {
    response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable' }));
  }
}

export function sendError(response: ServerResponse, refusal: Refusal): void {
  response
    .writeHead(refusal.status, { 'content-type': 'application/json' })
    .end(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }));
}

function firstErrorCode(body: HTTPGraphQLResponse['body']): string | undefined {
  if (body.kind !== 'complete') return undefined;
  try {
    const { errors } = JSON.parse(body.string) as { errors?: { extensions?: { code?: unknown } }[] };
    const code = errors?.[0]?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

type BodyResult = { kind: 'ok'; text: string } | { kind: 'too-large' };

async function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return { kind: 'too-large' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) return { kind: 'too-large' };
    chunks.push(buffer);
  }
  return { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') };
}

type ParsedBody = { kind: 'ok'; body: unknown } | { kind: 'invalid'; message: string };

function parseBody(request: IncomingMessage, text: string): ParsedBody {
  if (text === '') return { kind: 'ok', body: undefined };
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.includes('json')) return { kind: 'ok', body: text };
  try {
    return { kind: 'ok', body: JSON.parse(text) };
  } catch {
    return { kind: 'invalid', message: 'Request body is not valid JSON' };
  }
}
