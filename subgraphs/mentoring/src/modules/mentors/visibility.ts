import type { OrganizationScope, Viewer, EntityManager } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { MentorProfile } from './mentor-profile.entity.js';

/**
 * Which mentor profiles a viewer may see: anonymous viewers and other
 * regions' systems only mentors who consented to publish their profile
 * (registry_pub.publication); staff their territory; analysts their region or all.
 */
export async function mentorVisibility(em: EntityManager, viewer: Viewer, scope: OrganizationScope): Promise<FilterQuery<MentorProfile>> {
  if (viewer.role === 'PUBLIC' || viewer.role === 'EXTERNAL_SYSTEM') {
    const rows = await em.getConnection().execute<{ person_id: string }[]>(`select person_id from registry_pub.publication where 'mentorProfile' = any(items)`);
    return { personId: { $in: rows.map((row) => row.person_id) } };
  }
  return scope.kind === 'all' ? {} : { organizationId: { $in: [...scope.ids] } };
}
