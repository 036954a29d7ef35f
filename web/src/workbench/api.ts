/**
 * What the workbench asks of the gateway, always with the viewer's token in the Authorization header and never a
 * cookie: GraphQL operations, their cost before running (a dry run), and results as files (POST /export).
 */
import { answerOf, type GraphQLAnswer, type GraphQLProblem } from '../shared/graphql.ts';
import { russianPart } from '../shared/messages.ts';

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface Measure {
  actual: number;
  max: number;
}

/** The gateway's report of a dry run (`extensions.cost`). */
export interface CostReport {
  cost: number;
  budget: number;
  role: string;
  withinLimits: boolean;
  costliest: { path: string; cost: number } | null;
  depth: Measure;
  aliases: Measure;
  directives: Measure;
  refusal: { message: string; code: string; limit?: string } | null;
}

export class Gateway {
  constructor(
    readonly endpoint: string,
    readonly token: string,
    /** Called when the gateway no longer takes the token, so the page can send the viewer to sign in again. */
    readonly onUnauthenticated: (message: string) => void,
  ) {}

  async #post(url: string, body: unknown, signal?: AbortSignal): Promise<Response> {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
    if (response.status === 401) this.onUnauthenticated('Токен не принят; the token was not accepted.');
    return response;
  }

  /** Runs an operation; an answer that is not JSON becomes an error a person reads. */
  async run<T = Record<string, unknown>>(operation: Operation, signal?: AbortSignal): Promise<GraphQLAnswer<T>> {
    return answerOf<T>(await this.#post(this.endpoint, operation, signal));
  }

  /** The operation's cost against the viewer's budget, without running it; or the problems that stop it. */
  async cost(operation: Operation, signal?: AbortSignal): Promise<CostReport | readonly GraphQLProblem[]> {
    const answer = await answerOf<never>(
      await this.#post(this.endpoint, { ...operation, extensions: { dryRun: true } }, signal),
    );
    const report = (answer as { extensions?: { cost?: CostReport } }).extensions?.cost;
    return report ?? answer.errors ?? [{ message: 'Стоимость запроса не получена; no cost report.' }];
  }

  /** The result of an operation (or of a saved query, by id) as a file, with the name the gateway gives it. */
  async exportFile(
    format: 'XLSX' | 'CSV',
    what: Operation | { savedQueryId: string },
  ): Promise<{ file: Blob; name: string } | { problem: string }> {
    const response = await this.#post('/export', { format, ...what });
    if (response.ok) return { file: await response.blob(), name: fileNameOf(response, format) };
    const body = (await response.json().catch(() => ({}))) as {
      error?: { message: string };
      errors?: { message: string }[];
    };
    const messages = body.error ? [body.error.message] : (body.errors ?? []).map((error) => error.message);
    return { problem: messages.join(' ') || `Выгрузка не выполнена (ответ ${response.status}).` };
  }
}

/** The file name of Content-Disposition (its UTF-8 form first), or a plain one. */
function fileNameOf(response: Response, format: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name falls through to the plain one.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? `export.${format.toLowerCase()}`;
}

/** The gateway's problems as the pages show them: their Russian part. */
export const problemsText = (problems: readonly GraphQLProblem[] | undefined) =>
  (problems ?? []).map((problem) => russianPart(problem.message)).join(' ');

/** The variables editor's text as an object: empty is `{}`; anything but a JSON object is a problem to show. */
export function parseVariables(text: string): Record<string, unknown> | string {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  return 'Переменные — не объект JSON; the variables are not a JSON object.';
}
