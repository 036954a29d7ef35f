import { assertVersion, runMutation } from '@mentoring/platform/database';
import { conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { todayIso } from '@mentoring/platform/validation';
import { assertKeeps, lockedContest } from '../../contest-rights.js';

export const closeContestScoring: NonNullable<MutationResolvers['closeContestScoring']> = (
  _,
  { contestId, version },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const contest = await lockedContest(tx, contestId);
    await assertKeeps(tx, context.viewer, contest);
    assertVersion(contest, version, 'Конкурс');
    if (contest.scoringClosedAt) throw conflict('Оценка уже завершена; scoring is already closed.');
    // Scoring belongs to the evaluation stage: the applications are in only once their stage has ended.
    if (!contest.applicationsUntil || todayIso() <= contest.applicationsUntil)
      throw conflict(
        contest.applicationsUntil
          ? `Приём заявок идёт по ${contest.applicationsUntil}; scoring closes only after the application stage has ended.`
          : 'У конкурса не объявлены сроки приёма заявок; scoring closes only after a dated application stage has ended.',
      );
    tx.assign(contest, { scoringClosedAt: new Date() });
    await tx.flush();
    return contest;
  });
