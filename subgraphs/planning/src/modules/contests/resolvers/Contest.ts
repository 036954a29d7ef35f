import { optionalSourceView } from '@mentoring/sources';
import { referenceTo } from '@mentoring/platform/graphql';
import { findConnection } from '@mentoring/platform/pagination';
import type { ContestResolvers } from '../../../__generated__/types.generated.js';
import { ContestApplicationSchema } from '../application.entity.js';
import { reads } from '../contest-rights.js';
import { contestStages } from '../contest-view.js';

export const Contest: ContestResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.contestById.load(reference.id),
  region: (contest) => referenceTo(contest.regionId),
  municipality: (contest) => referenceTo(contest.municipalityId),
  event: (contest, _, { loaders }) => (contest.event ? loaders.eventById.load(contest.event.id) : null),
  stages: (contest) => contestStages(contest),
  scale: (contest) =>
    contest.scoreMin != null && contest.scoreMax != null
      ? { min: contest.scoreMin, max: contest.scoreMax, step: contest.scoreStep }
      : null,
  nominations: (contest, _, { loaders }) => loaders.nominationsByContest.load(contest.id),
  jury: (contest, _, { loaders }) => loaders.juryByContest.load(contest.id),
  scoringClosed: (contest) => contest.scoringClosedAt != null,
  resultsPublished: (contest) => contest.resultsPublishedAt != null,
  // Before the results, the keepers (and the region's operator, for municipal contests) see every application, a
  // school its own, everybody else none.
  applications: async (contest, page, { em, viewer, loaders }) => {
    const published = contest.resultsPublishedAt != null;
    const keeper = reads(await loaders.contestKeeperTerritory(), contest);
    const own =
      (viewer.role === 'SCHOOL_CURATOR' || viewer.role === 'SCHOOL_HEAD') && viewer.scope.organizationId
        ? { organizationId: viewer.scope.organizationId }
        : null;
    const where =
      published || keeper ? { contest } : own ? { contest, ...own } : { contest, id: { $in: [] as string[] } };
    return findConnection(em, ContestApplicationSchema, where, page, { createdAt: 'asc', id: 'asc' });
  },
  source: optionalSourceView,
};
