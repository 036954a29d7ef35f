import { organizationsOfTerritory } from '@mentoring/subgraph-registry/published';
import { containsPattern } from '@mentoring/platform/graphql';
import { findConnection, type ConnectionArgs } from '@mentoring/platform/pagination';
import type { FilterQuery } from '@mikro-orm/core';
import type { MentorFilter } from '../../__generated__/types.generated.js';
import type { Context } from '../../context.js';
import { MentorProfileSchema, type MentorProfile } from './mentor-profile.entity.js';
import { mentorVisibility } from './visibility.js';

async function mentorsWhere(
  context: Context,
  filter: MentorFilter | null | undefined,
): Promise<FilterQuery<MentorProfile>> {
  const conditions: FilterQuery<MentorProfile>[] = [
    mentorVisibility(context.viewer, await context.loaders.organizationScope()),
  ];
  if (filter?.regionCode || filter?.municipalityOktmo) {
    conditions.push({ organizationId: { $in: await organizationsOfTerritory(context.em, filter) } });
  }
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  if (filter?.form) conditions.push({ forms: { $contains: [filter.form] } });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.competencyContains) {
    // Array elements are matched as text: the mentor base is small per territory.
    const pattern = containsPattern(filter.competencyContains);
    const rows = await context.em
      .getConnection()
      .execute<{ id: string }[]>(
        'select id from mentoring.mentor_profile where exists (select 1 from unnest(competencies) c where c ilike ?)',
        [pattern],
      );
    conditions.push({ id: { $in: rows.map((row) => row.id) } });
  }
  return { $and: conditions };
}

/** The mentors the viewer may see that match the filter, a page at a time. */
export const mentorsConnection = async (
  context: Context,
  filter: MentorFilter | null | undefined,
  page: ConnectionArgs,
) => findConnection(context.em, MentorProfileSchema, await mentorsWhere(context, filter), page, { id: 'asc' });
