import { type EntityManager } from '@mentoring/platform/database';
import { containsPattern } from '@mentoring/platform/graphql';
import { findConnection, type ConnectionArgs } from '@mentoring/platform/pagination';
import type { FilterQuery } from '@mikro-orm/core';
import type { OrganizationFilter } from '../../__generated__/types.generated.js';
import { OrganizationSchema, type Organization } from './organization.entity.js';

export function organizationsWhere(filter: OrganizationFilter | null | undefined): FilterQuery<Organization> {
  const conditions: FilterQuery<Organization>[] = [];
  if (filter?.regionCode) conditions.push({ municipality: { region: { code: filter.regionCode } } });
  if (filter?.municipalityOktmo) conditions.push({ municipality: { oktmo: filter.municipalityOktmo } });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.tag) conditions.push({ tags: { $contains: [filter.tag] } });
  if (filter?.nameContains) {
    const pattern = containsPattern(filter.nameContains);
    conditions.push({ $or: [{ name: { $ilike: pattern } }, { shortName: { $ilike: pattern } }] });
  }
  return { $and: conditions };
}

export function organizationsConnection(em: EntityManager, where: FilterQuery<Organization>, page: ConnectionArgs) {
  return findConnection(em, OrganizationSchema, where, page, { shortName: 'asc', id: 'asc' });
}
