import { uuidArray, type EntityManager } from '@mentoring/platform/database';
import DataLoader from 'dataloader';

const GROUPED_BY = {
  municipality: { column: 'o."municipality_id"', join: '' },
  region: { column: 'm."region_id"', join: 'join "registry"."municipality" m on m."id" = o."municipality_id"' },
} as const;

/**
 * Organizations per municipality or region, optionally of one kind: one statement for every territory of a request
 * and kind, so a dashboard of 27 municipalities costs what one costs. `countFor(level, kind)` keeps one loader each.
 */
export function organizationCountLoaders(em: EntityManager) {
  const loaders = new Map<string, DataLoader<string, number>>();
  return (level: keyof typeof GROUPED_BY, kind: string | null | undefined): DataLoader<string, number> => {
    const key = `${level}|${kind ?? ''}`;
    const existing = loaders.get(key);
    if (existing) return existing;
    const { column, join } = GROUPED_BY[level];
    const loader = new DataLoader<string, number>(async (ids) => {
      const rows = await em.getConnection().execute<{ territory_id: string; total: string }[]>(
        `select ${column} as "territory_id", count(*) as "total"
           from "registry"."organization" o ${join}
          where ${column} = any(?::uuid[])${kind ? ' and o."kind" = ?' : ''}
          group by ${column}`,
        kind ? [uuidArray(ids), kind] : [uuidArray(ids)],
      );
      const counts = new Map(rows.map((row) => [row.territory_id, Number(row.total)]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
    loaders.set(key, loader);
    return loader;
  };
}
