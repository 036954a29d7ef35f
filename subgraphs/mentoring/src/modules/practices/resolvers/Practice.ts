import type { PracticeResolvers } from '../../../__generated__/types.generated.js';

export const Practice: PracticeResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.practiceById.load(reference.id),
  organization: (practice) => ({ id: practice.organizationId }),
  authors: (practice) => practice.authorPersonIds.map((id) => ({ id })),
  form: (practice, _, { loaders }) => (practice.formCode ? loaders.formByCode.load(practice.formCode) : null),
};
