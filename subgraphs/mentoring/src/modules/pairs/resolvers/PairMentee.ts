import type { PairMenteeResolvers } from '../../../__generated__/types.generated.js';
import { consentOf } from '../participant-consent.js';

export const PairMentee: PairMenteeResolvers = {
  person: (mentee) => ({ id: mentee.personId }),
  consent: async (mentee, _, { loaders }) =>
    consentOf(await loaders.consentsByPair.load(mentee.pair.id), mentee.personId),
  organization: (mentee) => ({ id: mentee.organizationId }),
};
