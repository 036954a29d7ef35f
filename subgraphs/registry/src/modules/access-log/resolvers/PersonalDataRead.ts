import type { PersonalDataReadResolvers } from '../../../__generated__/types.generated.js';

export const PersonalDataRead: PersonalDataReadResolvers = {
  subject: (entry, _, { loaders }) => loaders.personById.load(entry.subjectId),
};
