import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, notFound } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { ContestApplicationSchema } from '../../application.entity.js';
import { assertKeeps, lockedContest } from '../../contest-rights.js';
import { jurorConflict, type ContestEntry } from '../../entry-organization.js';
import { ContestJurorSchema } from '../../juror.entity.js';
import { ContestScoreSchema } from '../../score.entity.js';

export const scoreContestApplication: NonNullable<MutationResolvers['scoreContestApplication']> = (
  _,
  { applicationId, jurorPersonId, score },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const application = await tx.findOne(ContestApplicationSchema, { id: applicationId });
    if (!application)
      throw notFound(`Заявка ${applicationId} не найдена; no application with id ${applicationId}.`, {
        argument: 'applicationId',
      });
    // Locked: closing the scoring waits for this score, or this score sees the scoring closed.
    const contest = await lockedContest(tx, application.contest.id, 'applicationId');
    await assertKeeps(tx, context.viewer, contest);
    if (contest.scoringClosedAt) throw conflict('Оценка завершена; scoring of this contest is closed.');
    if (contest.evaluationFrom && todayIso() < contest.evaluationFrom)
      throw conflict(`Оценка начинается ${contest.evaluationFrom}; scoring opens with the evaluation stage.`);
    const juror = await tx.findOne(ContestJurorSchema, { contest, personId: jurorPersonId });
    if (!juror)
      throw badUserInput('Этот человек не входит в жюри конкурса; only a member of the jury scores.', {
        argument: 'jurorPersonId',
      });
    const { scoreMin, scoreMax, scoreStep } = contest;
    if (scoreMin == null || scoreMax == null)
      throw conflict('У конкурса не объявлена шкала оценок; the contest declares no score scale.');
    if (!Number.isInteger(score) || score < scoreMin || score > scoreMax || (score - scoreMin) % scoreStep !== 0)
      throw badUserInput(
        `Оценка ${score} вне шкалы конкурса: от ${scoreMin} до ${scoreMax}${scoreStep > 1 ? ` с шагом ${scoreStep}` : ''}; the score must be on the contest's scale.`,
        { argument: 'score' },
      );
    const entry: ContestEntry = application.pairId
      ? { pairId: application.pairId }
      : application.proposalAuthorPersonIds
        ? {
            proposal: {
              organizationId: application.organizationId,
              authorPersonIds: application.proposalAuthorPersonIds,
            },
          }
        : // A check constraint holds exactly one of the three.
          { practiceId: present(application.practiceId, `entry of application ${application.id}`) };
    const conflictOfInterest = await jurorConflict(tx, jurorPersonId, entry);
    if (conflictOfInterest === 'MEMBER')
      throw conflict(
        'Член жюри сам участник этой пары (автор практики) и не оценивает её; a juror does not score their own entry.',
      );
    if (conflictOfInterest === 'WORKPLACE')
      throw conflict(
        'Член жюри работает в организации этой пары (практики) или там, где работает её участник (автор), и не оценивает её; a juror does not score their own organization or a colleague’s entry.',
      );
    if (await tx.findOne(ContestScoreSchema, { application, juror }))
      throw conflict('Этот член жюри уже оценил заявку; one score per juror per application.');
    const entered = tx.create(ContestScoreSchema, {
      application,
      juror,
      score,
      enteredBy: context.viewer.subject,
      dataOrigin: 'ENTERED',
    });
    await tx.flush();
    return entered;
  });
