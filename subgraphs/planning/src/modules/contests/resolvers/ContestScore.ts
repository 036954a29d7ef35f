import { wrap } from '@mikro-orm/core';
import { present } from '@mentoring/platform/graphql';
import type { ContestScoreResolvers } from '../../../__generated__/types.generated.js';

export const ContestScore: ContestScoreResolvers = {
  juror: async (score, _, { loaders }) =>
    wrap(score.juror).isInitialized()
      ? score.juror
      : present(await loaders.jurorById.load(score.juror.id), `juror of score ${score.id}`),
};
