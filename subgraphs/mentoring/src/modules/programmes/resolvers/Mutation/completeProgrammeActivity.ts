import { runMutation } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import { assertDatesInOrder, todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { ProgrammeActivitySchema } from '../../activity.entity.js';
import { programmeToWrite } from '../../programme-to-write.js';

export const completeProgrammeActivity: NonNullable<MutationResolvers['completeProgrammeActivity']> = (
  _,
  { id, completedOn },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const activity = await tx.findOne(ProgrammeActivitySchema, { id });
    if (!activity) throw notFound(`Мероприятие ${id} не найдено; no activity with id ${id}.`);
    const programme = await programmeToWrite(context, tx, activity.programme.id);
    assertDatesInOrder(programme.startDate, completedOn, 'Начало программы и выполнение');
    assertDatesInOrder(completedOn, todayIso(), 'Выполнение и сегодняшняя дата');
    activity.completedOn = completedOn;
    await tx.flush();
    return activity;
  });
