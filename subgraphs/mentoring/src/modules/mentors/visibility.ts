import type { OrganizationScope, Viewer } from '@mentoring/platform/auth';
import type { FilterQuery } from '@mikro-orm/core';
import { raw } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import type { MentorProfile } from './mentor-profile.entity.js';

/**
 * Which mentor profiles a viewer may see: anonymous viewers and other
 * regions' systems only mentors who consented to publish their profile
 * (a join on registry_pub.publication, however many there are); staff their
 * territory; analysts their region or all.
 */
export function mentorVisibility(viewer: Viewer, scope: OrganizationScope): FilterQuery<MentorProfile> {
  if (viewer.role === 'PUBLIC' || viewer.role === 'EXTERNAL_SYSTEM') {
    return {
      [raw(
        (alias: string) =>
          `${alias}.person_id in (select person_id from registry_pub.publication where 'mentorProfile' = any(items))`,
      )]: [],
    };
  }
  return scope.kind === 'all' ? {} : { organizationId: { $in: [...scope.ids] } };
}

/** A mentor profile the viewer may not see is answered as absent. */
export async function visibleMentor(context: Context, profile: MentorProfile | null): Promise<MentorProfile | null> {
  if (!profile) return null;
  const { viewer, loaders } = context;
  if (viewer.role === 'PUBLIC' || viewer.role === 'EXTERNAL_SYSTEM') {
    return (await loaders.publishedItemsByPerson.load(profile.personId)).has('mentorProfile') ? profile : null;
  }
  const scope = await loaders.organizationScope();
  return scope.kind === 'all' || scope.ids.has(profile.organizationId) ? profile : null;
}
