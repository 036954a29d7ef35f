import type { Viewer } from '@mentoring/platform/auth';
import { uuidArray, type EntityManager } from '@mentoring/platform/database';
import DataLoader from 'dataloader';
import { TERRITORY_LEVELS, type TerritoryLevel } from '../indicators/snapshot.entity.js';

/** Where a territory lies, from the registry's published views: for target inheritance, scoping and small cells. */
export interface TerritoryLocation {
  regionId: string;
  regionCode: string;
  municipalityId: string | null;
  municipalityOktmo: string | null;
  organizationId: string | null;
}

/** A territory's location with its name. */
export interface TerritoryPlace extends TerritoryLocation {
  /** The territory's name as the registry keeps it (an organization's short name), for titles of reports. */
  name: string;
}

const PLACE_SQL: Record<TerritoryLevel, string> = {
  REGION: `select distinct "region_id" as "id", "region_id", "region_code", null::uuid as "municipality_id", null as "municipality_oktmo", null::uuid as "organization_id", "region_name" as "name"
           from "registry_pub"."municipality_territory" where "region_id" = any(?::uuid[])`,
  MUNICIPALITY: `select "municipality_id" as "id", "region_id", "region_code", "municipality_id", "municipality_oktmo", null::uuid as "organization_id", "municipality_name" as "name"
                 from "registry_pub"."municipality_territory" where "municipality_id" = any(?::uuid[])`,
  ORGANIZATION: `select "organization_id" as "id", "region_id", "region_code", "municipality_id", "municipality_oktmo", "organization_id", "organization_short_name" as "name"
                 from "registry_pub"."organization_territory" where "organization_id" = any(?::uuid[])`,
};

type PlaceRow = Record<'id' | 'region_id' | 'region_code' | 'name', string> &
  Record<'municipality_id' | 'municipality_oktmo' | 'organization_id', string | null>;

/** Where each territory of one level lies, in one statement; an id the registry does not know is absent. */
export async function placesOf(em: EntityManager, level: TerritoryLevel, ids: readonly string[]) {
  const rows = await em.execute<PlaceRow[]>(PLACE_SQL[level], [uuidArray(ids)]);
  return new Map(
    rows.map((row): [string, TerritoryPlace] => [
      row.id,
      {
        regionId: row.region_id,
        regionCode: row.region_code,
        municipalityId: row.municipality_id,
        municipalityOktmo: row.municipality_oktmo,
        organizationId: row.organization_id,
        name: row.name,
      },
    ]),
  );
}

/** One loader per level: the places of N territories asked in one tick cost one statement. */
export function createPlaceLoaders(
  em: EntityManager,
): Record<TerritoryLevel, DataLoader<string, TerritoryPlace | null>> {
  const loaderFor = (level: TerritoryLevel) =>
    new DataLoader<string, TerritoryPlace | null>(async (ids) => {
      const places = await placesOf(em, level, ids);
      return ids.map((id) => places.get(id) ?? null);
    });
  return Object.fromEntries(TERRITORY_LEVELS.map((level) => [level, loaderFor(level)])) as Record<
    TerritoryLevel,
    DataLoader<string, TerritoryPlace | null>
  >;
}

/** Whether a place lies in the territory the viewer works in: the platform's one rule for counts of people. */
export { withinWorkingTerritory } from '@mentoring/platform/auth';

/**
 * Which organizations' forms a viewer works with, as a condition on the registry's published view
 * `registry_pub.organization_territory` (alias `t`): the regional operator the region, the municipal coordinator
 * (оператор ОМСУ) the municipality, the school curator (координатор ОО) and the head their organization. Other roles
 * read aggregates only: no condition matches for them. Never a list of ids.
 */
export function territoryCondition(viewer: Viewer): { sql: string; params: string[] } {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return regionCode ? { sql: 't.region_code = ?', params: [regionCode] } : { sql: 'false', params: [] };
    case 'MUNICIPAL_COORDINATOR':
      return municipalityOktmo
        ? { sql: 't.municipality_oktmo = ?', params: [municipalityOktmo] }
        : { sql: 'false', params: [] };
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return organizationId ? { sql: 't.organization_id = ?', params: [organizationId] } : { sql: 'false', params: [] };
    default:
      return { sql: 'false', params: [] };
  }
}
