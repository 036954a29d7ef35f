import type { OrganizationScope, Viewer } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import { adultBornBy } from './derived.js';
import type { Person } from './person.entity.js';

/**
 * Whom a viewer may see: anonymous viewers and other regions' systems only
 * adults with a valid publication consent; staff roles and analysts the
 * people currently employed or studying in their territory (analysts
 * nation-wide without a region).
 */
export async function personVisibility(viewer: Viewer, scope: OrganizationScope): Promise<FilterQuery<Person>> {
  if (viewer.role === 'PUBLIC' || viewer.role === 'EXTERNAL_SYSTEM') {
    return { consents: { kind: 'PUBLICATION', withdrawnOn: null }, birthDate: { $lte: adultBornBy() } };
  }
  if (scope.kind === 'all') return {};
  const organizations = { $in: [...scope.ids] };
  return { $or: [{ employments: { organization: organizations, endDate: null } }, { enrollments: { organization: organizations, endDate: null } }] };
}
