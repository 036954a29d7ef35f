import { present } from '@mentoring/platform/graphql';
import type { MentorProfileResolvers } from '../../../__generated__/types.generated.js';
import { visibleMentor } from '../visibility.js';

export const MentorProfile: MentorProfileResolvers = {
  __resolveReference: async (reference, context) =>
    visibleMentor(context, await context.loaders.mentorById.load(reference.id)),
  person: (profile) => ({ id: profile.personId }),
  organization: (profile) => ({ id: profile.organizationId }),
  forms: async (profile, _, { loaders }) =>
    (await loaders.formByCode.loadMany(profile.forms)).map((form, index) =>
      present(form instanceof Error ? null : form, `form ${profile.forms[index]}`),
    ),
  employmentAgreementNumber: async (profile, _, { loaders }) =>
    (await loaders.agreementsByMentor.load(profile.id))[0]?.number ?? null,
  employmentAgreementDate: async (profile, _, { loaders }) =>
    (await loaders.agreementsByMentor.load(profile.id))[0]?.date ?? null,
  employmentAgreements: (profile, _, { loaders }) => loaders.agreementsByMentor.load(profile.id),
  activeMenteeCount: (profile, _, { loaders }) => loaders.activeMenteesByMentor.load(profile.personId),
  trainings: (profile, _, { loaders }) => loaders.trainingsByMentor.load(profile),
};
