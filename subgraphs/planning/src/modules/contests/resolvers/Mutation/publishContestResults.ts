import { assertVersion, runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { ContestApplicationSchema } from '../../application.entity.js';
import { assertKeeps, contestNotFound } from '../../contest-rights.js';
import { ContestSchema } from '../../contest.entity.js';

export const publishContestResults: NonNullable<MutationResolvers['publishContestResults']> = (
  _,
  { contestId, version, results },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const contest = (await tx.findOne(ContestSchema, { id: contestId })) ?? contestNotFound(contestId);
    await assertKeeps(tx, context.viewer, contest);
    assertVersion(contest, version, 'Конкурс');
    if (!contest.scoringClosedAt)
      throw conflict(
        'Итоги подводятся после завершения оценки (closeContestScoring); results only after scoring closes.',
      );
    if (contest.resultsPublishedAt) throw conflict('Итоги уже опубликованы; the results are already published.');
    const applications = await tx.find(ContestApplicationSchema, { contest });
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
    for (const application of applications) application.result = resultOf.get(application.id) ?? 'PARTICIPANT';
    tx.assign(contest, { resultsPublishedAt: new Date() });
    await tx.flush();
    return contest;
  });
