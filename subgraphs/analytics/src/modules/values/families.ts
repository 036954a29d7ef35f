import { uuidArray, type EntityManager } from '@mentoring/platform/database';
import type { TerritoryLevel } from '../indicators/snapshot.entity.js';

/**
 * The SQL behind the computed indicators: one statement per family for every territory asked at one level,
 * grouped by territory, reading only the other domains' published views and functions (registry_pub,
 * mentoring_pub). Each statement takes the date `dateParameters` times (every date `?` comes first in the text) and
 * the territory ids as its last `?`.
 */

/** What one family statement yields per territory and indicator: counts, and whether they count people. */
export interface Measure {
  numerator: number;
  denominator: number;
  /** People left out because the registry lacks what the definition needs (birth date, working history). */
  unknown: number;
  /** A count of people (and a share of it): small cells are suppressed for viewers who may not see people. */
  ofPeople: boolean;
  /** SHARE: 100 × numerator / denominator; AVERAGE: numerator / denominator. */
  kind: 'SHARE' | 'AVERAGE';
}

/** Values are shown to one decimal, as the seeds print them («1,3%»). */
export const toTenths = (value: number) => Math.round(value * 10) / 10;

/** The value a measure stands for, to one decimal; null when there is nothing to count it out of. */
export function measureValue({ numerator, denominator, kind }: Measure): number | null {
  if (denominator === 0) return null;
  return toTenths(kind === 'SHARE' ? (100 * numerator) / denominator : numerator / denominator);
}

/** Indicators that mean nothing at a level: a district share of one school. */
export const NOT_COMPUTED_AT: Record<string, TerritoryLevel[]> = { DISTRICTS_IMPLEMENTING_MODEL: ['ORGANIZATION'] };

export const TERRITORY_COLUMN: Record<TerritoryLevel, string> = {
  REGION: 't."region_id"',
  MUNICIPALITY: 't."municipality_id"',
  ORGANIZATION: 't."organization_id"',
};

interface Family {
  /** The statement, given the grouping column; `?` are the date then the ids. */
  sql(column: string): string;
  /** How the row's columns become each indicator's measure. */
  measures(row: Record<string, unknown>): Record<string, Measure>;
}

/**
 * Молодой специалист as seed 000 counts them: педагогические работники в возрасте до 35 лет со стажем работы менее
 * 3 лет, the registry's column of `registry_pub.staff_as_of` (alias `s`). The indicators and the statistics count by it.
 */
export const YOUNG_SPECIALIST = 's."young_under_35_under_3"';

/**
 * Ends an EXISTS over a published view of people (participation, appointments) that a row of one person probes. The
 * views are unions, which PostgreSQL cannot join through an index: left to itself it hashes the whole view — every
 * pair of the country — for a region's few thousand people (1–2 s at nation scale). `offset 0` keeps the EXISTS a
 * per-row probe, which reaches the person's rows by the index on each branch (milliseconds, the same at any scale).
 */
const PER_PERSON = 'offset 0';

/**
 * Ends a published function's rows read per organization: its computed columns (age, the young-specialist rule, each
 * with its own subqueries) are then computed once per row, where an inlined function repeats them in every aggregate
 * that names them.
 */
const ONCE_PER_ROW = 'offset 0';

const EDUCATIONAL = `t."kind" in ('GENERAL_EDUCATION', 'ADDITIONAL_EDUCATION', 'VOCATIONAL')`;
const n = (value: string | number | null | undefined) => Number(value ?? 0);
const share = (numerator: unknown, denominator: unknown, ofPeople: boolean, unknown: unknown = 0): Measure => ({
  numerator: n(numerator as string),
  denominator: n(denominator as string),
  unknown: n(unknown as string),
  ofPeople,
  kind: 'SHARE',
});

const ORGANIZATIONS: Family = {
  sql: (column) => `
    select ${column} as "territory_id",
      count(*) filter (where ${EDUCATIONAL}) as "educational",
      count(*) filter (where ${EDUCATIONAL} and s."implements_model") as "implementing",
      count(*) filter (where ${EDUCATIONAL} and s."has_regulation") as "with_regulation",
      count(*) filter (where t."kind" = 'EMPLOYER') as "employers",
      count(*) filter (where t."kind" = 'EMPLOYER' and em."provides_mentors") as "employers_with_mentors",
      count(distinct t."municipality_id") as "districts",
      count(distinct t."municipality_id") filter (where s."implements_model") as "districts_implementing"
    from "registry_pub"."organization_territory" t
    left join "mentoring_pub"."organization_system_as_of"(?::date) s on s."organization_id" = t."organization_id"
    cross join lateral (
      select t."kind" = 'EMPLOYER' and exists (
        select 1 from "registry_pub"."staff_as_of"(?::date) st
        where st."organization_id" = t."organization_id"
          and exists (select 1 from "mentoring_pub"."participation_as_of"(?::date) p
                      where p."person_id" = st."person_id" and p."role" = 'MENTOR' ${PER_PERSON})) as "provides_mentors"
    ) em
    where ${column} = any(?::uuid[])
    group by ${column}`,
  measures: (row) => ({
    ORGS_IMPLEMENTING_TEACHER_MENTORING: share(row['implementing'], row['educational'], false),
    ORGS_WITH_LOCAL_REGULATION: share(row['with_regulation'], row['educational'], false),
    ENTERPRISES_PROVIDING_MENTORS: share(row['employers_with_mentors'], row['employers'], false),
    DISTRICTS_IMPLEMENTING_MODEL: share(row['districts_implementing'], row['districts'], false),
  }),
};

const STAFF: Family = {
  sql: (column) => `
    select ${column} as "territory_id",
      count(distinct s."person_id") filter (where s."is_pedagogical") as "pedagogical",
      count(distinct s."person_id") filter (where s."is_pedagogical" and f."rma") as "rma",
      count(distinct s."person_id") filter (where ${YOUNG_SPECIALIST}) as "young35",
      count(distinct s."person_id") filter (where ${YOUNG_SPECIALIST} and f."mentee") as "young35_mentees",
      count(distinct s."person_id") filter (where s."is_pedagogical" and ${YOUNG_SPECIALIST} is null) as "young35_unknown",
      count(distinct s."person_id") filter (where s."young_0_3") as "young03",
      count(distinct s."person_id") filter (where s."young_0_3" and f."mentee") as "young03_mentees",
      count(distinct s."person_id") filter (where s."is_pedagogical" and s."young_0_3" is null) as "young03_unknown"
    from "registry_pub"."organization_territory" t
    cross join lateral (
      select * from "registry_pub"."staff_as_of"(?::date) s
      where s."organization_id" = t."organization_id" ${ONCE_PER_ROW}) s
    cross join lateral (
      select
        exists (select 1 from "mentoring_pub"."participation_as_of"(?::date) p
                where p."person_id" = s."person_id" and p."role" = 'MENTEE' ${PER_PERSON}) as "mentee",
        exists (select 1 from "registry_pub"."appointment" a
                where a."person_id" = s."person_id" and a."kind" = 'RMA_CANDIDATE'
                  and (a."start_date" is null or a."start_date" <= ?::date) and (a."end_date" is null or a."end_date" >= ?::date)) as "rma"
    ) f
    where ${column} = any(?::uuid[])
    group by ${column}`,
  measures: (row) => ({
    YOUNG_TEACHERS_UNDER_35_COVERED: share(row['young35_mentees'], row['young35'], true, row['young35_unknown']),
    YOUNG_TEACHERS_0_3_MENTEES: share(row['young03_mentees'], row['young03'], true, row['young03_unknown']),
    RMA_CANDIDATES_SHARE: share(row['rma'], row['pedagogical'], true),
  }),
};

const STUDENTS: Family = {
  sql: (column) => `
    select ${column} as "territory_id",
      count(distinct s."person_id") filter (where s."level_kind" = 'SPO_COURSE') as "spo",
      count(distinct s."person_id") filter (where s."level_kind" = 'SPO_COURSE' and (r."mentee" or r."mentor")) as "spo_involved",
      count(distinct s."person_id") filter (where s."age" between 10 and 19) as "aged_10_19",
      count(distinct s."person_id") filter (where s."age" between 10 and 19 and r."mentee") as "aged_10_19_mentees",
      count(distinct s."person_id") filter (where s."age" between 15 and 19) as "aged_15_19",
      count(distinct s."person_id") filter (where s."age" between 15 and 19 and r."mentor") as "aged_15_19_mentors"
    from "registry_pub"."organization_territory" t
    cross join lateral (
      select * from "registry_pub"."students_as_of"(?::date) s
      where s."organization_id" = t."organization_id" ${ONCE_PER_ROW}) s
    cross join lateral (
      select
        exists (select 1 from "mentoring_pub"."participation_as_of"(?::date) p
                where p."person_id" = s."person_id" and p."role" = 'MENTEE' ${PER_PERSON}) as "mentee",
        exists (select 1 from "mentoring_pub"."participation_as_of"(?::date) p
                where p."person_id" = s."person_id" and p."role" = 'MENTOR' ${PER_PERSON}) as "mentor"
    ) r
    where ${column} = any(?::uuid[])
    group by ${column}`,
  measures: (row) => ({
    SPO_STUDENTS_COVERED: share(row['spo_involved'], row['spo'], true),
    CHILDREN_10_19_MENTEES: share(row['aged_10_19_mentees'], row['aged_10_19'], true),
    TEENS_15_19_MENTORS: share(row['aged_15_19_mentors'], row['aged_15_19'], true),
  }),
};

const SATISFACTION: Family = {
  sql: (column) => `
    select ${column} as "territory_id",
      sum(o."mentee_satisfaction") as "mentee_sum", count(o."mentee_satisfaction") as "mentee_count",
      sum(o."mentor_satisfaction") as "mentor_sum", count(o."mentor_satisfaction") as "mentor_count"
    from "mentoring_pub"."programme_outcome" o
    join "registry_pub"."organization_territory" t on t."organization_id" = o."organization_id"
    where o."end_date" <= ?::date and ${column} = any(?::uuid[])
    group by ${column}`,
  measures: (row) => ({
    MENTEE_SATISFACTION: { ...share(row['mentee_sum'], row['mentee_count'], true), kind: 'AVERAGE' },
    MENTOR_SATISFACTION: { ...share(row['mentor_sum'], row['mentor_count'], true), kind: 'AVERAGE' },
  }),
};

/**
 * Event kinds that fulfil each roadmap threshold «Не менее 50% ОО приняли участие», as the system reads the roadmap's
 * rows: «Старт-сессия для руководителей ОО»; «Вебинары - ПК - Фестиваль «Наставник.fest67@» - Конкурс «Педагогический
 * дуэт»»; «Банк эффективных практик - Базы данных и реестры - Презентация опыта» names no event kind, and is read as the
 * events where experience is presented (конференция, круглый стол, мастер-класс, семинар).
 */
export const EVENT_KINDS_OF: Record<string, readonly string[]> = {
  START_SESSION_PARTICIPATION: ['START_SESSION'],
  METHODICAL_EVENTS_PARTICIPATION: ['WEBINAR', 'COURSE', 'FESTIVAL', 'CONTEST'],
  INFORMATION_EVENTS_PARTICIPATION: ['CONFERENCE', 'ROUND_TABLE', 'MASTER_CLASS', 'SEMINAR', 'ONLINE_SEMINAR'],
};

const kindList = (code: string) => (EVENT_KINDS_OF[code] ?? []).map((kind) => `'${kind}'`).join(', ');
/** Per organization, by its index: the country's participation is never gathered for one region (see PER_PERSON). */
const tookPartIn = (code: string) =>
  `count(*) filter (where ${EDUCATIONAL} and exists (
     select 1 from "planning_pub"."event_participation_as_of"(?::date) k
     where k."organization_id" = t."organization_id" and k."took_part" and k."year" = extract(year from ?::date)
       and k."event_kind" in (${kindList(code)}) ${PER_PERSON}))`;

/**
 * Участие в мероприятиях: of the territory's educational organizations, those that (or whose people) took part, by the
 * date, in an event of the threshold's kinds held in the date's year (planning_pub.event_participation_as_of).
 */
const EVENT_PARTICIPATION: Family = {
  sql: (column) => `
    select ${column} as "territory_id",
      count(*) filter (where ${EDUCATIONAL}) as "educational",
      ${tookPartIn('START_SESSION_PARTICIPATION')} as "start_session",
      ${tookPartIn('METHODICAL_EVENTS_PARTICIPATION')} as "methodical",
      ${tookPartIn('INFORMATION_EVENTS_PARTICIPATION')} as "information"
    from "registry_pub"."organization_territory" t
    where ${column} = any(?::uuid[])
    group by ${column}`,
  measures: (row) => ({
    START_SESSION_PARTICIPATION: share(row['start_session'], row['educational'], false),
    METHODICAL_EVENTS_PARTICIPATION: share(row['methodical'], row['educational'], false),
    INFORMATION_EVENTS_PARTICIPATION: share(row['information'], row['educational'], false),
  }),
};

/**
 * Участие в мониторинге: of the organizations the region's latest campaign counting an indicator targets (opened by
 * the date, not a draft), those that sent their form by the date and were not returned. Campaigns are analytics' own.
 */
const CAMPAIGN_PARTICIPATION: Family = {
  sql: (column) => `
    with "latest" as (
      select distinct on (c."region_id", c."participation_indicator_code") c."id", c."participation_indicator_code" as "code"
      from "analytics"."monitoring_campaign" c
      where c."participation_indicator_code" is not null and c."status" <> 'DRAFT' and c."opens_on" <= ?::date
      order by c."region_id", c."participation_indicator_code", c."opens_on" desc),
    "counted" as (
      select ${column} as "territory_id", l."code", count(*) as "targeted",
        count(*) filter (where s."submitted_on" <= ?::date
          and s."status" in ('SUBMITTED', 'ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR')) as "submitted"
      from "latest" l
      join "analytics"."campaign_submission" s on s."campaign_id" = l."id"
      join "registry_pub"."organization_territory" t on t."organization_id" = s."organization_id"
      where ${column} = any(?::uuid[])
      group by ${column}, l."code")
    select "territory_id", jsonb_object_agg("code", jsonb_build_array("submitted", "targeted")) as "by_code"
    from "counted"
    group by "territory_id"`,
  measures: (row) =>
    Object.fromEntries(
      Object.entries((row['by_code'] ?? {}) as unknown as Record<string, [number, number]>).map(
        ([code, [submitted, targeted]]) => [code, share(submitted, targeted, false)],
      ),
    ),
};

/** Family code (the catalogue's `family` column) → its statement; the number of `?` for the date precedes the ids. */
export const FAMILIES: Record<string, Family & { dateParameters: number; ofPeople: boolean; kind: Measure['kind'] }> = {
  ORGANIZATIONS: { ...ORGANIZATIONS, dateParameters: 3, ofPeople: false, kind: 'SHARE' },
  STAFF: { ...STAFF, dateParameters: 4, ofPeople: true, kind: 'SHARE' },
  STUDENTS: { ...STUDENTS, dateParameters: 3, ofPeople: true, kind: 'SHARE' },
  SATISFACTION: { ...SATISFACTION, dateParameters: 1, ofPeople: true, kind: 'AVERAGE' },
  CAMPAIGN_PARTICIPATION: { ...CAMPAIGN_PARTICIPATION, dateParameters: 2, ofPeople: false, kind: 'SHARE' },
  EVENT_PARTICIPATION: { ...EVENT_PARTICIPATION, dateParameters: 6, ofPeople: false, kind: 'SHARE' },
};

type FamilyDefinition = (typeof FAMILIES)[string];

/** Runs a family's one statement for the territories of a level on a date: territory id → each indicator's measure. */
export async function measureFamily(
  em: EntityManager,
  family: FamilyDefinition,
  level: TerritoryLevel,
  asOf: string,
  ids: readonly string[],
): Promise<Map<string, Record<string, Measure>>> {
  const rows: Record<string, unknown>[] = await em.execute(family.sql(TERRITORY_COLUMN[level]), [
    ...Array<string>(family.dateParameters).fill(asOf),
    uuidArray(ids),
  ]);
  return new Map(rows.map((row) => [String(row['territory_id']), family.measures(row)]));
}
