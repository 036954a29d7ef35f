import type { FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mentoring/platform/database';
import type { ContestFilter } from '../../__generated__/types.generated.js';
import type { Contest } from './contest.entity.js';

/** The filter as conditions on contests; a region is named by its code, resolved through the registry's published view. */
export async function contestsWhere(
  em: EntityManager,
  filter: ContestFilter | null | undefined,
): Promise<FilterQuery<Contest>> {
  const conditions: FilterQuery<Contest>[] = [];
  if (filter?.regionCode) {
    const rows = await em.execute<{ region_id: string }[]>(
      'select distinct region_id from registry_pub.municipality_territory where region_code = ?',
      [filter.regionCode],
    );
    conditions.push({ regionId: { $in: rows.map((row) => row.region_id) } });
  }
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.year != null) conditions.push({ year: filter.year });
  return { $and: conditions };
}
