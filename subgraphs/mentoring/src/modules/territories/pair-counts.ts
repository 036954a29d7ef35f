import { uuidArray, type EntityManager } from '@mentoring/platform/database';
import DataLoader from 'dataloader';

const TERRITORY_COLUMN = { region: 'region_id', municipality: 'municipality_id' } as const;

/**
 * Active pairs and groups per region or municipality: one statement for every territory of a request, the pairs'
 * organizations placed by the registry's published view (never its tables).
 */
export function activePairCountByTerritory(em: EntityManager, level: keyof typeof TERRITORY_COLUMN) {
  const column = TERRITORY_COLUMN[level];
  return new DataLoader<string, number>(async (ids) => {
    const rows = await em.getConnection().execute<{ territory_id: string; total: string }[]>(
      `select t."${column}" as "territory_id", count(*) as "total"
         from "mentoring"."mentoring_pair" p
         join "registry_pub"."organization_territory" t on t."organization_id" = p."organization_id"
        where p."status" = 'ACTIVE' and t."${column}" = any(?::uuid[])
        group by t."${column}"`,
      [uuidArray(ids)],
    );
    const counts = new Map(rows.map((row) => [row.territory_id, Number(row.total)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
