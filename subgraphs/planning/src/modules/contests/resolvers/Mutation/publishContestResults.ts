import { assertVersion, runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { ContestApplicationSchema } from '../../application.entity.js';
import { assertKeeps, lockedContest } from '../../contest-rights.js';

export const publishContestResults: NonNullable<MutationResolvers['publishContestResults']> = (
  _,
  { contestId, version, results },
  context,
) =>
  runMutation(context.em, async (tx) => {
    // Locked: no application or score lands between reading the applications and publishing their results.
    const contest = await lockedContest(tx, contestId);
    await assertKeeps(tx, context.viewer, contest);
    assertVersion(contest, version, 'Конкурс');
    if (!contest.scoringClosedAt)
      throw conflict(
        'Итоги подводятся после завершения оценки (closeContestScoring); results only after scoring closes.',
      );
    if (contest.resultsPublishedAt) throw conflict('Итоги уже опубликованы; the results are already published.');
    const applications = await tx.find(ContestApplicationSchema, { contest });
    if (results.length > applications.length)
      throw badUserInput(
        `Итогов ${results.length}, а заявок ${applications.length}: не больше одного итога на заявку; at most ${applications.length} results.`,
        { argument: 'results' },
      );
    const byId = new Map(applications.map((application) => [application.id, application]));
    const named = new Set<string>();
    results.forEach(({ applicationId }, index) => {
      if (!byId.has(applicationId))
        throw badUserInput(
          `Заявка ${applicationId} не относится к этому конкурсу; not an application of the contest.`,
          {
            argument: `results[${index}].applicationId`,
          },
        );
      if (named.has(applicationId))
        throw badUserInput(`Заявка ${applicationId} названа дважды; each application gets one result.`, {
          argument: `results[${index}].applicationId`,
        });
      named.add(applicationId);
    });
    const resultOf = new Map(results.map(({ applicationId, result }) => [applicationId, result]));
    // Every application gets a result in this transaction: the unnamed ones are participants.
    for (const application of applications) application.result = resultOf.get(application.id) ?? 'PARTICIPANT';
    tx.assign(contest, { resultsPublishedAt: new Date() });
    await tx.flush();
    return contest;
  });
