import type { PracticeResolvers } from '../../../__generated__/types.generated.js';

/** What planning adds to mentoring's practice: the published results of the best-practice contests it entered. */
export const Practice: PracticeResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  contestResults: (practice, _, { loaders }) => loaders.publishedResultsByPractice.load(practice.id),
};
