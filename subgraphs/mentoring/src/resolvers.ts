import { DateScalar } from '@mentoring/platform';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { formQueries, MentoringFormType } from './modules/forms/resolvers.js';
import { MentoringPairType, OrganizationType, pairQueries } from './modules/pairs/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...formQueries, ...pairQueries },
  MentoringForm: MentoringFormType,
  MentoringPair: MentoringPairType,
  Organization: OrganizationType,
};
