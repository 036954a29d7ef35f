import DataLoader from 'dataloader';
import { type Viewer } from '@mentoring/platform/auth';
import { uuidArray, type EntityManager } from '@mentoring/platform/database';
import { todayIso } from '@mentoring/platform/validation';
import type { CalendarEntry, CalendarLevel } from './calendar-entry.js';
import { deadlinesOf, type DeadlineRow } from './deadlines.js';
import { levelsWithReportDues, reportDueEntry, type ReportDueRow } from './report-dues.js';

/** One calendar asked for: whose (by registry id), which days, and whether events come too or only pending deadlines. */
export interface CalendarRequest {
  level: CalendarLevel;
  id: string;
  from: string;
  to: string;
  /** PENDING_DEADLINES: deadlines without a valid completion record only (overdue, next deadlines). */
  only: 'EVERYTHING' | 'PENDING_DEADLINES';
}

/** Where a row lies (region, municipality, organization ids), by the scope level the calendar is asked at. */
const PLACE_COLUMN: Record<CalendarLevel, string> = {
  REGION: '"region_id"',
  MUNICIPALITY: '"municipality_id"',
  ORGANIZATION: '"organization_id"',
};

/**
 * The roadmaps whose deadlines the viewer sees, as a condition on a roadmap's place (p) and level (reporting
 * obligations' due dates are read with it too, a region's entry at level REGION, a municipality's at MUNICIPALITY): an operator those of
 * the region (its municipalities' and organizations' included), a coordinator the municipality's and the region's
 * regional ones, a school's curator or head its own and those of its municipality and region, an analyst those of
 * their region or all. Anonymous viewers and other regions' systems see none. Territory codes are joined on the
 * registry's published views.
 */
function deadlineVisibility(viewer: Viewer): { sql: string; params: string[] } | null {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  const regionOf = `p."region_id" in (select "region_id" from "registry_pub"."municipality_territory" where "region_code" = ?)`;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return regionCode ? { sql: regionOf, params: [regionCode] } : null;
    case 'ANALYST':
      return regionCode ? { sql: regionOf, params: [regionCode] } : { sql: 'true', params: [] };
    case 'MUNICIPAL_COORDINATOR':
      return municipalityOktmo
        ? {
            sql: `(p."municipality_id" in (select "municipality_id" from "registry_pub"."municipality_territory" where "municipality_oktmo" = ?)
               or (p."level" = 'REGION' and p."region_id" in (select "region_id" from "registry_pub"."municipality_territory" where "municipality_oktmo" = ?)))`,
            params: [municipalityOktmo, municipalityOktmo],
          }
        : null;
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return organizationId
        ? {
            sql: `(p."organization_id" = ?::uuid
               or (p."level" = 'MUNICIPALITY' and p."municipality_id" in (select "municipality_id" from "registry_pub"."organization_territory" where "organization_id" = ?::uuid))
               or (p."level" = 'REGION' and p."region_id" in (select "region_id" from "registry_pub"."organization_territory" where "organization_id" = ?::uuid)))`,
            params: [organizationId, organizationId, organizationId],
          }
        : null;
    default:
      return null;
  }
}

interface EventRow {
  scope_id: string;
  id: string;
  title: string;
  description: string | null;
  organizer_name: string | null;
  format: CalendarEntry['format'];
  is_public: boolean;
  start_date: string;
  end_date: string;
  region_id: string;
  municipality_id: string | null;
  organization_id: string | null;
}

/**
 * Events of the scopes overlapping [from, to], in one statement for every scope of a level: a region's own and its
 * municipalities' and organizations' (the event's region); a municipality's own and its organizations'; an
 * organization's own, the ones it organizes and the ones it is registered for. Undated events are in no calendar.
 */
async function eventRows(
  em: EntityManager,
  level: CalendarLevel,
  ids: readonly string[],
  from: string,
  to: string,
  publicOnly: boolean,
): Promise<EventRow[]> {
  const scopeMatch: Record<CalendarLevel, string> = {
    REGION: 'p."region_id" = s."scope_id"',
    MUNICIPALITY: 'p."municipality_id" = s."scope_id"',
    ORGANIZATION: `(p."organization_id" = s."scope_id" or p."organizer_organization_id" = s."scope_id"
      or exists (select 1 from "planning"."event_participation" ep where ep."event_id" = p."id" and ep."organization_id" = s."scope_id"))`,
  };
  return em.execute<EventRow[]>(
    `with p as (
       select e."id", e."title", e."description", e."organizer_name", e."format", e."is_public",
              e."start_date", coalesce(e."end_date", e."start_date") as "end_date", e."organizer_organization_id",
              e."region_id", coalesce(e."municipality_id", ot."municipality_id") as "municipality_id", e."organization_id"
         from "planning"."event" e
         left join "registry_pub"."organization_territory" ot on ot."organization_id" = e."organization_id"
        where e."start_date" is not null and e."start_date" <= ?::date and coalesce(e."end_date", e."start_date") >= ?::date
          ${publicOnly ? 'and e."is_public"' : ''}
     )
     select s."scope_id", p."id", p."title", p."description", p."organizer_name", p."format", p."is_public",
            p."start_date"::text as "start_date", p."end_date"::text as "end_date",
            p."region_id", p."municipality_id", p."organization_id"
       from p join unnest(?::uuid[]) as s("scope_id") on ${scopeMatch[level]}`,
    [to, from, uuidArray(ids)],
  );
}

/**
 * Roadmap items of the scopes with a due date in [from, to] that the viewer may see, in one statement for every scope
 * of a level. A roadmap's place comes from its owner through the registry's published views: a municipal roadmap lies
 * in the municipality's region, an organization's in its municipality and region.
 */
async function deadlineRows(
  em: EntityManager,
  viewer: Viewer,
  level: CalendarLevel,
  ids: readonly string[],
  from: string,
  to: string,
): Promise<(DeadlineRow & { scope_id: string })[]> {
  const visibility = deadlineVisibility(viewer);
  if (!visibility) return [];
  return em.execute<(DeadlineRow & { scope_id: string })[]>(
    `with p as (
       select i."id", i."activity", i."expected_result", i."responsible", i."due_date", i."period_start", i."period_end",
              i."recurrence", r."start_year", r."end_year", r."level",
              coalesce(r."region_id", mt."region_id", ot."region_id") as "region_id",
              coalesce(r."municipality_id", ot."municipality_id") as "municipality_id", r."organization_id",
              exists (select 1 from "planning"."roadmap_item_completion" c
                       where c."item_id" = i."id" and c."withdrawn_at" is null and c."occurrence_on" is null) as "completed",
              array(select c."occurrence_on"::text from "planning"."roadmap_item_completion" c
                     where c."item_id" = i."id" and c."withdrawn_at" is null and c."occurrence_on" is not null)
                as "completed_occurrences",
              (select max(greatest(c."recorded_at", c."withdrawn_at")) from "planning"."roadmap_item_completion" c
                where c."item_id" = i."id") as "last_modified"
         from "planning"."roadmap_item" i
         join "planning"."roadmap" r on r."id" = i."roadmap_id"
         left join "registry_pub"."municipality_territory" mt on mt."municipality_id" = r."municipality_id"
         left join "registry_pub"."organization_territory" ot on ot."organization_id" = r."organization_id"
        where i."due_date" between ?::date and ?::date
           or (i."recurrence" is not null and make_date(r."start_year", 1, 1) <= ?::date and make_date(r."end_year", 12, 31) >= ?::date)
           or (i."due_date" is null and i."recurrence" is null and i."period_end" between ?::date and ?::date)
     )
     select s."scope_id", p."id", p."activity", p."expected_result", p."responsible", p."due_date"::text as "due_date",
            p."period_start"::text as "period_start", p."period_end"::text as "period_end", p."recurrence",
            p."start_year", p."end_year", p."completed", p."completed_occurrences", to_char(p."last_modified" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "last_modified", p."region_id", p."municipality_id", p."organization_id"
       from p join unnest(?::uuid[]) as s("scope_id") on p.${PLACE_COLUMN[level]} = s."scope_id"
      where ${visibility.sql}`,
    [from, to, to, from, from, to, uuidArray(ids), ...visibility.params],
  );
}

/**
 * Reporting obligations of the scopes due in [from, to] that the viewer may see, in one statement for every scope of a
 * level, each with how many of the municipalities that owe it have a valid submission (`withdrawn_at is null`) joined
 * in SQL: a region's obligations over all its municipalities in the registry's published territory view, a
 * municipality's (its region's obligations) over itself alone. Visible as roadmap deadlines are (`deadlineVisibility`):
 * a region's entry as a regional roadmap's, a municipality's as a municipal one's. Organizations owe none: no statement.
 */
async function reportDueRows(
  em: EntityManager,
  viewer: Viewer,
  level: CalendarLevel,
  ids: readonly string[],
  from: string,
  to: string,
): Promise<ReportDueRow[]> {
  const visibility = deadlineVisibility(viewer);
  if (!visibility || !levelsWithReportDues.includes(level)) return [];
  const regional = level === 'REGION';
  return em.execute<ReportDueRow[]>(
    `with p as (
       select s."scope_id", o."id", o."title", o."due_date", o."region_id",
              ${regional ? 'null::uuid' : 'm."municipality_id"'} as "municipality_id", null::uuid as "organization_id",
              '${regional ? 'REGION' : 'MUNICIPALITY'}' as "level",
              count(m."municipality_id")::int as "owed", count(sub."id")::int as "submitted",
              min(sub."submitted_on")::text as "submitted_on",
              greatest(o."updated_at", (select max(greatest(d."created_at", d."withdrawn_at")) from "planning"."report_submission" d
                where d."obligation_id" = o."id"${regional ? '' : ' and d."municipality_id" = m."municipality_id"'})) as "last_modified"
         from unnest(?::uuid[]) as s("scope_id")
         ${
           regional
             ? `join "planning"."reporting_obligation" o on o."region_id" = s."scope_id"
         left join "registry_pub"."municipality_territory" m on m."region_id" = o."region_id"`
             : `join "registry_pub"."municipality_territory" m on m."municipality_id" = s."scope_id"
         join "planning"."reporting_obligation" o on o."region_id" = m."region_id"`
         }
         left join "planning"."report_submission" sub
           on sub."obligation_id" = o."id" and sub."municipality_id" = m."municipality_id" and sub."withdrawn_at" is null
        where o."due_date" between ?::date and ?::date
        group by s."scope_id", o."id"${regional ? '' : ', m."municipality_id"'}
     )
     select p."scope_id", p."id", p."title", p."due_date"::text as "due_date", p."region_id", p."municipality_id",
            p."owed", p."submitted", p."submitted_on",
            to_char(p."last_modified" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "last_modified"
       from p
      where ${visibility.sql}`,
    [uuidArray(ids), from, to, ...visibility.params],
  );
}

const eventEntry = (row: EventRow): CalendarEntry => ({
  id: `event:${row.id}`,
  kind: 'EVENT',
  startDate: row.start_date,
  endDate: row.end_date,
  title: row.title,
  description: row.description,
  responsible: row.organizer_name,
  format: row.format,
  public: row.is_public,
  overdue: false,
  completed: false,
  eventId: row.id,
  roadmapItemId: null,
  reportingObligationId: null,
  regionId: row.region_id,
  municipalityId: row.municipality_id,
  organizationId: row.organization_id,
  lastModified: null,
});

/** Entries by date, then id: the order of every calendar list and of its cursors. */
export const byDate = (a: CalendarEntry, b: CalendarEntry) =>
  a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const requestKey = (request: CalendarRequest) =>
  JSON.stringify([request.level, request.id, request.from, request.to, request.only]);

/**
 * Calendars of many scopes in a constant number of statements: requests asked in one tick are grouped by level,
 * period and kind, and each group costs one statement for events, one for deadlines and (regions and municipalities)
 * one for reporting obligations' due dates, whatever its size.
 */
export function calendarLoader(em: EntityManager, viewer: Viewer) {
  return new DataLoader<CalendarRequest, CalendarEntry[], string>(
    async (requests) => {
      const today = todayIso();
      const groups = new Map<string, CalendarRequest[]>();
      for (const request of requests) {
        const key = JSON.stringify([request.level, request.from, request.to, request.only]);
        groups.set(key, [...(groups.get(key) ?? []), request]);
      }
      const byRequest = new Map<string, CalendarEntry[]>();
      for (const [key, group] of groups) {
        const [level, from, to, only] = JSON.parse(key) as [CalendarLevel, string, string, CalendarRequest['only']];
        const ids = [...new Set(group.map((request) => request.id))];
        const events = only === 'EVERYTHING' ? await eventRows(em, level, ids, from, to, viewer.role === 'PUBLIC') : [];
        const deadlines = await deadlineRows(em, viewer, level, ids, from, to);
        const reportDues = await reportDueRows(em, viewer, level, ids, from, to);
        for (const request of group) {
          const mine = <T extends { scope_id: string }>(rows: T[]) => rows.filter((row) => row.scope_id === request.id);
          byRequest.set(
            requestKey(request),
            [
              ...mine(events).map(eventEntry),
              ...[
                ...deadlinesOf(mine(deadlines), from, to, today),
                ...mine(reportDues).map((row) => reportDueEntry(row, today)),
              ].filter((entry) => only === 'EVERYTHING' || !entry.completed),
            ].sort(byDate),
          );
        }
      }
      return requests.map((request) => byRequest.get(requestKey(request)) ?? []);
    },
    { cacheKeyFn: requestKey },
  );
}
