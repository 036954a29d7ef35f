import type { RequestLog } from '@mentoring/platform/logging';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the gateway's endpoints beside GraphQL (sign-in, export) refuse with: a status, a code and a message. */
type RefusalCode =
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN'
  | 'METHOD_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'SUBGRAPH_UNAVAILABLE';

export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: RefusalCode,
    /** Why, for the request log. */
    readonly reason: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badInput = (reason: string, message: string) => new Refusal(400, 'BAD_USER_INPUT', reason, message);

export const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
};

export const isJson = (request: IncomingMessage) =>
  /^application\/json\s*(?:;|$)/i.test(request.headers['content-type'] ?? '');

/** A JSON body of at most `maxBytes`: past it the refusal closes the connection instead of reading the rest. */
export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (!isJson(request))
    throw new Refusal(
      415,
      'BAD_USER_INPUT',
      'BODY_NOT_JSON',
      'Отправьте JSON с заголовком Content-Type: application/json; send a JSON body.',
    );
  const text = await readBody(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw badInput('BODY_NOT_JSON', 'Тело запроса — не JSON; the body is not valid JSON.');
  }
}

function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new Refusal(
      400,
      'BAD_USER_INPUT',
      'BODY_TOO_LARGE',
      `Тело запроса больше ${maxBytes} байт; the body is over ${maxBytes} bytes.`,
      { connection: 'close' },
    );
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', collect);
      reject(tooLarge());
    };
    request.on('data', collect);
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

/** The gateway's rate limits (`admit`) throw its GraphQL error RATE_LIMITED; an endpoint answers it as a 429. */
export async function admitted(admit: () => Promise<void>): Promise<void> {
  try {
    await admit();
  } catch (error) {
    const seconds = error instanceof GraphQLError ? error.extensions['retryAfterSeconds'] : undefined;
    if (typeof seconds !== 'number') throw error;
    throw new Refusal(
      429,
      'RATE_LIMITED',
      'RATE_LIMITED',
      `Слишком много запросов; too many requests, retry in ${seconds} s.`,
      { 'retry-after': String(seconds) },
    );
  }
}

/** Answers a refusal as `{ error: { code, message } }` with its status and logs its reason; rethrows anything else. */
export function answerRefusal(error: unknown, response: ServerResponse, requestLog: RequestLog): void {
  if (!(error instanceof Refusal)) throw error;
  requestLog.refuse(error.reason);
  response
    .writeHead(error.status, { ...JSON_HEADERS, 'cache-control': 'no-store', ...error.headers })
    .end(JSON.stringify({ error: { code: error.code, message: error.message } }));
}
