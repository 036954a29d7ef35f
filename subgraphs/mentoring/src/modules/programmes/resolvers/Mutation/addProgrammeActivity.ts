import { runMutation } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { ProgrammeActivitySchema } from '../../activity.entity.js';
import { programmeToWrite } from '../../programme-to-write.js';

export const addProgrammeActivity: NonNullable<MutationResolvers['addProgrammeActivity']> = (
  _,
  { programmeId, title, dueDate },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const programme = await programmeToWrite(context, tx, programmeId);
    if (!title.trim()) throw badUserInput('Укажите содержание мероприятия; the title is required.', { field: 'title' });
    if (dueDate < programme.startDate || dueDate > programme.endDate) {
      throw badUserInput(
        `Срок ${dueDate} вне периода программы ${programme.startDate} — ${programme.endDate}; the due date lies outside the programme.`,
        { field: 'dueDate' },
      );
    }
    const activity = tx.create(ProgrammeActivitySchema, { programme, title: title.trim(), dueDate, completedOn: null });
    await tx.flush();
    return activity;
  });
