import type { Role, Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import type { FilterQuery, FindOneOptions } from '@mikro-orm/core';
import type { SavedQueryOrigin } from '../../__generated__/types.generated.js';
import { SavedQuerySchema, type SavedQuery } from './saved-query.entity.js';

/** The signed-in roles that keep saved queries; PUBLIC and EXTERNAL_SYSTEM have none (the SDL's @access says the same). */
export const SAVED_QUERY_ROLES: readonly Role[] = [
  'REGIONAL_OPERATOR',
  'MUNICIPAL_COORDINATOR',
  'SCHOOL_CURATOR',
  'SCHOOL_HEAD',
  'ANALYST',
];

const NOTHING: FilterQuery<SavedQuery> = { id: { $in: [] } };

/** The viewer's own queries: the same token subject and the same role (one person's analyst and operator tokens keep apart). */
export const ownQueries = (viewer: Viewer): FilterQuery<SavedQuery> => ({
  librarySlug: null,
  author: viewer.subject,
  authorRole: viewer.role,
});

/**
 * The one rule of who sees a saved query, as a where clause: the библиотека запросов; the viewer's own queries; and
 * queries shared (TERRITORY) within the viewer's region — the author's region code equal to the viewer's, or both
 * absent (nation-wide analysts share among themselves). Another's PRIVATE query matches nothing, so lists, counts,
 * cursors and lookups by id never show it.
 */
export function visibleQueries(viewer: Viewer): FilterQuery<SavedQuery> {
  if (!SAVED_QUERY_ROLES.includes(viewer.role)) return NOTHING;
  return {
    $or: [
      { librarySlug: { $ne: null } },
      ownQueries(viewer),
      { librarySlug: null, sharing: 'TERRITORY', regionCode: viewer.scope.regionCode ?? null },
    ],
  };
}

/** The queries of one origin as the viewer sees them (within visibleQueries). */
export function ofOrigin(viewer: Viewer, origin: SavedQueryOrigin): FilterQuery<SavedQuery> {
  switch (origin) {
    case 'LIBRARY':
      return { librarySlug: { $ne: null } };
    case 'OWN':
      return ownQueries(viewer);
    case 'SHARED':
      return { librarySlug: null, $not: { author: viewer.subject, authorRole: viewer.role } };
  }
}

/** Where a visible query comes from, as the viewer sees it. */
export function originOf(viewer: Viewer, query: SavedQuery): SavedQueryOrigin {
  if (query.librarySlug !== null && query.librarySlug !== undefined) return 'LIBRARY';
  return query.author === viewer.subject && query.authorRole === viewer.role ? 'OWN' : 'SHARED';
}

/** A saved query the viewer may see, or null: another's PRIVATE query is answered as absent. */
export const visibleQuery = (em: EntityManager, viewer: Viewer, id: string, options?: FindOneOptions<SavedQuery>) =>
  em.findOne(SavedQuerySchema, { $and: [{ id }, visibleQueries(viewer)] }, options);
