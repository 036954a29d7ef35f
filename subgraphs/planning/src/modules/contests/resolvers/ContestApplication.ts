import { wrap } from '@mikro-orm/core';
import { present, referenceTo } from '@mentoring/platform/graphql';
import type { ContestApplicationResolvers } from '../../../__generated__/types.generated.js';
import type { Context } from '../../../context.js';
import type { ContestApplication as Application } from '../application.entity.js';
import type { Contest } from '../contest.entity.js';
import { reads } from '../contest-rights.js';

async function contestOf(application: Application, { loaders }: Context): Promise<Contest> {
  return wrap(application.contest).isInitialized()
    ? application.contest
    : present(await loaders.contestById.load(application.contest.id), `contest of application ${application.id}`);
}

/**
 * Totals and results are the keepers' (and, for a municipal contest, the region's operator's) while the jury works;
 * everybody's once the results are published.
 */
async function resultsVisible(application: Application, context: Context): Promise<boolean> {
  const contest = await contestOf(application, context);
  return contest.resultsPublishedAt != null || reads(await context.loaders.contestKeeperTerritory(), contest);
}

export const ContestApplication: ContestApplicationResolvers = {
  contest: (application, _, context) => contestOf(application, context),
  nomination: (application, _, { loaders }) =>
    application.nomination ? loaders.nominationById.load(application.nomination.id) : null,
  pair: (application) => referenceTo(application.pairId),
  // A proposed practice is the bank's practice by the application's id (mentoring resolves it once it won).
  practice: (application) =>
    referenceTo(application.practiceId ?? (application.proposalTitle != null ? application.id : null)),
  proposal: (application) => (application.proposalTitle != null ? application : null),
  organization: (application) => ({ id: application.organizationId }),
  totalScore: async (application, _, context) => {
    if (!(await resultsVisible(application, context))) return null;
    const scores = await context.loaders.scoresByApplication.load(application.id);
    return scores.reduce((sum, score) => sum + score.score, 0);
  },
  result: async (application, _, context) =>
    (await resultsVisible(application, context)) ? (application.result ?? null) : null,
  scores: async (application, _, context) =>
    reads(await context.loaders.contestKeeperTerritory(), await contestOf(application, context))
      ? context.loaders.scoresByApplication.load(application.id)
      : null,
};
