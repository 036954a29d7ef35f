import { runMutation } from '@mentoring/platform/database';
import { conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertKeeps, contestNotFound } from '../../contest-rights.js';
import { ContestSchema } from '../../contest.entity.js';
import { ContestJurorSchema } from '../../juror.entity.js';

export const addContestJuror: NonNullable<MutationResolvers['addContestJuror']> = (
  _,
  { contestId, personId },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const contest = (await tx.findOne(ContestSchema, { id: contestId })) ?? contestNotFound(contestId);
    await assertKeeps(tx, context.viewer, contest);
    if (contest.scoringClosedAt) throw conflict('Оценка завершена: жюри больше не меняется; scoring is closed.');
    if (await tx.findOne(ContestJurorSchema, { contest, personId }))
      throw conflict('Этот человек уже в жюри конкурса; already on the jury.');
    const juror = tx.create(ContestJurorSchema, { contest, personId, dataOrigin: 'ENTERED' });
    await tx.flush();
    return juror;
  });
