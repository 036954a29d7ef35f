import type { Connection, ConnectionArgs } from '@mentoring/platform/pagination';
import { EARLIEST_DATE, LATEST_DATE } from '@mentoring/platform/graphql';
import { shiftedIsoDay, todayIso } from '@mentoring/platform/validation';
import type { CalendarScopeInput } from '../../__generated__/types.generated.js';
import type { Context } from '../../context.js';
import type { CalendarEntry, CalendarLevel } from './calendar-entry.js';
import { calendarPage, checkedPage, checkedPeriod, type CalendarPageArgs } from './calendar-page.js';
import { resolveScope } from './calendar-scope.js';

/** A page of the calendar of a territory known by id (Region.calendar, Municipality.calendar, Query.calendar). */
export async function calendarOf(
  { loaders }: Context,
  scope: { level: CalendarLevel; id: string },
  period: { from: string; to: string },
  page: CalendarPageArgs,
): Promise<Connection<CalendarEntry>> {
  checkedPage(page);
  const { from, to } = checkedPeriod(period.from, period.to);
  return calendarPage(await loaders.calendar.load({ ...scope, from, to, only: 'EVERYTHING' }), page);
}

/** A page of the pending deadlines of a scope: OVERDUE (before today) or NEXT (today on). */
export async function pendingDeadlines(
  context: Context,
  scopeInput: CalendarScopeInput,
  which: 'OVERDUE' | 'NEXT',
  page: ConnectionArgs,
): Promise<Connection<CalendarEntry>> {
  checkedPage(page);
  const scope = await resolveScope(context.em, scopeInput);
  const [from, to] = which === 'OVERDUE' ? [EARLIEST_DATE, shiftedIsoDay(todayIso(), -1)] : [todayIso(), LATEST_DATE];
  return calendarPage(await context.loaders.calendar.load({ ...scope, from, to, only: 'PENDING_DEADLINES' }), page);
}
