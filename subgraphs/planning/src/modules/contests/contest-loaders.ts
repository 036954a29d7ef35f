import DataLoader from 'dataloader';
import { once, type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader, uniqueLoader } from '@mentoring/platform/loaders';
import { ContestApplicationSchema, type ContestApplication } from './application.entity.js';
import { ContestSchema } from './contest.entity.js';
import { keeperTerritory } from './contest-rights.js';
import { ContestJurorSchema } from './juror.entity.js';
import { ContestNominationSchema } from './nomination.entity.js';
import { ContestScoreSchema } from './score.entity.js';

/** One set per request: the nominations, jury, scores and jurors of N contests or applications cost one statement each. */
export function createContestLoaders(em: EntityManager, viewer: Viewer) {
  return {
    contestById: uniqueLoader(em, ContestSchema, 'id'),
    nominationById: uniqueLoader(em, ContestNominationSchema, 'id'),
    nominationsByContest: groupedLoader(em, ContestNominationSchema, 'contest', { orderBy: { position: 'asc' } }),
    juryByContest: groupedLoader(em, ContestJurorSchema, 'contest', { orderBy: { createdAt: 'asc', id: 'asc' } }),
    jurorById: uniqueLoader(em, ContestJurorSchema, 'id'),
    scoresByApplication: groupedLoader(em, ContestScoreSchema, 'application', {
      orderBy: { createdAt: 'asc', id: 'asc' },
    }),
    /**
     * Published results of N practices (best-practice contests), newest contest first, in one statement: a practice of
     * the bank by its id, a practice proposed with an application by that application's id.
     */
    publishedResultsByPractice: new DataLoader<string, ContestApplication[]>(async (practiceIds) => {
      const rows = await em.find(
        ContestApplicationSchema,
        {
          $or: [
            { practiceId: { $in: [...practiceIds] } },
            { id: { $in: [...practiceIds] }, proposalTitle: { $ne: null } },
          ],
          contest: { resultsPublishedAt: { $ne: null } },
        },
        { orderBy: { contest: { year: 'desc' }, id: 'asc' } },
      );
      return practiceIds.map((id) =>
        rows.filter((row) => row.practiceId === id || (row.id === id && row.proposalTitle != null)),
      );
    }),
    /** The territory whose contests the viewer runs, or null: asked once per request, not once per contest. */
    contestKeeperTerritory: once(() => keeperTerritory(em, viewer)),
  };
}
