import type { EntityManager } from '@mentoring/platform/database';
import type { StatisticDimension, StatisticMeasure, StatisticStatus } from '../../__generated__/types.generated.js';
import type { TerritoryLevel } from '../indicators/snapshot.entity.js';
import type { TerritoryLocation } from '../territories/places.js';
import { MEASURES } from './measures.js';

/** What a statistics table covers: a region (by code) or one municipality (by registry id). */
export type StatisticsScope = { regionCode: string } | { municipalityId: string };

/** One counted combination as the statement returns it; `place` is null for rows not grouped by territory. */
export interface CountedRow {
  place: TerritoryLocation | null;
  form: { code: string; name: string } | null;
  status: StatisticStatus | null;
  year: number | null;
  count: number;
}

/** The territories of a level within the scope, each with where it lies (columns of `TerritoryLocation`). */
const TERRITORIES: Record<TerritoryLevel, string> = {
  REGION: `select distinct "region_id", "region_code", null::uuid as "municipality_id", null::varchar as "municipality_oktmo", null::uuid as "organization_id"
           from "registry_pub"."municipality_territory"`,
  MUNICIPALITY: `select "region_id", "region_code", "municipality_id", "municipality_oktmo", null::uuid as "organization_id"
                 from "registry_pub"."municipality_territory"`,
  ORGANIZATION: `select "region_id", "region_code", "municipality_id", "municipality_oktmo", "organization_id"
                 from "registry_pub"."organization_territory"`,
};
const JOIN_COLUMN: Record<TerritoryLevel, string> = {
  REGION: 'region_id',
  MUNICIPALITY: 'municipality_id',
  ORGANIZATION: 'organization_id',
};
const DIMENSION_COLUMNS: Record<Exclude<StatisticDimension, 'TERRITORY'>, string[]> = {
  FORM: ['form_position', 'form_code', 'form_name'],
  STATUS: ['status'],
  YEAR: ['year'],
};
const TERRITORY_COLUMNS = ['region_code', 'municipality_oktmo', 'organization_id', 'region_id', 'municipality_id'];

function scopeCondition(alias: string, scope: StatisticsScope): { sql: string; param: string } {
  return 'regionCode' in scope
    ? { sql: `${alias}."region_code" = ?`, param: scope.regionCode }
    : { sql: `${alias}."municipality_id" = ?::uuid`, param: scope.municipalityId };
}

/**
 * The one statement of a table: the measure's facts within the scope on the date, joined to every territory of the
 * level in the scope (so a territory with nothing counts zero), counted once per unit for each combination of the
 * dimensions and once more for the whole scope (grouping sets). Its cost does not grow with the number of
 * territories but with the rows it returns.
 */
export function statisticsStatement(
  measure: StatisticMeasure,
  groupBy: readonly StatisticDimension[],
  level: TerritoryLevel,
  scope: StatisticsScope,
  asOf: string,
): { sql: string; params: string[] } {
  const source = MEASURES[measure];
  const facts = scopeCondition('t', scope);
  const byTerritory = groupBy.includes('TERRITORY');
  const dimensions = groupBy.flatMap((dimension) =>
    dimension === 'TERRITORY' ? [] : DIMENSION_COLUMNS[dimension].map((column) => `f."${column}"`),
  );
  const columns = [...(byTerritory ? TERRITORY_COLUMNS.map((column) => `tt."${column}"`) : []), ...dimensions];
  const params = [...Array<string>(source.dateParameters).fill(asOf), facts.param];
  let from = `"facts" f`;
  if (byTerritory) {
    const territories = scopeCondition('x', scope);
    from = `(select * from (${TERRITORIES[level]}) x where ${territories.sql}) tt
      left join "facts" f on f."${JOIN_COLUMN[level]}" = tt."${JOIN_COLUMN[level]}"`;
    params.push(territories.param);
  }
  const [first] = columns;
  const total = first ? `grouping(${first}) = 1` : 'true';
  // A territory counting zero is a row of its own only when no other dimension splits it.
  const keepZero = dimensions.length === 0;
  const sql = `
    with "facts" as (${source.sql(facts.sql)})
    select ${[...columns, `count(distinct f."unit")::int as "count"`, `${total} as "is_total"`].join(', ')}
    from ${from}
    group by grouping sets (${columns.length > 0 ? `(${columns.join(', ')}), ()` : '()'})
    ${keepZero ? '' : `having count(f."unit") > 0 or ${total}`}
    order by ${[...columns, '1'].map((column) => `${column} nulls first`).join(', ')}`;
  return { sql, params };
}

type Row = Partial<
  Record<'region_id' | 'region_code' | 'municipality_id' | 'municipality_oktmo' | 'organization_id', string | null>
> &
  Partial<Record<'form_code' | 'form_name' | 'status', string | null>> & {
    year?: number | null;
    count: number;
    is_total: boolean;
  };

/** Runs a table's one statement: the rows in order and the scope's total. */
export async function countStatistics(
  em: EntityManager,
  ...args: Parameters<typeof statisticsStatement>
): Promise<{ rows: CountedRow[]; total: number }> {
  const [, groupBy] = args;
  const { sql, params } = statisticsStatement(...args);
  const result = await em.execute<Row[]>(sql, params);
  const byTerritory = groupBy.includes('TERRITORY');
  const byForm = groupBy.includes('FORM');
  const rows = result
    .filter((row) => !row.is_total)
    .map((row): CountedRow => ({
      place:
        byTerritory && row.region_id && row.region_code
          ? {
              regionId: row.region_id,
              regionCode: row.region_code,
              municipalityId: row.municipality_id ?? null,
              municipalityOktmo: row.municipality_oktmo ?? null,
              organizationId: row.organization_id ?? null,
            }
          : null,
      form: byForm && row.form_code && row.form_name ? { code: row.form_code, name: row.form_name } : null,
      status: (row.status ?? null) as StatisticStatus | null,
      year: row.year ?? null,
      count: row.count,
    }));
  return { rows, total: result.find((row) => row.is_total)?.count ?? 0 };
}
