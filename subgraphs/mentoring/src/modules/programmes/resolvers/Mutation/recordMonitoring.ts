import { runMutation } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { programmeToWrite } from '../../programme-to-write.js';

export const recordMonitoring: NonNullable<MutationResolvers['recordMonitoring']> = (
  _,
  { programmeId, stage, measures },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const programme = await programmeToWrite(context, tx, programmeId);
    if (measures.length === 0)
      throw badUserInput('Укажите значения мониторинга; no measures given.', { field: 'measures' });
    const values = Object.fromEntries(measures.map((measure) => [measure.measure, measure.value]));
    if (Object.keys(values).length !== measures.length)
      throw badUserInput('Показатель указан дважды; a measure is given twice.', { field: 'measures' });
    // A percentage or a score (e.g. an average mark): from 0 to 100, nothing negative or astronomic.
    if (measures.some((measure) => !Number.isFinite(measure.value) || measure.value < 0 || measure.value > 100)) {
      throw badUserInput(
        'Значение показателя мониторинга — от 0 до 100 (процент или балл); a monitoring value lies between 0 and 100.',
        { field: 'measures' },
      );
    }
    if (stage === 'BEFORE') programme.monitoringBefore = values;
    else programme.monitoringAfter = values;
    await tx.flush();
    return programme;
  });
