import { containsPattern, findConnection, organizationsOfTerritory, present, type ConnectionArgs } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { MentorFilter, MentorProfileResolvers, QueryResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { MentorProfileSchema, type MentorProfile } from './mentor-profile.entity.js';
import { mentorVisibility } from './visibility.js';

async function mentorsWhere(context: Context, filter: MentorFilter | null | undefined): Promise<FilterQuery<MentorProfile>> {
  const conditions: FilterQuery<MentorProfile>[] = [mentorVisibility(context.viewer, await context.loaders.organizationScope())];
  if (filter?.regionCode || filter?.municipalityOktmo) {
    conditions.push({ organizationId: { $in: await organizationsOfTerritory(context.em, filter) } });
  }
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  if (filter?.form) conditions.push({ forms: { $contains: [filter.form] } });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.competencyContains) {
    // Array elements are matched as text: the mentor base is small per territory.
    const pattern = containsPattern(filter.competencyContains);
    const rows = await context.em.getConnection().execute<{ id: string }[]>(
      'select id from mentoring.mentor_profile where exists (select 1 from unnest(competencies) c where c ilike ?)',
      [pattern],
    );
    conditions.push({ id: { $in: rows.map((row) => row.id) } });
  }
  return { $and: conditions };
}

export const mentorsConnection = async (context: Context, filter: MentorFilter | null | undefined, page: ConnectionArgs) =>
  findConnection(context.em, MentorProfileSchema, await mentorsWhere(context, filter), page, { id: 'asc' });

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

export const mentorQueries: Pick<QueryResolvers, 'mentors'> = {
  mentors: (_, { filter, ...page }, context) => mentorsConnection(context, filter, page),
};

export const MentorProfileType: MentorProfileResolvers = {
  __resolveReference: async (reference, context) => visibleMentor(context, await context.loaders.mentorById.load(reference.id)),
  person: (profile) => ({ id: profile.personId }),
  organization: (profile) => ({ id: profile.organizationId }),
  forms: async (profile, _, { loaders }) => (await loaders.formByCode.loadMany(profile.forms)).map((form, index) => present(form instanceof Error ? null : form, `form ${profile.forms[index]}`)),
  employmentAgreementNumber: async (profile, _, { loaders }) => (await loaders.agreementsByMentor.load(profile.id))[0]?.number ?? null,
  employmentAgreementDate: async (profile, _, { loaders }) => (await loaders.agreementsByMentor.load(profile.id))[0]?.date ?? null,
  employmentAgreements: (profile, _, { loaders }) => loaders.agreementsByMentor.load(profile.id),
  activeMenteeCount: (profile, _, { loaders }) => loaders.activeMenteesByMentor.load(profile.personId),
  trainings: (profile, _, { loaders }) => loaders.trainingsByMentor.load(profile.id),
};
