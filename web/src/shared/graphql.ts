/** What the gateway answers: data as far as it got, and an error per missing path. */
export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: readonly GraphQLProblem[];
}

export interface GraphQLProblem {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface RegisteredOperation {
  readonly name: string;
  readonly hash: string;
}

/**
 * Runs a registered operation by its hash. No cookies are sent or accepted (`credentials: 'omit'`); a signed-in
 * page passes its token in the Authorization header, never in a URL.
 */
export async function runRegistered<T>(
  endpoint: string | URL,
  operation: RegisteredOperation,
  variables: Record<string, unknown>,
  options: { token?: string; signal?: AbortSignal } = {},
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    credentials: 'omit',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } } }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return answerOf<T>(response);
}

/** The gateway's GraphQL answer; one that is not JSON (a proxy's page, an outage) becomes an error a person reads. */
export async function answerOf<T>(response: Response): Promise<GraphQLAnswer<T>> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json'))
    return { errors: [{ message: `Сервер ответил ${response.status}; the gateway answered ${response.status}.` }] };
  return (await response.json()) as GraphQLAnswer<T>;
}
