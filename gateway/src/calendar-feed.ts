import type { ApolloServer } from '@apollo/server';
import {
  FEED_TOKEN_LIFETIME_DAYS,
  looksLikeFeedToken,
  PUBLIC_VIEWER,
  type FeedTokens,
  type TokenVerifier,
  type Viewer,
} from '@mentoring/platform/auth';
import { type RequestLog } from '@mentoring/platform/logging';
import { shiftedIsoDay, todayIso } from '@mentoring/platform/validation';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gatewayContext, type GatewayContext } from './context.js';
import type { RegisteredOperation } from './persisted-operations.js';

/** `/calendar/region/67.ics`, `/calendar/municipality/66701000.ics`: a region code of two digits, an OKTMO of 8 or 11. */
const FEED_PATH = /^\/calendar\/(?:region\/(\d{2})|municipality\/(\d{8}|\d{11}))\.ics$/;
/** Where a signed-in user gets a feed address: POST with the Bearer token. */
export const FEED_URL_PATH = '/calendar/feed-url';

/** Whether a request is for the calendar feed or its addresses (everything under /calendar/). */
export function isCalendarFeedPath(url: string | undefined): boolean {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname.startsWith('/calendar/');
  } catch {
    return false;
  }
}

/** 183 days back and 182 ahead of today, both included: 366 days, the calendar's limit. */
const DAYS_BACK = 183;
const DAYS_AHEAD = 182;
/** One request reads the whole period (Query.calendar's feedFirst, registered operations only); more is said, not hidden. */
export const FEED_MAX_ENTRIES = 2000;
/** How often calendar apps should poll (REFRESH-INTERVAL, X-PUBLISHED-TTL) and anonymous caches keep a feed: 15 minutes. */
const FEED_TTL_SECONDS = 900;

/** How a SUMMARY says what the entry is: an event by its title, a roadmap deadline «Срок:», an obligation's due date «Срок сдачи:». */
const SUMMARY_PREFIX: Record<FeedEntry['kind'], string> = {
  EVENT: '',
  DEADLINE: 'Срок: ',
  REPORT_DUE: 'Срок сдачи: ',
};

interface FeedEntry {
  id: string;
  kind: 'EVENT' | 'DEADLINE' | 'REPORT_DUE';
  startDate: string;
  endDate: string;
  title: string;
  description: string | null;
  responsible: string | null;
  format: 'ONLINE' | 'OFFLINE' | 'MIXED' | null;
  overdue: boolean;
  completed: boolean;
  lastModified: string | null;
}
interface FeedPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  edges: { node: FeedEntry }[];
}
type FeedResult = { data?: { calendar: FeedPage | null } | null; errors?: readonly GraphQLFormattedError[] };

export interface CalendarFeedOptions {
  apollo: ApolloServer<GatewayContext>;
  verifyToken: TokenVerifier;
  feedTokens: FeedTokens;
  operations: Map<string, RegisteredOperation>;
  /** Origin of subscription addresses (config PUBLIC_URL); the request's Host over http when unset. */
  publicUrl?: string;
  /** The gateway's rate limits, taken as for a GraphQL request; throws the gateway's RATE_LIMITED error. */
  admit: (request: IncomingMessage, viewer: Viewer, requestLog: RequestLog) => Promise<void>;
}

type Territory = { kind: 'region'; code: string } | { kind: 'municipality'; code: string };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const FORMAT_LOCATION = { ONLINE: 'Онлайн', OFFLINE: null, MIXED: 'Очно и онлайн' } as const;

function send(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}

function territoryOf(pathname: string): Territory | null {
  const match = FEED_PATH.exec(pathname);
  if (!match) return null;
  return match[1] ? { kind: 'region', code: match[1] } : { kind: 'municipality', code: match[2] as string };
}

const feedPathOf = (territory: Territory) => `/calendar/${territory.kind}/${territory.code}.ics`;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    text: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(text);
  }
}

const bearerOf = (request: IncomingMessage) => {
  const header = request.headers.authorization;
  return header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
};

/**
 * The feed's viewer: an API token in `Authorization: Bearer` (other schemes, such as Basic from a calendar app, are
 * ignored), or a feed token of this very feed in `?token=`; none is the public feed. An API token in the address is
 * refused: addresses end up in calendar apps, proxies and logs, so they carry only read-only feed tokens.
 */
async function feedViewer(
  request: IncomingMessage,
  url: URL,
  territory: Territory,
  options: CalendarFeedOptions,
): Promise<{ viewer: Viewer; authorization?: string }> {
  const bearer = bearerOf(request);
  if (bearer) {
    if (looksLikeFeedToken(bearer))
      throw new Refusal(
        401,
        'UNAUTHENTICATED',
        'Токен календаря передаётся в адресе (?token=); a feed token belongs in the address.',
      );
    const viewer = await options.verifyToken(bearer).catch(() => {
      throw new Refusal(401, 'UNAUTHENTICATED', 'Токен не принят; the bearer token is not valid.');
    });
    return { viewer, authorization: `Bearer ${bearer}` };
  }
  const token = url.searchParams.get('token');
  if (token === null) return { viewer: PUBLIC_VIEWER };
  if (!looksLikeFeedToken(token))
    throw new Refusal(
      401,
      'API_TOKEN_IN_FEED_URL',
      `В адресе календаря принимается только токен подписки; an API token is not accepted in the address — get a feed address with POST ${FEED_URL_PATH} (Authorization: Bearer <token>) and subscribe to it.`,
    );
  try {
    // Subgraphs accept a feed token from the gateway only; it is forwarded for this registered operation alone.
    return { viewer: await options.feedTokens.verify(token, feedPathOf(territory)), authorization: `Bearer ${token}` };
  } catch (error) {
    throw new Refusal(401, 'UNAUTHENTICATED', error instanceof Error ? error.message : 'Токен не принят.');
  }
}

/** HTTP status of the first GraphQL error by its code: the client's mistakes as such, anything else the service's. */
function refusalOf(errors: readonly GraphQLFormattedError[] | undefined, territory: Territory): Refusal {
  const error = errors?.[0];
  const code = error?.extensions?.['code'];
  const what =
    territory.kind === 'region'
      ? `Субъект РФ с кодом ${territory.code}`
      : `Муниципальное образование с ОКТМО ${territory.code}`;
  if (code === 'NOT_FOUND') return new Refusal(404, code, `${what} не найден(о); no such territory.`);
  if (code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
    return new Refusal(
      code === 'BAD_USER_INPUT' ? 400 : code === 'FORBIDDEN' ? 403 : 401,
      code,
      error?.message ?? code,
    );
  if (code === 'RATE_LIMITED')
    return new Refusal(429, code, 'Слишком много запросов; too many requests.', { 'retry-after': '60' });
  return new Refusal(
    503,
    typeof code === 'string' ? code : 'CALENDAR_UNAVAILABLE',
    'Календарь временно недоступен, повторите позже; the calendar feed is temporarily unavailable, retry later.',
    { 'retry-after': '60' },
  );
}

async function runFeedOperation(
  options: CalendarFeedOptions,
  operation: RegisteredOperation,
  territory: Territory,
  period: { from: string; to: string },
  feedFirst: number,
  contextValue: GatewayContext,
): Promise<FeedPage> {
  const variables = {
    [territory.kind === 'region' ? 'regionCode' : 'oktmo']: territory.code,
    ...period,
    feedFirst,
  };
  const result = await options.apollo.executeOperation<{ calendar: FeedPage | null }>(
    { query: operation.query, variables },
    { contextValue },
  );
  if (result.body.kind !== 'single') throw new Error('The calendar feed operation answered incrementally');
  const { data, errors }: FeedResult = result.body.singleResult;
  if (errors?.length || !data?.calendar) throw refusalOf(errors, territory);
  return data.calendar;
}

function calendarText(territory: Territory, page: FeedPage, today: Date): string {
  const truncated = page.pageInfo.hasNextPage;
  const calendar = ical({
    name:
      territory.kind === 'region'
        ? `Наставничество: календарь субъекта РФ ${territory.code}`
        : `Наставничество: календарь ОКТМО ${territory.code}`,
    description: truncated
      ? `Показаны первые ${page.edges.length} записей из ${page.totalCount}; the feed shows the first ${page.edges.length} of ${page.totalCount} entries.`
      : null,
    prodId: { company: 'mentoring-federation', product: 'calendar', language: 'RU' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: FEED_TTL_SECONDS,
  });
  for (const { node: entry } of page.edges) {
    const status =
      entry.kind === 'EVENT' ? '' : entry.completed ? ' (выполнено)' : entry.overdue ? ' (просрочено)' : '';
    const lastModified = entry.lastModified ? new Date(entry.lastModified) : null;
    calendar.createEvent({
      id: `${entry.id}@mentoring-federation`,
      allDay: true,
      start: day(entry.startDate),
      // DTEND of an all-day event is the day after its last (RFC 5545 §3.6.1).
      end: day(shiftedIsoDay(entry.endDate, 1)),
      // DTSTAMP from what is known, not the clock, so an unchanged feed has an unchanged body (and ETag).
      stamp: lastModified ?? today,
      lastModified,
      summary: `${SUMMARY_PREFIX[entry.kind]}${entry.title}${status}`,
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
  return calendar.toString();
}

/**
 * GET/HEAD /calendar/region/<code>.ics and /calendar/municipality/<oktmo>.ics: the territory's calendar as iCalendar
 * (RFC 5545), read in one request of a registered operation through the gateway's own executor, so its access rules,
 * limits and plugins apply: without a token open events only; with one, what the viewer may see, deadlines included.
 * POST /calendar/feed-url: a signed-in user's subscription address of a feed, with a feed token in it.
 */
export function calendarFeed(options: CalendarFeedOptions) {
  const byName = new Map([...options.operations.values()].map((operation) => [operation.name, operation]));
  const operationOf = (territory: Territory) => {
    const operation = byName.get(`calendar-feed-${territory.kind}`);
    if (!operation)
      throw new Error(`calendar-feed-${territory.kind}.graphql is missing from the registered operations`);
    return operation;
  };

  async function serveFeed(request: IncomingMessage, response: ServerResponse, url: URL, requestLog: RequestLog) {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      throw new Refusal(
        405,
        'METHOD_NOT_ALLOWED',
        'Календарь отдаётся только по GET; the calendar feed answers GET and HEAD only.',
        {
          allow: 'GET, HEAD',
        },
      );
    const territory = territoryOf(url.pathname);
    if (!territory)
      throw new Refusal(
        404,
        'NOT_FOUND',
        'Нет такого календаря; no such feed (/calendar/region/<code>.ics, /calendar/municipality/<oktmo>.ics).',
      );
    const { viewer, authorization } = await feedViewer(request, url, territory, options);
    await admitted(request, viewer, requestLog);
    const today = todayIso();
    const period = { from: shiftedIsoDay(today, -DAYS_BACK), to: shiftedIsoDay(today, DAYS_AHEAD) };
    const contextValue = gatewayContext(viewer, requestLog, authorization);
    const page = await runFeedOperation(
      options,
      operationOf(territory),
      territory,
      period,
      FEED_MAX_ENTRIES,
      contextValue,
    );
    if (page.pageInfo.hasNextPage)
      requestLog.logger.warn(
        { feed: `/calendar/${territory.kind}`, shown: page.edges.length, total: page.totalCount },
        'calendar feed truncated',
      );
    const body = calendarText(territory, page, day(today));
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    const personal = viewer.role !== 'PUBLIC';
    const headers: Record<string, string> = {
      etag,
      // A feed with a token is its holder's: no shared cache keeps it. The public one may be cached by anyone.
      'cache-control': personal ? 'private, no-store' : `public, max-age=${FEED_TTL_SECONDS}`,
      ...(personal ? { vary: 'Authorization' } : { 'access-control-allow-origin': '*' }),
    };
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${territory.kind}-${territory.code}.ics"`,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function admitted(request: IncomingMessage, viewer: Viewer, requestLog: RequestLog) {
    try {
      await options.admit(request, viewer, requestLog);
    } catch (error) {
      const seconds = error instanceof GraphQLError ? error.extensions['retryAfterSeconds'] : undefined;
      throw new Refusal(429, 'RATE_LIMITED', 'Слишком много запросов; too many requests.', {
        'retry-after': typeof seconds === 'number' ? String(seconds) : '60',
      });
    }
  }

  /** POST /calendar/feed-url {"regionCode": "67"} or {"municipalityOktmo": "66701000"} with a Bearer API token. */
  async function serveFeedUrl(request: IncomingMessage, response: ServerResponse, requestLog: RequestLog) {
    if (request.method !== 'POST')
      throw new Refusal(405, 'METHOD_NOT_ALLOWED', 'Адрес подписки выдаётся по POST; use POST.', { allow: 'POST' });
    const bearer = bearerOf(request);
    if (!bearer || looksLikeFeedToken(bearer))
      throw new Refusal(
        401,
        'UNAUTHENTICATED',
        'Адрес подписки выдаётся по токену (Authorization: Bearer <token>); sign in first.',
      );
    const viewer = await options.verifyToken(bearer).catch(() => {
      throw new Refusal(401, 'UNAUTHENTICATED', 'Токен не принят; the bearer token is not valid.');
    });
    await admitted(request, viewer, requestLog);
    const territory = territoryOfBody(await readSmallBody(request));
    // The territory must exist and be readable by the viewer: one day of its calendar, through the same operation.
    const today = todayIso();
    await runFeedOperation(
      options,
      operationOf(territory),
      territory,
      { from: today, to: today },
      1,
      gatewayContext(viewer, requestLog, `Bearer ${bearer}`),
    );
    const path = feedPathOf(territory);
    const { token, expiresAt } = await options.feedTokens.issue(viewer, path);
    const origin = options.publicUrl ?? `http://${request.headers.host ?? 'localhost'}`;
    const url = new URL(`${path}?token=${encodeURIComponent(token)}`, origin).toString();
    response
      .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      .end(JSON.stringify({ url, expiresAt: expiresAt.toISOString(), validDays: FEED_TOKEN_LIFETIME_DAYS }));
  }

  return async (request: IncomingMessage, response: ServerResponse, requestLog: RequestLog): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === FEED_URL_PATH) await serveFeedUrl(request, response, requestLog);
      else await serveFeed(request, response, url, requestLog);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      requestLog.refuse(error.reason);
      const anonymous = !request.headers.authorization && !url.searchParams.has('token');
      send(response, error.status, error.message, {
        ...error.headers,
        ...(anonymous && url.pathname !== FEED_URL_PATH ? { 'access-control-allow-origin': '*' } : {}),
      });
    }
  };
}

const MAX_FEED_URL_BODY = 1_000;

function readSmallBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_FEED_URL_BODY) {
        reject(new Refusal(413, 'BODY_TOO_LARGE', 'Слишком большое тело запроса; the body is too large.'));
        request.destroy();
      }
    });
    request.on('end', () => {
      resolve(body);
    });
    request.on('error', reject);
  });
}

function territoryOfBody(body: string): Territory {
  const refuse = () =>
    new Refusal(
      400,
      'BAD_USER_INPUT',
      'Укажите {"regionCode": "67"} или {"municipalityOktmo": "66701000"}; give exactly one of regionCode, municipalityOktmo.',
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw refuse();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw refuse();
  const entries = Object.entries(parsed);
  if (entries.length !== 1) throw refuse();
  const [key, value] = entries[0] as [string, unknown];
  if (typeof value !== 'string') throw refuse();
  const kind = key === 'regionCode' ? 'region' : key === 'municipalityOktmo' ? 'municipality' : null;
  const territory = kind && territoryOf(`/calendar/${kind}/${value}.ics`);
  if (!territory) throw refuse();
  return territory;
}
