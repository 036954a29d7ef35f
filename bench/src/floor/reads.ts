import { withinWorkingTerritory, type Viewer } from '@mentoring/platform/auth';
import { disclosedCount } from '@mentoring/platform/disclosure';
import { operationHash } from '@mentoring/platform/operation-hash';
import { fullYearsBetween, todayIso } from '@mentoring/platform/validation';
import { personVisibilitySql } from '@mentoring/subgraph-registry/published';
import { parse } from 'graphql';
import type pg from 'pg';
import { scheduleFacts } from '../../../subgraphs/planning/src/modules/roadmaps/schedule-facts.js';
import { deriveStatus } from '../../../subgraphs/planning/src/modules/roadmaps/status.js';
import { statisticsStatement } from '../../../subgraphs/analytics/src/modules/statistics/statement.js';
import { shownTotal, suppressCells } from '../../../subgraphs/analytics/src/modules/statistics/suppression.js';
import { READ_SCENARIOS } from '../scenarios.js';
import { regionDashboard } from './dashboard.js';
import { numbered, text } from './sql.js';

export interface FloorRequest {
  pool: pg.Pool;
  viewer: Viewer;
  variables: Record<string, unknown>;
}

export type Floor = (request: FloorRequest) => Promise<unknown>;

/** The hash our gateway logs reads under, computed once per scenario as a client would register it. */
const hashOf = (id: string) => {
  const scenario = READ_SCENARIOS.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return operationHash(parse(scenario.body.query));
};

/**
 * The personal-data access log our subgraphs keep: one row per person whose personal fields a logged role read in
 * the request. A floor that skipped it would compute less than the gateway does.
 */
async function logReads(
  client: pg.Pool | pg.PoolClient,
  viewer: Viewer,
  hash: string,
  reads: { personId: string; fields: string[] }[],
): Promise<void> {
  if (reads.length === 0 || viewer.role === 'PUBLIC') return;
  await client.query(
    `insert into registry.personal_data_read
       (id, read_at, viewer_subject, viewer_role, viewer_region_code, operation_hash, subject_type, subject_id, fields)
     select gen_random_uuid(), now(), $1, $2, $3, $4, 'Person', r.subject_id, r.fields
     from jsonb_to_recordset($5::jsonb) as r(subject_id uuid, fields text[])`,
    [
      viewer.subject,
      viewer.role,
      viewer.scope.regionCode ?? null,
      hash,
      JSON.stringify(reads.map((read) => ({ subject_id: read.personId, fields: read.fields }))),
    ],
  );
}

/** The operator's 50 organizations: the page with its total, active pairs per organization, municipal roadmaps. */
const operatorOrganizations: Floor = async ({ pool, viewer, variables }) => {
  const { rows } = await pool.query<{
    short_name: string;
    municipality_name: string;
    region_code: string;
    municipality_oktmo: string;
    organization_id: string;
    pairs: number;
    roadmaps: { title: string }[];
    total: string;
  }>(
    `select o.short_name, m.name as municipality_name, r.code as region_code, m.oktmo as municipality_oktmo,
            o.id as organization_id, count(*) over () as total,
            (select count(*)::int from mentoring.mentoring_pair p where p.organization_id = o.id and p.status = 'ACTIVE') as pairs,
            coalesce((select json_agg(json_build_object('title', rm.title) order by rm.start_year, rm.title)
                      from planning.roadmap rm where rm.municipality_id = m.id and rm.level = 'MUNICIPALITY'), '[]') as roadmaps
     from registry.organization o
     join registry.municipality m on m.id = o.municipality_id
     join registry.region r on r.id = m.region_id
     where r.code = $1
     order by o.short_name, o.id
     limit 50`,
    [text(variables['regionCode'])],
  );
  return {
    organizations: {
      totalCount: Number(rows[0]?.total ?? 0),
      edges: rows.map((row) => ({
        node: {
          shortName: row.short_name,
          activeMentoringPairCount: disclosedCount(
            row.pairs,
            withinWorkingTerritory(viewer, {
              regionCode: row.region_code,
              municipalityOktmo: row.municipality_oktmo,
              organizationId: row.organization_id,
            }),
          ),
          municipality: { name: row.municipality_name, roadmaps: row.roadmaps },
        },
      })),
    },
  };
};

/**
 * A municipality's staff as the operator reads it: people employed there now whom the viewer may see (the registry's
 * one visibility rule), by name, with the young-specialist rule of seed 000 on today's date, and the access log.
 */
const municipalityStaff: Floor = async ({ pool, viewer, variables }) => {
  const today = todayIso();
  const visibility = personVisibilitySql(viewer, 'p.id');
  const { rows } = await pool.query<{
    id: string;
    last_name: string;
    first_name: string | null;
    middle_name: string | null;
    initials: string | null;
    birth_date: string | null;
    teaching_start: string | null;
    experience_known: boolean;
    pedagogical_now: boolean;
    total: string;
  }>(
    `with page as (
       select p.id, p.last_name, p.first_name, p.middle_name, p.initials, p.birth_date::text, count(*) over () as total
       from registry.person p
       where exists (select 1 from registry.employment e
                     join registry.organization o on o.id = e.organization_id
                     join registry.municipality m on m.id = o.municipality_id
                     where e.person_id = p.id and e.end_date is null and m.oktmo = $1)
         and ${numbered(visibility.sql, 3)}
       order by p.last_name, p.first_name, p.id
       limit 50)
     select page.*,
       (select min(e.teaching_experience_start)::text from registry.employment e
         where e.person_id = page.id and e.is_pedagogical) as teaching_start,
       coalesce((select bool_and(e.start_date is not null) from registry.employment e where e.person_id = page.id), true)
         as experience_known,
       coalesce((select bool_or(e.is_pedagogical) from registry.employment e where e.person_id = page.id
         and e.start_date <= $2::date and (e.end_date is null or e.end_date >= $2::date)), false) as pedagogical_now
     from page order by page.last_name, page.first_name, page.id`,
    [text(variables['oktmo']), today, ...visibility.params],
  );
  const nodes = rows.map((row) => ({
    id: row.id,
    fullName: row.first_name
      ? [row.last_name, row.first_name, row.middle_name].filter(Boolean).join(' ')
      : [row.last_name, row.initials].filter(Boolean).join(' '),
    isYoungSpecialist: youngSpecialist(row, today),
  }));
  await logReads(
    pool,
    viewer,
    STAFF_HASH,
    nodes.map((node) => ({
      personId: node.id,
      fields: node.isYoungSpecialist === null ? ['Person.fullName'] : ['Person.fullName', 'Person.isYoungSpecialist'],
    })),
  );
  return {
    people: {
      totalCount: Number(rows[0]?.total ?? 0),
      edges: nodes.map(({ fullName, isYoungSpecialist }) => ({ node: { fullName, isYoungSpecialist } })),
    },
  };
};
const STAFF_HASH = hashOf('municipality-staff');

/** Seed 000's молодой специалист: pedagogical now, under 35, under 3 full years of teaching; null where unknown. */
function youngSpecialist(
  facts: {
    birth_date: string | null;
    teaching_start: string | null;
    experience_known: boolean;
    pedagogical_now: boolean;
  },
  today: string,
): boolean | null {
  const known = facts.teaching_start !== null || facts.experience_known;
  if (!known || facts.birth_date === null) return null;
  if (!facts.teaching_start || facts.teaching_start > today) return false;
  return (
    facts.pedagogical_now &&
    fullYearsBetween(facts.birth_date, today) < 35 &&
    fullYearsBetween(facts.teaching_start, today) < 3
  );
}

/**
 * The public mentor list of a municipality: mentors who consented to publish their profile, working in the
 * municipality, by id; each with the name and positions their consent publishes and the forms' names.
 */
const publicMentors: Floor = async ({ pool, variables }) => {
  const { rows } = await pool.query<{
    id: string;
    data_origin: string;
    competencies: string[];
    forms: { name: string }[];
    items: string[];
    last_name: string;
    first_name: string | null;
    middle_name: string | null;
    initials: string | null;
    employments: { position: string; organization: { shortName: string; dataOrigin: string } }[];
    total: string;
  }>(
    `with page as (
       select mp.id, mp.person_id, mp.data_origin, mp.competencies, mp.forms, count(*) over () as total
       from mentoring.mentor_profile mp
       where exists (select 1 from registry_pub.publication_consent pc
                     where pc.person_id = mp.person_id and 'mentorProfile' = any(pc.fields))
         and exists (select 1 from registry_pub.organization_territory t
                     where t.organization_id = mp.organization_id and t.municipality_oktmo = $1)
       order by mp.id
       limit 51)
     select page.id, page.data_origin, page.competencies, page.total,
       (select pub.items from registry_pub.publication pub where pub.person_id = page.person_id) as items,
       p.last_name, p.first_name, p.middle_name, p.initials,
       (select coalesce(json_agg(json_build_object('name', f.name) order by k.ordinality), '[]')
          from unnest(page.forms) with ordinality k(code, ordinality) join mentoring.mentoring_form f on f.code = k.code) as forms,
       (select coalesce(json_agg(json_build_object('position', e.position, 'organization',
                 json_build_object('shortName', o.short_name, 'dataOrigin', o.data_origin)) order by e.start_date desc), '[]')
          from registry.employment e join registry.organization o on o.id = e.organization_id
          where e.person_id = page.person_id) as employments
     from page join registry.person p on p.id = page.person_id
     order by page.id`,
    [text(variables['oktmo'])],
  );
  const shown = rows.slice(0, 50);
  const last = shown.at(-1);
  return {
    mentors: {
      totalCount: Number(rows[0]?.total ?? 0),
      pageInfo: {
        hasNextPage: rows.length > 50,
        endCursor: last ? Buffer.from(JSON.stringify([last.id])).toString('base64url') : null,
      },
      edges: shown.map((row) => ({
        node: {
          dataOrigin: row.data_origin,
          // A person whose consent does not publish the name (or the positions) is not shown by the gateway either.
          person:
            row.items.includes('fullName') && row.items.includes('position')
              ? {
                  fullName: row.first_name
                    ? [row.last_name, row.first_name, row.middle_name].filter(Boolean).join(' ')
                    : [row.last_name, row.initials].filter(Boolean).join(' '),
                  employments: row.employments,
                }
              : null,
          competencies: row.competencies,
          forms: row.forms,
        },
      })),
    },
  };
};

interface OverviewItem {
  number: number;
  activity: string;
  schedule: string | null;
  due_date: string | null;
  period_start: string | null;
  period_end: string | null;
  recurrence: string | null;
  completed: (string | null)[];
}

/**
 * The README overview (anonymous): the region's first municipalities and general-education organizations with their
 * totals and active pairs (shown as the public sees counts of people), its roadmaps with each item's status on
 * today's date (planning's one status rule over the valid completion records) and its targets of 2024. One statement.
 */
const readmeOverview: Floor = async ({ pool, viewer }) => {
  const { rows } = await pool.query<{
    id: string;
    code: string;
    name: string;
    municipality_count: number;
    municipalities: { name: string; oktmo: string }[];
    organization_count: number;
    organizations: { short_name: string; municipality_name: string; oktmo: string; id: string; pairs: number }[];
    roadmaps: {
      title: string;
      approved_by: string | null;
      start_year: number;
      end_year: number;
      items: OverviewItem[];
    }[];
    targets: { name: string; unit: string; value: number | null; note: string | null }[];
  }>(
    `select r.id, r.code, r.name,
       (select count(*)::int from registry.municipality m where m.region_id = r.id) as municipality_count,
       (select coalesce(json_agg(x), '[]') from (select m.name, m.oktmo from registry.municipality m
          where m.region_id = r.id order by m.name, m.id limit 3) x) as municipalities,
       (select count(*)::int from registry.organization o join registry.municipality m on m.id = o.municipality_id
          where m.region_id = r.id and o.kind = 'GENERAL_EDUCATION') as organization_count,
       (select coalesce(json_agg(x), '[]') from (
          select o.short_name, m.name as municipality_name, m.oktmo, o.id,
            (select count(*)::int from mentoring.mentoring_pair p where p.organization_id = o.id and p.status = 'ACTIVE') as pairs
          from registry.organization o join registry.municipality m on m.id = o.municipality_id
          where m.region_id = r.id and o.kind = 'GENERAL_EDUCATION' order by o.short_name, o.id limit 3) x) as organizations,
       (select coalesce(json_agg(x order by x.start_year, x.title), '[]') from (
          select rm.title, rm.approved_by, rm.start_year, rm.end_year,
            (select coalesce(json_agg(json_build_object('number', i.number, 'activity', i.activity, 'schedule', i.schedule,
                'due_date', i.due_date, 'period_start', i.period_start, 'period_end', i.period_end, 'recurrence', i.recurrence,
                'completed', (select coalesce(json_agg(c.occurrence_on), '[]') from planning.roadmap_item_completion c
                              where c.item_id = i.id and c.withdrawn_at is null)) order by i.number), '[]')
             from planning.roadmap_item i where i.roadmap_id = rm.id) as items
          from planning.roadmap rm where rm.region_id = r.id and rm.level = 'REGION') x) as roadmaps,
       (select coalesce(json_agg(json_build_object('name', ind.name, 'unit', ind.unit, 'value', t.value, 'note', t.note)
                                 order by t.year, t.indicator_code), '[]')
          from analytics.indicator_target t join analytics.indicator ind on ind.code = t.indicator_code
          where t.region_id = r.id and t.year = 2024) as targets
     from registry.region r where r.code = '67'`,
  );
  const region = rows[0];
  if (!region) return { region: null };
  const today = todayIso();
  return {
    region: {
      name: region.name,
      municipalities: {
        totalCount: region.municipality_count,
        edges: region.municipalities.map((node) => ({ node })),
      },
      organizations: {
        totalCount: region.organization_count,
        edges: region.organizations.map((row) => ({
          node: {
            shortName: row.short_name,
            municipality: { name: row.municipality_name },
            activeMentoringPairCount: disclosedCount(
              row.pairs,
              withinWorkingTerritory(viewer, {
                regionCode: region.code,
                municipalityOktmo: row.oktmo,
                organizationId: row.id,
              }),
            ),
          },
        })),
      },
      roadmaps: region.roadmaps.map((roadmap) => ({
        title: roadmap.title,
        approvedBy: roadmap.approved_by,
        items: roadmap.items.map((item) => ({
          number: item.number,
          activity: item.activity,
          schedule: item.schedule,
          status: deriveStatus(
            {
              ...scheduleFacts(
                {
                  dueDate: item.due_date,
                  periodStart: item.period_start,
                  periodEnd: item.period_end,
                  recurrence: item.recurrence,
                },
                { startYear: roadmap.start_year, endYear: roadmap.end_year },
              ),
              completed: new Set(item.completed),
            },
            today,
          ),
        })),
      })),
      indicatorTargets: region.targets.map((target) => ({
        indicator: { name: target.name, unit: target.unit },
        value: target.value,
        note: target.note,
      })),
    },
  };
};

/**
 * The analyst's statistics: the measure's one counting statement (analytics' own, over the published views) with the
 * municipalities' names joined, then analytics' suppression and rounding rules on the exact counts.
 */
const analystStatistics: Floor = async ({ pool, viewer, variables }) => {
  const regionCode = text(variables['regionCode']);
  const statement = statisticsStatement('PAIRS', ['TERRITORY', 'FORM'], 'MUNICIPALITY', { regionCode }, todayIso());
  const { rows } = await pool.query<{
    region_code: string;
    municipality_oktmo: string | null;
    municipality_id: string | null;
    municipality_name: string | null;
    form_code: string | null;
    form_name: string | null;
    count: number;
    is_total: boolean;
  }>(
    `select s.*, m.name as municipality_name from (${numbered(statement.sql, 1)}) s
     left join registry.municipality m on m.id = s.municipality_id
     order by ${['region_code', 'municipality_oktmo', 'organization_id', 'region_id', 'municipality_id', 'form_position', 'form_code', 'form_name'].map((column) => `s.${column} nulls first`).join(', ')}`,
    statement.params,
  );
  const counted = rows.filter((row) => !row.is_total);
  const place = (oktmo: string | null) => ({ regionCode, municipalityOktmo: oktmo, organizationId: null });
  const shown = suppressCells(
    counted.map((row) => ({
      count: row.count,
      mayShowPeople: withinWorkingTerritory(viewer, place(row.municipality_oktmo)),
    })),
    true,
  );
  const total = rows.find((row) => row.is_total)?.count ?? 0;
  return {
    statistics: {
      measure: 'PAIRS',
      level: 'MUNICIPALITY',
      rows: counted.map((row, index) => ({
        municipality: row.municipality_id ? { name: row.municipality_name, oktmo: row.municipality_oktmo } : null,
        form: row.form_code ? { code: row.form_code, name: row.form_name } : null,
        ...shown.rows[index],
      })),
      total: shownTotal(total, true, withinWorkingTerritory(viewer, place(null)), shown.totalWouldExpose),
    },
  };
};

export const FLOORS: Partial<Record<string, Floor>> = {
  'readme-overview': readmeOverview,
  'dashboard-operator': regionDashboard,
  'dashboard-anonymous': regionDashboard,
  'operator-organizations': operatorOrganizations,
  'municipality-staff': municipalityStaff,
  'public-mentors': publicMentors,
  'analyst-statistics': analystStatistics,
};
