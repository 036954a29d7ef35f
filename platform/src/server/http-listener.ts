import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

export interface GraphQLListenerOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** Builds the per-request context (EntityManager fork, loaders, viewer). */
  context: (request: IncomingMessage) => Promise<TContext>;
  /** Rejects a request before any GraphQL work; returns the refusal or null to go on. */
  admit?: (request: IncomingMessage) => Refusal | null;
  /** What GET /health answers; throwing means unhealthy. */
  health: () => Promise<Record<string, unknown>>;
  /** Largest accepted body; may depend on who asks (e.g. file imports of staff roles). */
  maxBodyBytes: number | ((request: IncomingMessage) => Promise<number>);
  /** Rewrites a parsed body before execution, e.g. to expand a persisted operation's hash. */
  prepareBody?: (body: unknown) => unknown;
}

export interface Refusal {
  status: number;
  code: string;
  message: string;
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
  return (request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      console.error('[http] unhandled error', error);
      if (!response.headersSent) sendError(response, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
      else response.end();
    });
  };
}

async function handle<TContext extends BaseContext>(
  options: GraphQLListenerOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return sendHealth(options, response);
  if (url.pathname !== GRAPHQL_PATH) {
    return sendError(response, { status: 404, code: 'NOT_FOUND', message: `Nothing at ${url.pathname}; GraphQL is served at ${GRAPHQL_PATH}` });
  }
  const refusal = options.admit?.(request) ?? null;
  if (refusal) return sendError(response, refusal);

  const maxBodyBytes = typeof options.maxBodyBytes === 'number' ? options.maxBodyBytes : await options.maxBodyBytes(request);
  const bodyResult = await readBody(request, maxBodyBytes);
  if (bodyResult.kind === 'too-large') {
    return sendError(response, { status: 413, code: 'BAD_REQUEST', message: `Request body is larger than ${maxBodyBytes} bytes` });
  }
  const parsed = parseBody(request, bodyResult.text);
  if (parsed.kind === 'invalid') return sendError(response, { status: 400, code: 'BAD_REQUEST', message: parsed.message });

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await options.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method?.toUpperCase() ?? 'GET',
      headers,
      search: url.search,
      body: options.prepareBody ? options.prepareBody(parsed.body) : parsed.body,
    },
    context: () => options.context(request),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

async function sendHealth<TContext extends BaseContext>(options: GraphQLListenerOptions<TContext>, response: ServerResponse) {
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
