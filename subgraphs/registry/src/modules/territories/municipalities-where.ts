import { containsPattern } from '@mentoring/platform/graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { MunicipalityFilter } from '../../__generated__/types.generated.js';
import type { Municipality } from './municipality.entity.js';

export function municipalitiesWhere(filter: MunicipalityFilter | null | undefined): FilterQuery<Municipality> {
  const conditions: FilterQuery<Municipality>[] = [];
  if (filter?.regionCode) conditions.push({ region: { code: filter.regionCode } });
  if (filter?.nameContains) conditions.push({ name: { $ilike: containsPattern(filter.nameContains) } });
  return { $and: conditions };
}
