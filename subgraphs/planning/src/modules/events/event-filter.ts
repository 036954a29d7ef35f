import type { FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import type { EventFilter } from '../../__generated__/types.generated.js';
import type { Event } from './event.entity.js';

/**
 * The filter as conditions on events. A region or municipality is named by its code and resolved to the registry's
 * id through the published territory view (one statement); an unknown code matches no event.
 */
export async function eventsWhere(
  em: EntityManager,
  filter: EventFilter | null | undefined,
): Promise<FilterQuery<Event>> {
  const conditions: FilterQuery<Event>[] = [];
  if (filter?.regionCode) {
    const rows = await em.execute<{ region_id: string }[]>(
      'select distinct region_id from registry_pub.municipality_territory where region_code = ?',
      [filter.regionCode],
    );
    conditions.push({ regionId: { $in: rows.map((row) => row.region_id) } });
  }
  if (filter?.municipalityOktmo) {
    const rows = await em.execute<{ municipality_id: string }[]>(
      'select municipality_id from registry_pub.municipality_territory where municipality_oktmo = ?',
      [filter.municipalityOktmo],
    );
    conditions.push({ municipalityId: { $in: rows.map((row) => row.municipality_id) } });
  }
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.from && filter.to && filter.from > filter.to)
    throw badUserInput(`Период отбора: from (${filter.from}) позже to (${filter.to}); from must not follow to.`, {
      argument: 'filter.from',
    });
  // An event without an end date lasts its start day; undated events fall outside any period.
  if (filter?.from)
    conditions.push({
      $or: [{ endDate: { $gte: filter.from } }, { endDate: null, startDate: { $gte: filter.from } }],
    });
  if (filter?.to) conditions.push({ startDate: { $lte: filter.to } });
  return { $and: conditions };
}
