import { runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertOrganizationWritable } from '../../../organizations/write-scope.js';
import { MentoringPairSchema } from '../../../pairs/pair.entity.js';
import { assertProgrammeLength } from '../../../pairs/programme-length.js';
import { ProgrammeSchema } from '../../programme.entity.js';
import { distinctTexts } from '../../programme-values.js';

export const saveProgramme: NonNullable<MutationResolvers['saveProgramme']> = (_, { pairId, input }, context) =>
  runMutation(context.em, async (tx) => {
    const pair = await tx.findOne(MentoringPairSchema, { id: pairId });
    if (!pair) throw notFound(`Пара ${pairId} не найдена; no mentoring pair with id ${pairId}.`);
    await assertOrganizationWritable(context, pair.organizationId);
    if (pair.status === 'COMPLETED' || pair.status === 'TERMINATED')
      throw badUserInput('Пара уже завершена; the pair has ended.');
    assertProgrammeLength(input.startDate, input.endDate);
    const goals = distinctTexts(input.goals);
    if (goals.length === 0) throw badUserInput('Укажите цели программы; a programme needs goals.', { field: 'goals' });
    const fields = {
      deficits: distinctTexts(input.deficits),
      goals,
      directions: [...new Set(input.directions)],
      startDate: input.startDate,
      endDate: input.endDate,
    };
    const existing = await tx.findOne(ProgrammeSchema, { pair });
    const programme = existing
      ? tx.assign(existing, fields)
      : tx.create(ProgrammeSchema, {
          pair,
          ...fields,
          monitoringBefore: null,
          monitoringAfter: null,
          menteeSatisfaction: null,
          mentorSatisfaction: null,
        });
    await tx.flush();
    return programme;
  });
