import { badUserInput } from '@mentoring/platform/errors';
import { isAcceptedDate } from '@mentoring/platform/graphql';
import { daysBetween } from '@mentoring/platform/validation';
import { pageSize, type Connection, type ConnectionArgs } from '@mentoring/platform/pagination';
import type { CalendarEntry } from './calendar-entry.js';

/** A calendar covers at most a year (366 days, for a leap year): a feed or a page of a longer span is refused, not cut. */
export const MAX_CALENDAR_DAYS = 366;

/** The period, checked: from not after to, at most MAX_CALENDAR_DAYS days counting both ends. The Date scalar has checked each day. */
export function checkedPeriod(from: string, to: string): { from: string; to: string } {
  if (from > to)
    throw badUserInput(`Начало периода ${from} позже его конца ${to}; from must not follow to.`, { argument: 'from' });
  if (daysBetween(from, to) + 1 > MAX_CALENDAR_DAYS)
    throw badUserInput(
      `Период календаря не длиннее ${MAX_CALENDAR_DAYS} дней (${from} – ${to}); a calendar covers at most ${MAX_CALENDAR_DAYS} days, both ends included.`,
      { argument: 'to' },
    );
  return { from, to };
}

const refuseCursor = () =>
  badUserInput('Курсор after не распознан; the after cursor is not valid for this list.', { argument: 'after' });

const cursorOf = (entry: CalendarEntry) =>
  Buffer.from(JSON.stringify([entry.startDate, entry.id])).toString('base64url');

/** The cursor's date and entry id; anything else (garbage, another list's cursor) is BAD_USER_INPUT. */
function decodeCursor(after: string): [string, string] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw refuseCursor();
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 2 ||
    typeof decoded[0] !== 'string' ||
    typeof decoded[1] !== 'string' ||
    !isAcceptedDate(decoded[0]) ||
    !/^((event|deadline):[0-9a-f-]{36}(:\d{4}-\d{2}-\d{2})?|obligation:[0-9a-f-]{36}(:[0-9a-f-]{36})?)$/.test(
      decoded[1],
    )
  )
    throw refuseCursor();
  return [decoded[0], decoded[1]];
}

/** The iCalendar feed's page (Query.calendar's feedFirst): a year of a busy region in one request. */
export const MAX_FEED_PAGE_SIZE = 2000;

/** The page size: feedFirst (1–MAX_FEED_PAGE_SIZE, not with first) for the feed, otherwise first as every list has it. */
function calendarPageSize(args: CalendarPageArgs): number {
  const { feedFirst } = args;
  if (feedFirst === null || feedFirst === undefined) return pageSize(args.first);
  if (!Number.isInteger(feedFirst) || feedFirst < 1 || feedFirst > MAX_FEED_PAGE_SIZE)
    throw badUserInput(
      `Параметр feedFirst должен быть от 1 до ${MAX_FEED_PAGE_SIZE}; feedFirst must be between 1 and ${MAX_FEED_PAGE_SIZE}.`,
      { argument: 'feedFirst' },
    );
  if (args.first !== null && args.first !== undefined)
    throw badUserInput('Укажите first или feedFirst, не оба; give first or feedFirst, not both.', {
      argument: 'feedFirst',
    });
  return feedFirst;
}

export type CalendarPageArgs = ConnectionArgs & { feedFirst?: number | null | undefined };

/** The page arguments checked before anything is read: a bad first, feedFirst or after is BAD_USER_INPUT naming it. */
export function checkedPage(args: CalendarPageArgs): void {
  calendarPageSize(args);
  if (args.after !== null && args.after !== undefined) decodeCursor(args.after);
}

/** One page of entries already in calendar order (date, then id): keyset on both, so a cursor survives inserts. */
export function calendarPage(entries: readonly CalendarEntry[], args: CalendarPageArgs): Connection<CalendarEntry> {
  const first = calendarPageSize(args);
  let start = 0;
  if (args.after !== null && args.after !== undefined) {
    const [date, id] = decodeCursor(args.after);
    start = entries.findIndex((entry) => entry.startDate > date || (entry.startDate === date && entry.id > id));
    if (start === -1) start = entries.length;
  }
  const nodes = entries.slice(start, start + first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + first < entries.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: entries.length,
  };
}
