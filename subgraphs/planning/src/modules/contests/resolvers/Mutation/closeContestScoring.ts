import { assertVersion, runMutation } from '@mentoring/platform/database';
import { conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertKeeps, contestNotFound } from '../../contest-rights.js';
import { ContestSchema } from '../../contest.entity.js';

export const closeContestScoring: NonNullable<MutationResolvers['closeContestScoring']> = (
  _,
  { contestId, version },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const contest = (await tx.findOne(ContestSchema, { id: contestId })) ?? contestNotFound(contestId);
    await assertKeeps(tx, context.viewer, contest);
    assertVersion(contest, version, 'Конкурс');
    if (contest.scoringClosedAt) throw conflict('Оценка уже завершена; scoring is already closed.');
    tx.assign(contest, { scoringClosedAt: new Date() });
    await tx.flush();
    return contest;
  });
