import { withinWorkingTerritory } from '@mentoring/platform/auth';
import { uuidArray, type EntityManager } from '@mentoring/platform/database';
import { disclosedCount } from '@mentoring/platform/disclosure';
import { todayIso } from '@mentoring/platform/validation';
import {
  campaignFigures,
  type CampaignFigure,
} from '../../../subgraphs/analytics/src/modules/campaigns/reported-figures.js';
import type { Indicator } from '../../../subgraphs/analytics/src/modules/indicators/indicator.entity.js';
import type { TerritoryLevel } from '../../../subgraphs/analytics/src/modules/indicators/snapshot.entity.js';
import type { TerritoryPlace } from '../../../subgraphs/analytics/src/modules/territories/places.js';
import { valueDate } from '../../../subgraphs/analytics/src/modules/values/dates.js';
import {
  FAMILIES,
  NOT_COMPUTED_AT,
  TERRITORY_COLUMN,
  type Measure,
} from '../../../subgraphs/analytics/src/modules/values/families.js';
import { territoryIndicators } from '../../../subgraphs/analytics/src/modules/values/territory-indicators.js';
import type { IndicatorValueView } from '../../../subgraphs/analytics/src/modules/values/values.js';
import type { Floor } from './reads.js';
import { numbered } from './sql.js';

/** The page the operation asks for: `municipalities(first: 30, after: $after)`. */
const PAGE = 30;

/** The codes the operation asks of every municipality, as its text names them (analytics answers in catalogue order). */
const MUNICIPALITY_CODES = [
  'ORGS_WITH_LOCAL_REGULATION',
  'ORGS_IMPLEMENTING_TEACHER_MENTORING',
  'YOUNG_TEACHERS_UNDER_35_COVERED',
];

type AnalyticsContext = Parameters<typeof territoryIndicators>[2];

/** Rows of `list` grouped by `key` in their order; rows whose key is null are left out. */
function groupedBy<T>(list: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of list) {
    const value = key(row);
    if (value === null) continue;
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}

/** A loader answering from what was read before, as analytics' loaders answer a key they found no row for. */
const answered = <V>(values: ReadonlyMap<string, V>, missing: V) => ({
  load: (key: string) => Promise.resolve(values.get(key) ?? missing),
});

/** A key analytics would read that the floor did not: a bug of the floor, never an empty answer. */
const unread = (what: string) => ({
  load: (key: string) => Promise.reject(new Error(`the floor read no ${what} for ${key}`)),
});

/** The computed families of the indicators asked at a level: those analytics runs a statement for. */
function familiesAt(indicators: readonly Indicator[], level: TerritoryLevel): string[] {
  const families = indicators.flatMap((indicator) =>
    indicator.method === 'COMPUTED' &&
    indicator.family &&
    indicator.family in FAMILIES &&
    !NOT_COMPUTED_AT[indicator.code]?.includes(level)
      ? [indicator.family]
      : [],
  );
  return [...new Set(families)];
}

interface MunicipalityRow {
  id: string;
  name: string;
  oktmo: string;
  organization_count: number;
  pairs: number;
  roadmaps: { title: string }[];
}

/**
 * The analytics dashboard of a region (registered operation RegionDashboard) for any viewer: the region's name, its
 * general-education organizations and active pairs, its indicators, and a page of its municipalities (by name, the
 * registry's cursor) with the same and three indicators each. Counts of people are shown as the subgraphs show them
 * to the viewer (exact in the viewer's working territory, otherwise rounded to base 5 with small cells suppressed).
 *
 * Statements: the registry, mentoring and planning facts of the region and the page in one, with the catalogue beside
 * it; then, for the region and the page's municipalities together, one per computed family and level (analytics' own
 * SQL text), one for the snapshots, one for the targets, one for the reported figures and one for the region's
 * monitoring campaign figures (analytics' own statement; a municipality's figures change nothing the operation selects
 * unless a milestone is asked of it). The values are then analytics' own functions (`territoryIndicators`: plan against
 * fact, disclosure, inherited targets, reported figures) over what was read, through loaders that answer from it.
 */
export const regionDashboard: Floor = async ({ pool, viewer, variables }) => {
  const regionCode = String(variables['regionCode']);
  const asOf = typeof variables['asOf'] === 'string' ? valueDate(variables['asOf'], 'asOf') : todayIso();
  const after =
    typeof variables['after'] === 'string'
      ? (JSON.parse(Buffer.from(variables['after'], 'base64url').toString('utf8')) as [string, string])
      : null;
  const [{ rows: regions }, { rows: catalogue }] = await Promise.all([
    pool.query<{
      id: string;
      code: string;
      name: string;
      organization_count: number;
      pairs: number;
      municipality_count: number;
      municipalities: MunicipalityRow[];
    }>(
      `select r.id, r.code, r.name,
         (select count(*)::int from registry.organization o join registry.municipality m on m.id = o.municipality_id
           where m.region_id = r.id and o.kind = 'GENERAL_EDUCATION') as organization_count,
         (select count(*)::int from mentoring.mentoring_pair p
            join registry.organization o on o.id = p.organization_id
            join registry.municipality m on m.id = o.municipality_id
           where m.region_id = r.id and p.status = 'ACTIVE') as pairs,
         (select count(*)::int from registry.municipality m where m.region_id = r.id) as municipality_count,
         (select coalesce(json_agg(x order by x.name, x.id), '[]') from (
            select m.id, m.name, m.oktmo,
              (select count(*)::int from registry.organization o
                where o.municipality_id = m.id and o.kind = 'GENERAL_EDUCATION') as organization_count,
              (select count(*)::int from mentoring.mentoring_pair p join registry.organization o on o.id = p.organization_id
                where o.municipality_id = m.id and p.status = 'ACTIVE') as pairs,
              coalesce((select json_agg(json_build_object('title', rm.title) order by rm.start_year, rm.title)
                        from planning.roadmap rm where rm.municipality_id = m.id and rm.level = 'MUNICIPALITY'), '[]')
                as roadmaps
            from registry.municipality m
            where m.region_id = r.id and ($2::text is null or (m.name, m.id) > ($2::text, $3::uuid))
            order by m.name, m.id
            limit ${PAGE + 1}) x) as municipalities
       from registry.region r where r.code = $1`,
      [regionCode, after?.[0] ?? null, after?.[1] ?? null],
    ),
    pool.query<Indicator>(
      `select code, name, unit, method, direction, formula, family from analytics.indicator order by position`,
    ),
  ]);
  const region = regions[0];
  if (!region) return { region: null };
  const page = region.municipalities.slice(0, PAGE);
  const ids = page.map((municipality) => municipality.id);

  const onDate = (level: TerritoryLevel, id: string) => `${level}|${asOf}|${id}`;
  const measures = new Map<string, Record<string, Measure>>();
  const measured = new Set<string>();
  const measure = async (family: string, level: TerritoryLevel, territories: string[]) => {
    const definition = FAMILIES[family];
    if (!definition) return;
    measured.add(`${family}|${level}|${asOf}`);
    const { rows } = await pool.query<Record<string, unknown>>(numbered(definition.sql(TERRITORY_COLUMN[level])), [
      ...Array<string>(definition.dateParameters).fill(asOf),
      uuidArray(territories),
    ]);
    for (const row of rows)
      measures.set(`${family}|${onDate(level, String(row['territory_id']))}`, definition.measures(row));
  };
  const asked = catalogue.filter((indicator) => MUNICIPALITY_CODES.includes(indicator.code));
  // A municipality's reported figures show only in a milestone's status: the operation selects no `reported` there.
  const reportedOf = asked.some((indicator) => indicator.method === 'MILESTONE') ? ids : [];
  // Analytics' campaign figures take an EntityManager for its `execute` alone: here it is the pool.
  const sqlOnly = {
    execute: async (sql: string, params: unknown[]) =>
      (await pool.query<Record<string, unknown>>(numbered(sql), params)).rows,
  } as unknown as EntityManager;

  const [snapshots, targets, reported, regionFigures, municipalityFigures] = await Promise.all([
    pool
      .query<{
        level: TerritoryLevel;
        territory_id: string;
        indicator_code: string;
        as_of_date: string;
        value: number | null;
        numerator: number | null;
        denominator: number | null;
      }>(
        `select s.level, s.territory_id, s.indicator_code, to_char(s.as_of, 'YYYY-MM-DD') as as_of_date,
                s.value, s.numerator, s.denominator
         from analytics.indicator_snapshot s
         where s.as_of < $1::date
           and ((s.level = 'REGION' and s.territory_id = $2::uuid) or (s.level = 'MUNICIPALITY' and s.territory_id = any($3::uuid[])))
         order by s.as_of`,
        [asOf, region.id, uuidArray(ids)],
      )
      .then(({ rows }) =>
        groupedBy(
          rows.map((row) => ({
            key: onDate(row.level, row.territory_id),
            indicatorCode: row.indicator_code,
            asOf: row.as_of_date,
            value: row.value,
            numerator: row.numerator,
            denominator: row.denominator,
          })),
          (row) => row.key,
        ),
      ),
    pool
      .query<{
        indicator_code: string;
        region_id: string | null;
        municipality_id: string | null;
        year: number;
        value: number | null;
        note: string | null;
      }>(
        `select t.indicator_code, t.region_id, t.municipality_id, t.year, t.value, t.note
         from analytics.indicator_target t
         where t.region_id = $1::uuid or t.municipality_id = any($2::uuid[])
         order by t.year, t.indicator_code`,
        [region.id, uuidArray(ids)],
      )
      .then(({ rows }) => rows.map(({ indicator_code: code, ...row }) => ({ ...row, indicator: { code } }))),
    pool
      .query<{
        indicator_code: string;
        region_id: string | null;
        municipality_id: string | null;
        year: number | null;
        as_of_date: string | null;
        printed: string;
        low: number | null;
        high: number | null;
        source: unknown;
        data_origin: string;
      }>(
        `select v.indicator_code, v.region_id, v.municipality_id, v.year, to_char(v.as_of, 'YYYY-MM-DD') as as_of_date,
                v.printed, v.low, v.high, v.source, v.data_origin
         from analytics.reported_value v
         where v.region_id = $1::uuid or v.municipality_id = any($2::uuid[])
         order by v.year, v.as_of`,
        [region.id, uuidArray(reportedOf)],
      )
      .then(({ rows }) =>
        rows.map(({ indicator_code: code, as_of_date: asOfDate, data_origin: dataOrigin, ...row }) => ({
          ...row,
          asOf: asOfDate,
          dataOrigin,
          indicator: { code },
        })),
      ),
    campaignFigures(sqlOnly, 'REGION', asOf, [region.id]),
    reportedOf.length > 0
      ? campaignFigures(sqlOnly, 'MUNICIPALITY', asOf, reportedOf)
      : new Map<string, CampaignFigure[]>(),
    ...familiesAt(catalogue, 'REGION').map((family) => measure(family, 'REGION', [region.id])),
    ...(ids.length > 0 ? familiesAt(asked, 'MUNICIPALITY').map((family) => measure(family, 'MUNICIPALITY', ids)) : []),
  ]);

  const regionPlace: TerritoryPlace = {
    regionId: region.id,
    regionCode: region.code,
    municipalityId: null,
    municipalityOktmo: null,
    organizationId: null,
    name: region.name,
  };
  const municipalityPlace = (municipality: MunicipalityRow): TerritoryPlace => ({
    ...regionPlace,
    municipalityId: municipality.id,
    municipalityOktmo: municipality.oktmo,
    name: municipality.name,
  });
  const figures = new Map([
    ...[...regionFigures].map(([id, list]) => [onDate('REGION', id), list] as const),
    ...[...municipalityFigures].map(([id, list]) => [onDate('MUNICIPALITY', id), list] as const),
  ]);
  const context = {
    viewer,
    loaders: {
      catalogue: () => Promise.resolve(catalogue),
      places: {
        // registry_pub.municipality_territory places a region only through its municipalities.
        REGION: answered(new Map(region.municipality_count > 0 ? [[region.id, regionPlace]] : []), null),
        MUNICIPALITY: answered(
          new Map(page.map((municipality) => [municipality.id, municipalityPlace(municipality)])),
          null,
        ),
        ORGANIZATION: unread('organization places'),
      },
      values: {
        measures: {
          load: (key: string) =>
            measured.has(key.slice(0, key.lastIndexOf('|')))
              ? Promise.resolve(measures.get(key) ?? {})
              : Promise.reject(new Error(`the floor measured no ${key}`)),
        },
        snapshotsBefore: answered(snapshots, []),
        campaignFigures: answered(figures, []),
      },
      targetsByRegion: answered(
        groupedBy(targets, (target) => target.region_id),
        [],
      ),
      targetsByMunicipality: answered(
        groupedBy(targets, (target) => target.municipality_id),
        [],
      ),
      reportedByRegion: answered(
        groupedBy(reported, (figure) => figure.region_id),
        [],
      ),
      reportedByMunicipality: answered(
        groupedBy(reported, (figure) => figure.municipality_id),
        [],
      ),
      reportedByOrganization: unread('organization figures'),
    },
  } as unknown as AnalyticsContext;

  const [regionValues, municipalityValues] = await Promise.all([
    territoryIndicators({ level: 'REGION', id: region.id }, { asOf }, context),
    Promise.all(
      page.map((municipality) =>
        territoryIndicators(
          { level: 'MUNICIPALITY', id: municipality.id },
          { asOf, codes: MUNICIPALITY_CODES },
          context,
        ),
      ),
    ),
  ]);
  const pairsShown = (count: number, municipalityOktmo: string | null) =>
    disclosedCount(
      count,
      withinWorkingTerritory(viewer, { regionCode: region.code, municipalityOktmo, organizationId: null }),
    );
  const last = page.at(-1);
  return {
    region: {
      name: region.name,
      organizationCount: region.organization_count,
      activeMentoringPairCount: pairsShown(region.pairs, null),
      indicators: regionValues.map(regionValue),
      municipalities: {
        totalCount: region.municipality_count,
        pageInfo: {
          hasNextPage: region.municipalities.length > PAGE,
          endCursor: last ? Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url') : null,
        },
        edges: page.map((municipality, index) => ({
          node: {
            name: municipality.name,
            oktmo: municipality.oktmo,
            organizationCount: municipality.organization_count,
            activeMentoringPairCount: pairsShown(municipality.pairs, municipality.oktmo),
            roadmaps: municipality.roadmaps,
            indicators: (municipalityValues[index] ?? []).map(municipalityValue),
          },
        })),
      },
    },
  };
};

/** A target's number as IndicatorTarget.value resolves it. */
const targetValue = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** `Region.indicators` as the operation selects it. */
function regionValue(view: IndicatorValueView) {
  return {
    indicator: {
      code: view.indicator.code,
      name: view.indicator.name,
      unit: view.indicator.unit,
      method: view.indicator.method,
    },
    asOf: view.asOf,
    value: view.value,
    numerator: view.numerator,
    denominator: view.denominator,
    status: view.status,
    gap: view.gap,
    projected: view.projected,
    suppressed: view.suppressed,
    note: view.note,
    target: view.target
      ? { year: view.target.year, value: targetValue(view.target.value), note: view.target.note ?? null }
      : null,
    reported: view.reported.map((figure) => ({
      printed: figure.printed,
      year: figure.year,
      campaign: figure.campaign,
      dataOrigin: figure.dataOrigin,
      source: figure.source ? { document: figure.source.document } : null,
    })),
  };
}

/** `Municipality.indicators` as the operation selects it. */
function municipalityValue(view: IndicatorValueView) {
  return {
    indicator: { code: view.indicator.code },
    value: view.value,
    numerator: view.numerator,
    denominator: view.denominator,
    status: view.status,
    suppressed: view.suppressed,
    target: view.target ? { value: targetValue(view.target.value) } : null,
  };
}
