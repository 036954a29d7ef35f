import type { OrganizationScope, Viewer } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { Person } from './person.entity.js';

/**
 * Whom a viewer may see: anonymous viewers and other regions' systems only
 * people with a valid publication consent; staff roles and analysts the
 * people currently employed in their territory (analysts nation-wide without a region).
 */
export async function personVisibility(viewer: Viewer, scope: OrganizationScope): Promise<FilterQuery<Person>> {
  if (viewer.role === 'PUBLIC' || viewer.role === 'EXTERNAL_SYSTEM') {
    return { consents: { kind: 'PUBLICATION', withdrawnOn: null } };
  }
  if (scope.kind === 'all') return {};
  return { employments: { organization: { $in: [...scope.ids] }, endDate: null } };
}
