import type { ApolloServer, GraphQLResponse } from '@apollo/server';
import { PUBLIC_VIEWER, type TokenVerifier, type Viewer } from '@mentoring/platform/auth';
import { type RequestLog } from '@mentoring/platform/logging';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayContext } from './context.js';
import type { RegisteredOperation } from './persisted-operations.js';

/** `/calendar/region/67.ics`, `/calendar/municipality/66701000.ics`: the territory kind and its code. */
const FEED_PATH = /^\/calendar\/(region|municipality)\/([^/]{1,40})\.ics$/;

/** Whether a request is for the iCalendar feed. */
export function isCalendarFeedPath(url: string | undefined): boolean {
  try {
    return FEED_PATH.test(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return false;
  }
}

/** Half a year either side of today: the whole period fits the calendar's limit of 366 days. */
const HALF_YEAR_DAYS = 183;
/** At most this many pages of 100 entries go into one feed. */
const MAX_PAGES = 10;

interface FeedEntry {
  id: string;
  kind: 'EVENT' | 'DEADLINE';
  startDate: string;
  endDate: string;
  title: string;
  description: string | null;
  responsible: string | null;
  format: 'ONLINE' | 'OFFLINE' | 'MIXED' | null;
  overdue: boolean;
  completed: boolean;
}
type SingleResult = { data?: { calendar: FeedPage | null } | null; errors?: readonly GraphQLFormattedError[] };
interface FeedPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: FeedEntry }[];
}

export interface CalendarFeedOptions {
  apollo: ApolloServer<GatewayContext>;
  verifyToken: TokenVerifier;
  operations: Map<string, RegisteredOperation>;
  /** The gateway's rate limits, taken as for a GraphQL request; throws the gateway's RATE_LIMITED error. */
  admit: (request: IncomingMessage, viewer: Viewer, requestLog: RequestLog) => Promise<void>;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const shift = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const FORMAT_LOCATION = { ONLINE: 'Онлайн', OFFLINE: null, MIXED: 'Очно и онлайн' } as const;

function send(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}

/** The feed's viewer: a bearer token in Authorization, or (for calendar apps that send no headers) in `?token=`. */
async function feedViewer(
  request: IncomingMessage,
  url: URL,
  verify: TokenVerifier,
): Promise<{ viewer: Viewer; authorization?: string }> {
  const header = request.headers.authorization;
  const bearer = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  if (header && !bearer) throw new GraphQLError('Authorization must be "Bearer <token>".');
  const token = bearer ?? url.searchParams.get('token') ?? undefined;
  return token ? { viewer: await verify(token), authorization: `Bearer ${token}` } : { viewer: PUBLIC_VIEWER };
}

/** HTTP status of the first GraphQL error, by its code. */
function statusOf(errors: readonly { extensions?: Record<string, unknown> }[]): number {
  const code = errors[0]?.extensions?.['code'];
  return code === 'NOT_FOUND'
    ? 404
    : code === 'BAD_USER_INPUT'
      ? 400
      : code === 'FORBIDDEN'
        ? 403
        : code === 'RATE_LIMITED'
          ? 429
          : 502;
}

/**
 * GET /calendar/region/<code>.ics and /calendar/municipality/<oktmo>.ics: the territory's calendar as iCalendar
 * (RFC 5545), built from a registered operation run through the gateway's own executor, so its access rules, limits
 * and plugins apply: without a token open events only; with one, what the viewer may see, deadlines included.
 */
export function calendarFeed(options: CalendarFeedOptions) {
  const byName = new Map([...options.operations.values()].map((operation) => [operation.name, operation]));
  return async (request: IncomingMessage, response: ServerResponse, requestLog: RequestLog): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, kind, code] = FEED_PATH.exec(url.pathname) as unknown as [string, 'region' | 'municipality', string];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      requestLog.refuse('METHOD_NOT_ALLOWED');
      send(response, 405, 'Календарь отдаётся только по GET; the calendar feed answers GET only.', { allow: 'GET' });
      return;
    }
    let viewer: Viewer;
    let authorization: string | undefined;
    try {
      ({ viewer, authorization } = await feedViewer(request, url, options.verifyToken));
    } catch {
      requestLog.refuse('UNAUTHENTICATED');
      send(
        response,
        401,
        'Токен не принят; the token is not valid (give a valid bearer token, or none for open events).',
      );
      return;
    }
    try {
      await options.admit(request, viewer, requestLog);
    } catch (error) {
      const seconds = error instanceof GraphQLError ? error.extensions['retryAfterSeconds'] : undefined;
      const retryAfter = typeof seconds === 'number' ? String(seconds) : '60';
      send(response, 429, 'Слишком много запросов; too many requests.', { 'retry-after': retryAfter });
      return;
    }
    const operation = byName.get(`calendar-feed-${kind}`);
    if (!operation) throw new Error(`calendar-feed-${kind}.graphql is missing from the registered operations`);
    const today = day(new Date().toISOString().slice(0, 10));
    const variables = {
      [kind === 'region' ? 'regionCode' : 'oktmo']: code,
      from: isoDay(shift(today, -HALF_YEAR_DAYS)),
      to: isoDay(shift(today, HALF_YEAR_DAYS)),
    };
    const contextValue: GatewayContext = { viewer, requestLog, ...(authorization ? { authorization } : {}) };
    const entries: FeedEntry[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const result: GraphQLResponse<{ calendar: FeedPage | null }> = await options.apollo.executeOperation<{
        calendar: FeedPage | null;
      }>({ query: operation.query, variables: { ...variables, after } }, { contextValue });
      if (result.body.kind !== 'single') throw new Error('The calendar feed operation answered incrementally');
      const { data, errors }: SingleResult = result.body.singleResult;
      if (errors?.length || !data?.calendar) {
        const status = errors?.length ? statusOf(errors) : 502;
        const errorCode = errors?.[0]?.extensions?.['code'];
        requestLog.refuse(typeof errorCode === 'string' ? errorCode : `HTTP_${status}`);
        const what = kind === 'region' ? `Субъект РФ с кодом ${code}` : `Муниципальное образование с ОКТМО ${code}`;
        send(
          response,
          status,
          status === 404
            ? `${what} не найден(о); no such territory.`
            : (errors?.[0]?.message ?? 'Календарь недоступен; the calendar is unavailable.'),
        );
        return;
      }
      entries.push(...data.calendar.edges.map((edge) => edge.node));
      after = data.calendar.pageInfo.hasNextPage ? data.calendar.pageInfo.endCursor : null;
      if (!after) break;
    }
    const calendar = ical({
      name:
        kind === 'region' ? `Наставничество: календарь субъекта РФ ${code}` : `Наставничество: календарь ОКТМО ${code}`,
      prodId: { company: 'mentoring-federation', product: 'calendar', language: 'RU' },
      method: ICalCalendarMethod.PUBLISH,
    });
    for (const entry of entries) {
      const status =
        entry.kind === 'DEADLINE' ? (entry.completed ? ' (выполнено)' : entry.overdue ? ' (просрочено)' : '') : '';
      calendar.createEvent({
        id: `${entry.id}@mentoring-federation`,
        allDay: true,
        start: day(entry.startDate),
        // DTEND of an all-day event is the day after its last (RFC 5545 §3.6.1).
        end: shift(day(entry.endDate), 1),
        summary: entry.kind === 'DEADLINE' ? `Срок: ${entry.title}${status}` : entry.title,
        description:
          [
            entry.description,
            entry.responsible && `${entry.kind === 'EVENT' ? 'Организатор' : 'Ответственный'}: ${entry.responsible}`,
          ]
            .filter(Boolean)
            .join('\n') || null,
        location: entry.format ? FORMAT_LOCATION[entry.format] : null,
      });
    }
    response.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${kind}-${code.replace(/[^\w-]/g, '')}.ics"`,
    });
    response.end(request.method === 'HEAD' ? undefined : calendar.toString());
  };
}
