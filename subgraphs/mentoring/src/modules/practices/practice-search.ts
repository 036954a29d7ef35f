import { organizationsOfTerritory } from '@mentoring/subgraph-registry/published';
import { containsPattern } from '@mentoring/platform/graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PracticeFilter } from '../../__generated__/types.generated.js';
import type { Context } from '../../context.js';
import type { Practice } from './practice.entity.js';

export async function practicesWhere(
  context: Context,
  filter: PracticeFilter | null | undefined,
): Promise<FilterQuery<Practice>> {
  const conditions: FilterQuery<Practice>[] = [];
  if (filter?.search) {
    const pattern = containsPattern(filter.search);
    conditions.push({ $or: [{ title: { $ilike: pattern } }, { summary: { $ilike: pattern } }] });
  }
  if (filter?.form) conditions.push({ form: filter.form });
  if (filter?.year) conditions.push({ year: filter.year });
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  if (filter?.regionCode)
    conditions.push({
      organizationId: { $in: await organizationsOfTerritory(context.em, { regionCode: filter.regionCode }) },
    });
  return { $and: conditions };
}
