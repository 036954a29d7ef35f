import { withinWorkingTerritory, type Viewer, type WorkingPlace } from '@mentoring/platform/auth';
import { uuidArray, type EntityManager } from '@mentoring/platform/database';
import { disclosedCount } from '@mentoring/platform/disclosure';
import DataLoader from 'dataloader';

/** The territories pairs are counted for, by their column in `registry_pub.organization_territory`. */
const TERRITORY_COLUMN = {
  region: 'region_id',
  municipality: 'municipality_id',
  organization: 'organization_id',
} as const;

/** Where each level's territory lies, from the same view: what the working-territory rule compares with the viewer. */
const PLACE_COLUMNS = {
  region: `t."region_code", null as "municipality_oktmo", null::uuid as "organization_id"`,
  municipality: `t."region_code", t."municipality_oktmo", null::uuid as "organization_id"`,
  organization: `t."region_code", t."municipality_oktmo", t."organization_id"`,
} as const;

export type PairCountLevel = keyof typeof TERRITORY_COLUMN;

/** Active pairs of a territory and where it lies; place null for an id the registry does not know. */
export interface PairCount {
  count: number;
  place: WorkingPlace | null;
}

/**
 * Active pairs and groups per region, municipality or organization: one statement for every territory of a request,
 * the pairs' organizations placed by the registry's published view (never its tables), which also says where each
 * territory lies.
 */
export function activePairCountByTerritory(em: EntityManager, level: PairCountLevel) {
  const column = TERRITORY_COLUMN[level];
  return new DataLoader<string, PairCount>(async (ids) => {
    const rows = await em.getConnection().execute<
      {
        territory_id: string;
        region_code: string;
        municipality_oktmo: string | null;
        organization_id: string | null;
        total: string;
      }[]
    >(
      `select t."${column}" as "territory_id", ${PLACE_COLUMNS[level]}, count(p."id") as "total"
         from "registry_pub"."organization_territory" t
         left join "mentoring"."mentoring_pair" p on p."organization_id" = t."organization_id" and p."status" = 'ACTIVE'
        where t."${column}" = any(?::uuid[])
        group by 1, 2, 3, 4`,
      [uuidArray(ids)],
    );
    const counts = new Map(
      rows.map((row): [string, PairCount] => [
        row.territory_id,
        {
          count: Number(row.total),
          place: {
            regionCode: row.region_code,
            municipalityOktmo: row.municipality_oktmo,
            organizationId: row.organization_id,
          },
        },
      ]),
    );
    return ids.map((id) => counts.get(id) ?? { count: 0, place: null });
  });
}

/**
 * The active pairs of a territory as the viewer is shown them. Each pair has a наставник, so the count is a count of
 * people, shown as statistics show it (PAIRS): exactly within the viewer's working territory; outside it null for
 * 1–4 and rounded to base 5 otherwise.
 */
export async function shownPairCount(
  loader: DataLoader<string, PairCount>,
  id: string,
  viewer: Viewer,
): Promise<number | null> {
  const { count, place } = await loader.load(id);
  return disclosedCount(count, withinWorkingTerritory(viewer, place));
}
