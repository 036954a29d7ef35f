import { runRegistered, type GraphQLProblem, type RegisteredOperation } from '../shared/graphql.ts';
import { russianPart } from '../shared/messages.ts';

/** The gateway no longer accepts the viewer's token (expired or withdrawn): the page returns to the sign-in. */
export class SessionExpiredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SessionExpiredError';
  }
}

/** What one view asked for: the data as far as it arrived, and the problems of the paths that did not. */
export interface Answer<T> {
  data: T | null;
  problems: GraphQLProblem[];
}

export interface Connection {
  endpoint: string;
  token: string;
  signal?: AbortSignal;
}

/**
 * Runs a registered operation with the viewer's token. A refused token (UNAUTHENTICATED) ends the session; an answer
 * without data at all is a failure of the whole request; anything else — data with errors on some paths — is an
 * answer the view renders as far as it goes.
 */
export async function runOperation<T>(
  connection: Connection,
  operation: RegisteredOperation,
  variables: Record<string, unknown>,
): Promise<Answer<T>> {
  const answer = await runRegistered<T>(connection.endpoint, operation, variables, {
    token: connection.token,
    ...(connection.signal ? { signal: connection.signal } : {}),
  });
  const problems = [...(answer.errors ?? [])];
  const unauthenticated = problems.find((problem) => problem.extensions?.code === 'UNAUTHENTICATED');
  if (unauthenticated || /^Сервер ответил 401/.test(problems[0]?.message ?? ''))
    throw new SessionExpiredError(unauthenticated?.message ?? 'Токен не принят; the token was not accepted.');
  if (answer.data === undefined || answer.data === null) {
    const message = problems.map((problem) => russianPart(problem.message)).join(' ');
    throw new Error(message || 'Сервер не вернул данных; the gateway answered no data.');
  }
  return { data: answer.data, problems };
}
