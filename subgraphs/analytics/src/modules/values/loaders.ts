import DataLoader from 'dataloader';
import type { EntityManager } from '@mentoring/platform/database';
import { IndicatorSnapshotSchema, type IndicatorSnapshot, type TerritoryLevel } from '../indicators/snapshot.entity.js';
import { FAMILIES, TERRITORY_COLUMN, uuidArray, type Measure } from './families.js';

/** Where a territory lies: what the small-cell rule and target inheritance need. */
export interface TerritoryPlace {
  regionId: string;
  regionCode: string;
  municipalityId: string | null;
  municipalityOktmo: string | null;
  organizationId: string | null;
}

const PLACE_SQL: Record<TerritoryLevel, string> = {
  REGION: `select distinct "region_id" as "id", "region_id", "region_code", null::uuid as "municipality_id", null as "municipality_oktmo", null::uuid as "organization_id"
           from "registry_pub"."municipality_territory" where "region_id" = any(?::uuid[])`,
  MUNICIPALITY: `select "municipality_id" as "id", "region_id", "region_code", "municipality_id", "municipality_oktmo", null::uuid as "organization_id"
                 from "registry_pub"."municipality_territory" where "municipality_id" = any(?::uuid[])`,
  ORGANIZATION: `select "organization_id" as "id", "region_id", "region_code", "municipality_id", "municipality_oktmo", "organization_id"
                 from "registry_pub"."organization_territory" where "organization_id" = any(?::uuid[])`,
};

type Row = Record<string, string | number | null>;

/** Keys carry the parts a batch shares before the territory id: the batch runs one statement per shared part. */
const splitKey = (key: string) => {
  const at = key.lastIndexOf('|');
  return { group: key.slice(0, at), id: key.slice(at + 1) };
};

/** Batches keys `<group>|<territory id>` into one call of `load(group, ids)` per group. */
function groupedByPrefix<V>(load: (group: string, ids: string[]) => Promise<Map<string, V>>, missing: V) {
  return new DataLoader<string, V>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const { group, id } = splitKey(key);
      groups.set(group, [...(groups.get(group) ?? []), id]);
    }
    const results = new Map<string, Map<string, V>>();
    await Promise.all(
      [...groups].map(async ([group, ids]) => results.set(group, await load(group, [...new Set(ids)]))),
    );
    return keys.map((key) => {
      const { group, id } = splitKey(key);
      return results.get(group)?.get(id) ?? missing;
    });
  });
}

/**
 * The request's loaders for computed values: one statement per family, level and date for every territory the
 * request asks, whatever their number, and one per level for where territories lie.
 */
export function createValueLoaders(em: EntityManager) {
  return {
    /** Key `<family>|<level>|<date>|<territory id>` → each indicator's measure (absent: nothing to count). */
    measures: groupedByPrefix<Record<string, Measure>>(async (group, ids) => {
      const [family, level, asOf] = group.split('|') as [string, TerritoryLevel, string];
      const definition = FAMILIES[family];
      if (!definition) return new Map();
      const rows: Row[] = await em.execute(definition.sql(TERRITORY_COLUMN[level]), [
        ...Array<string>(definition.dateParameters).fill(asOf),
        uuidArray(ids),
      ]);
      return new Map(rows.map((row) => [String(row['territory_id']), definition.measures(row)]));
    }, {}),
    /** Key `<level>|<territory id>` → where it lies; null for an id the registry does not know. */
    places: groupedByPrefix<TerritoryPlace | null>(async (level, ids) => {
      const rows: Row[] = await em.execute(PLACE_SQL[level as TerritoryLevel], [uuidArray(ids)]);
      return new Map(
        rows.map((row) => [
          String(row['id']),
          {
            regionId: String(row['region_id']),
            regionCode: String(row['region_code']),
            municipalityId: row['municipality_id'] === null ? null : String(row['municipality_id']),
            municipalityOktmo: row['municipality_oktmo'] === null ? null : String(row['municipality_oktmo']),
            organizationId: row['organization_id'] === null ? null : String(row['organization_id']),
          },
        ]),
      );
    }, null),
    /** Key `<level>|<date>|<territory id>` → the territory's snapshots before the date, oldest first. */
    snapshotsBefore: groupedByPrefix<IndicatorSnapshot[]>(async (group, ids) => {
      const [level, asOf] = group.split('|') as [TerritoryLevel, string];
      const rows = await em.find(
        IndicatorSnapshotSchema,
        { level, territoryId: { $in: ids }, asOf: { $lt: asOf } },
        { orderBy: { asOf: 'asc' } },
      );
      const byTerritory = new Map<string, IndicatorSnapshot[]>();
      for (const row of rows) byTerritory.set(row.territoryId, [...(byTerritory.get(row.territoryId) ?? []), row]);
      return byTerritory;
    }, []),
  };
}

export type ValueLoaders = ReturnType<typeof createValueLoaders>;
