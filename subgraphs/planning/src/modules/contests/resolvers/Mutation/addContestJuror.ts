import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { MAX_JURY } from '../../contest-input.js';
import { assertKeeps, lockedContest } from '../../contest-rights.js';
import { ContestJurorSchema } from '../../juror.entity.js';

export const addContestJuror: NonNullable<MutationResolvers['addContestJuror']> = (
  _,
  { contestId, personId },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const contest = await lockedContest(tx, contestId);
    await assertKeeps(tx, context.viewer, contest);
    if (contest.scoringClosedAt) throw conflict('Оценка завершена: жюри больше не меняется; scoring is closed.');
    if (await tx.findOne(ContestJurorSchema, { contest, personId }))
      throw conflict('Этот человек уже в жюри конкурса; already on the jury.');
    if ((await tx.count(ContestJurorSchema, { contest })) >= MAX_JURY)
      throw badUserInput(`В жюри не больше ${MAX_JURY} человек; a jury has at most ${MAX_JURY} members.`, {
        argument: 'personId',
      });
    const juror = tx.create(ContestJurorSchema, { contest, personId, dataOrigin: 'ENTERED' });
    await tx.flush();
    return juror;
  });
