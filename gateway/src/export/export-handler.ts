import type { ApolloServer } from '@apollo/server';
import { ROLE_NAMES, type Viewer } from '@mentoring/platform/auth';
import { isUuid } from '@mentoring/platform/database';
import type { RequestLog } from '@mentoring/platform/logging';
import { DEMO_DATA_NOTICE, writeCsv, writeWorkbook, type TableCell, type Worksheet } from '@mentoring/platform/tabular';
import { getOperationAST, GraphQLError, OperationTypeNode, parse, type GraphQLFormattedError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gatewayContext, type GatewayContext } from '../context.js';
import { admitted, answerRefusal, badInput, JSON_HEADERS, readJsonBody, Refusal } from '../json-endpoint.js';
import { flattenAnswer } from './flatten.js';

/** POST a query (or a saved query's id) here to get its result as a CSV or XLSX file. */
export const EXPORT_PATH = '/export';

export const isExportPath = (url: string | undefined): boolean => {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname === EXPORT_PATH;
  } catch {
    return false;
  }
};

export type ExportFormat = 'CSV' | 'XLSX';

const FILE_TYPES: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What the body names: the operation to run, its variables and the file's format. */
export interface ExportRequest {
  format: ExportFormat;
  query?: string;
  operationName?: string;
  variables: Record<string, unknown>;
  savedQueryId?: string;
}

const BODY_FIELDS = new Set(['format', 'query', 'operationName', 'variables', 'savedQueryId']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deeper than any input type of the schema nests: the file's «Запрос» sheet writes the variables out. */
const MAX_VARIABLES_DEPTH = 32;

/** How deep a JSON value nests, counted without recursion (a hostile body may nest thousands of levels). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_VARIABLES_DEPTH) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** `{ "format": "XLSX", "query": "…", "variables": {…} }` or `{ "format": "CSV", "savedQueryId": "<uuid>" }`. */
export function exportRequestOf(body: unknown): ExportRequest {
  if (!isRecord(body))
    throw badInput(
      'BODY_NOT_OBJECT',
      'Ожидается объект JSON, например {"format": "XLSX", "query": "{ regions { totalCount } }"}; the body is a JSON object.',
    );
  const unknownField = Object.keys(body).find((key) => !BODY_FIELDS.has(key));
  if (unknownField !== undefined)
    throw badInput('FIELD_UNKNOWN', `Неизвестное поле «${unknownField.slice(0, 100)}»; unexpected field.`);
  const format = typeof body['format'] === 'string' ? body['format'].toUpperCase() : undefined;
  if (format !== 'CSV' && format !== 'XLSX')
    throw badInput('FORMAT_UNKNOWN', 'Укажите format: "XLSX" или "CSV"; format must be XLSX or CSV.');
  const { query, operationName, variables, savedQueryId } = body;
  if ((query === undefined) === (savedQueryId === undefined))
    throw badInput(
      'QUERY_MISSING',
      'Укажите ровно одно: query (текст запроса) или savedQueryId (сохранённый запрос); give exactly one of query and savedQueryId.',
    );
  if (query !== undefined && (typeof query !== 'string' || query.trim() === ''))
    throw badInput('QUERY_NOT_TEXT', 'query — текст запроса GraphQL; query must be GraphQL text.');
  if (savedQueryId !== undefined && (typeof savedQueryId !== 'string' || !isUuid(savedQueryId)))
    throw badInput('SAVED_QUERY_ID_INVALID', 'savedQueryId — идентификатор (UUID); savedQueryId must be a UUID.');
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    throw badInput('OPERATION_NAME_INVALID', 'operationName — строка; operationName must be a string.');
  if (variables !== undefined && variables !== null && !isRecord(variables))
    throw badInput('VARIABLES_NOT_OBJECT', 'variables — объект JSON; variables must be a JSON object.');
  if (depthOf(variables) > MAX_VARIABLES_DEPTH)
    throw badInput(
      'VARIABLES_TOO_DEEP',
      `Переменные вложены глубже ${MAX_VARIABLES_DEPTH} уровней; variables nest deeper than ${MAX_VARIABLES_DEPTH} levels.`,
    );
  return {
    format,
    ...(typeof query === 'string' ? { query } : {}),
    ...(typeof savedQueryId === 'string' ? { savedQueryId } : {}),
    ...(typeof operationName === 'string' ? { operationName } : {}),
    variables: isRecord(variables) ? variables : {},
  };
}

export interface ExportOptions {
  apollo: ApolloServer<GatewayContext>;
  viewerOf: (request: IncomingMessage) => Promise<Viewer>;
  admit: (request: IncomingMessage, viewer: Viewer, requestLog: RequestLog) => Promise<void>;
  maxBodyBytes: number;
  /** Parser limit of the GraphQL requests, so the export parses no more than a request would. */
  maxTokens: number;
  /** The installation holds the demo data: the file says so. */
  demoData: boolean;
}

/** What an export runs: the text, its operation's name, its variables, and the name of the file. */
interface Runnable {
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
  /** A saved query's name; null for a query sent as text, whose file is named after its operation. */
  title: string | null;
}

interface SavedQueryAnswer {
  savedQuery: { name: string; query: string; operationName: string | null; variables: string } | null;
}

const SAVED_QUERY = `query SavedQueryForExport($id: UUID!) {
  savedQuery(id: $id) { name query operationName variables }
}`;

/** Runs an operation as the viewer through the gateway's pipeline. */
type Execute = (
  query: string,
  variables: Record<string, unknown>,
  operationName?: string,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[]; status?: number }>;

/** A saved query as the viewer may read it (the analytics subgraph decides), its variables overridden by the body's. */
async function savedRunnable(execute: Execute, id: string, variables: Record<string, unknown>): Promise<Runnable> {
  const { data, errors } = await execute(SAVED_QUERY, { id });
  const saved = (data as SavedQueryAnswer | null | undefined)?.savedQuery;
  if (!saved) {
    const problem = errors?.find((error) => error.extensions?.['code'] !== 'NOT_FOUND');
    if (problem?.extensions?.['code'] === 'FORBIDDEN')
      throw new Refusal(403, 'FORBIDDEN', 'SAVED_QUERY_FORBIDDEN', problem.message);
    if (problem)
      throw new Refusal(
        503,
        'SUBGRAPH_UNAVAILABLE',
        'SAVED_QUERY_UNAVAILABLE',
        'Сохранённые запросы сейчас недоступны, повторите позже; saved queries are unavailable, retry later.',
      );
    throw new Refusal(404, 'NOT_FOUND', 'SAVED_QUERY_NOT_FOUND', 'Сохранённый запрос не найден; no such saved query.');
  }
  const savedVariables: unknown = JSON.parse(saved.variables);
  return {
    query: saved.query,
    ...(saved.operationName ? { operationName: saved.operationName } : {}),
    variables: { ...(isRecord(savedVariables) ? savedVariables : {}), ...variables },
    title: saved.name,
  };
}

/** Only a query is exported: a mutation would change data by a download. */
function checkIsQuery(runnable: Runnable, maxTokens: number): string | undefined {
  let operation;
  try {
    operation = getOperationAST(parse(runnable.query, { maxTokens }), runnable.operationName);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw badInput('QUERY_NOT_PARSED', `Синтаксическая ошибка в запросе; the query does not parse: ${error.message}`);
  }
  if (!operation)
    throw badInput(
      'OPERATION_UNKNOWN',
      'Не найдена операция: укажите operationName, если их в документе несколько; name the operation to run.',
    );
  if (operation.operation !== OperationTypeNode.QUERY)
    throw badInput(
      'NOT_A_QUERY',
      'Выгружается только запрос (query), не мутация (изменение данных); only a query can be exported.',
    );
  return operation.name?.value;
}

/** A file name of the title and the day, without characters file systems refuse. */
function fileNameOf(title: string, format: ExportFormat, today: string): string {
  const base =
    title
      // eslint-disable-next-line no-control-regex -- controls (and bidirectional overrides: «gpj.exe») are what a file name may not hold.
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100) || 'export';
  return `${base} ${today}.${format.toLowerCase()}`;
}

const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const territoryOf = (viewer: Viewer) =>
  [viewer.scope.regionCode, viewer.scope.municipalityOktmo, viewer.scope.organizationId].filter(Boolean).join(' · ') ||
  'вся Россия';

/** The «Запрос» sheet: what was run, by whom and when, so a file read later says where its numbers come from. */
function aboutSheet(runnable: Runnable, title: string, viewer: Viewer, ranAt: Date, demoData: boolean): Worksheet {
  const rows: TableCell[][] = [
    ['Параметр', 'Значение'],
    ['Запрос', title],
    ['Выполнен (UTC)', ranAt.toISOString()],
    ['Роль', `${ROLE_NAMES[viewer.role]} (${viewer.role})`],
    ['Территория', territoryOf(viewer)],
    ['Переменные', JSON.stringify(runnable.variables)],
    ['Текст запроса', runnable.query],
    [
      'Правило таблицы',
      'Строка — элемент списка нижнего уровня; столбец — путь к значению (ключи ответа через точку); one row per leaf list element, columns by path.',
    ],
  ];
  if (demoData) rows.push(['Демо-данные', DEMO_DATA_NOTICE]);
  return { name: 'Запрос', rows };
}

const errorSheet = (errors: readonly GraphQLFormattedError[]): Worksheet => ({
  name: 'Ошибки',
  rows: [
    ['Путь', 'Код', 'Сообщение'],
    ...errors.map((error) => [
      (error.path ?? []).join('.'),
      typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : null,
      error.message,
    ]),
  ],
});

/**
 * POST /export: runs a query, or a saved query, as the signed-in viewer — through the same pipeline as any GraphQL
 * request (its limits, access rules, and the subgraphs' log of personal-data reads) — and answers its result as one
 * table (flatten.ts) in a CSV or XLSX file. An answer with errors is exported to XLSX with them on a sheet of their
 * own; CSV holds one table only, so a partial answer is refused there rather than passed off as whole.
 */
export function exportHandler(options: ExportOptions) {
  return async (request: IncomingMessage, response: ServerResponse, requestLog: RequestLog): Promise<void> => {
    try {
      if (request.method !== 'POST')
        throw new Refusal(405, 'METHOD_NOT_ALLOWED', 'METHOD_NOT_ALLOWED', 'Выгрузка — по POST; use POST.', {
          allow: 'POST',
        });
      let viewer: Viewer;
      try {
        viewer = await options.viewerOf(request);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw new Refusal(401, 'UNAUTHENTICATED', 'TOKEN_INVALID', error.message);
      }
      await admitted(() => options.admit(request, viewer, requestLog));
      if (viewer.role === 'PUBLIC')
        throw new Refusal(
          401,
          'UNAUTHENTICATED',
          'EXPORT_NEEDS_TOKEN',
          'Выгрузка доступна после входа; sign in to export.',
        );
      const asked = exportRequestOf(await readJsonBody(request, options.maxBodyBytes));
      const authorization = request.headers.authorization;
      const execute: Execute = async (query, variables, operationName) => {
        const result = await options.apollo.executeOperation(
          { query, variables, ...(operationName ? { operationName } : {}) },
          { contextValue: gatewayContext(viewer, requestLog, authorization) },
        );
        if (result.body.kind !== 'single') throw new Error('The export answered incrementally');
        const { data, errors } = result.body.singleResult;
        return {
          data: data as never,
          ...(errors ? { errors } : {}),
          ...(result.http.status ? { status: result.http.status } : {}),
        };
      };
      const runnable: Runnable = asked.savedQueryId
        ? await savedRunnable(execute, asked.savedQueryId, asked.variables)
        : {
            query: asked.query ?? '',
            ...(asked.operationName ? { operationName: asked.operationName } : {}),
            variables: asked.variables,
            title: null,
          };
      const name = checkIsQuery(runnable, options.maxTokens);
      const title = runnable.title ?? name ?? 'Запрос';
      const ranAt = new Date();
      const { data, errors, status } = await execute(runnable.query, runnable.variables, runnable.operationName);
      // Every root field null with errors beside it (a variable a subgraph refused, a domain down) is a failed query,
      // not a partial answer to write out.
      const answered = !!data && (!errors?.length || Object.values(data).some((value) => value !== null));
      if (!answered || (errors?.length && asked.format === 'CSV')) {
        requestLog.refuse(answered ? 'EXPORT_PARTIAL_CSV' : 'EXPORT_QUERY_FAILED');
        const partial = answered
          ? [
              {
                message:
                  'Ответ неполный, а CSV вмещает одну таблицу: выгрузите в XLSX, там ошибки на отдельном листе; the answer is partial, export it as XLSX.',
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ]
          : [];
        response
          .writeHead(answered ? 422 : status && status >= 400 ? status : 422, {
            ...JSON_HEADERS,
            'cache-control': 'no-store',
          })
          .end(JSON.stringify({ errors: [...partial, ...(errors ?? [])] }));
        return;
      }
      const table = flattenAnswer(data);
      const rows: TableCell[][] = [table.columns, ...table.rows];
      const file =
        asked.format === 'CSV'
          ? writeCsv(rows)
          : await writeWorkbook([
              { name: 'Результат', rows },
              aboutSheet(runnable, title, viewer, ranAt, options.demoData),
              ...(errors?.length ? [errorSheet(errors)] : []),
            ]);
      response
        .writeHead(200, {
          'content-type': FILE_TYPES[asked.format],
          'content-disposition': contentDisposition(fileNameOf(title, asked.format, ranAt.toISOString().slice(0, 10))),
          'content-length': String(file.byteLength),
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          'x-export-rows': String(table.rows.length),
          ...(errors?.length ? { 'x-export-errors': String(errors.length) } : {}),
        })
        .end(Buffer.from(file));
    } catch (error) {
      answerRefusal(error, response, requestLog);
    }
  };
}
