import type { Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { containsPattern } from '@mentoring/platform/graphql';
import { findConnection, type ConnectionArgs } from '@mentoring/platform/pagination';
import { searchPhrase } from '@mentoring/platform/validation';
import type { FilterQuery } from '@mikro-orm/core';
import type { SavedQueryFilter } from '../../__generated__/types.generated.js';
import { SavedQuerySchema, type SavedQuery } from './saved-query.entity.js';
import { ofOrigin, visibleQueries } from './visibility.js';

/** The saved queries the viewer may see that match the filter, by name, a page at a time (one statement with the count). */
export function savedQueriesConnection(
  em: EntityManager,
  viewer: Viewer,
  filter: SavedQueryFilter | null | undefined,
  page: ConnectionArgs,
) {
  const search = searchPhrase(filter?.search, 'filter.search');
  const conditions: FilterQuery<SavedQuery>[] = [visibleQueries(viewer)];
  if (filter?.origin) conditions.push(ofOrigin(viewer, filter.origin));
  if (search !== null) {
    const pattern = containsPattern(search);
    conditions.push({ $or: [{ name: { $ilike: pattern } }, { description: { $ilike: pattern } }] });
  }
  return findConnection(em, SavedQuerySchema, { $and: conditions }, page, { name: 'asc', id: 'asc' });
}
