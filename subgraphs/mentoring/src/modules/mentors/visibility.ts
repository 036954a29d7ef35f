import { organizationScopeSql } from '@mentoring/subgraph-registry/published';
import type { OrganizationScope, Viewer } from '@mentoring/platform/auth';
import { whereSql } from '@mentoring/platform/database';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import type { MentorProfile } from './mentor-profile.entity.js';

/**
 * Which mentor profiles a viewer may see: anonymous viewers and other
 * regions' systems only mentors who consented to publish their profile
 * (a join on registry_pub.publication_consent, however many there are); staff their
 * territory (a subquery on the published territory view, not a list of ids); analysts their region or all.
 */
export function mentorVisibility(viewer: Viewer, scope: OrganizationScope): FilterQuery<MentorProfile> {
  if (viewer.role === 'PUBLIC' || viewer.role === 'EXTERNAL_SYSTEM') {
    return whereSql((alias) => ({
      sql: `${alias}.person_id in (select person_id from registry_pub.publication_consent where 'mentorProfile' = any(fields))`,
      params: [],
    }));
  }
  return scope.kind === 'all' ? {} : whereSql((alias) => organizationScopeSql(scope, `${alias}.organization_id`));
}

/** A mentor profile the viewer may not see is answered as absent. */
export async function visibleMentor(context: Context, profile: MentorProfile | null): Promise<MentorProfile | null> {
  if (!profile) return null;
  const { viewer, loaders } = context;
  if (viewer.role === 'PUBLIC' || viewer.role === 'EXTERNAL_SYSTEM') {
    return (await loaders.publishedItemsByPerson.load(profile.personId)).has('mentorProfile') ? profile : null;
  }
  return (await loaders.organizationInScope.load(profile.organizationId)) ? profile : null;
}
