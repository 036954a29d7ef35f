import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { evidenceOf } from '../../completion-evidence.js';
import { RoadmapItemCompletionSchema } from '../../completion.entity.js';
import { itemToWrite } from '../../recording-rights.js';
import { periodStart } from '../../status.js';

export const recordRoadmapItemCompletion: NonNullable<MutationResolvers['recordRoadmapItemCompletion']> = (
  _,
  { itemId, input },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const item = await itemToWrite(tx, context, itemId);
    const start = periodStart(item.roadmap.startYear);
    if (input.completedOn < start) {
      throw badUserInput(
        `Дата выполнения ${input.completedOn} раньше начала периода дорожной карты (${start}); a completion cannot precede the roadmap period.`,
        { field: 'completedOn' },
      );
    }
    const today = todayIso();
    if (input.completedOn > today) {
      throw badUserInput(
        `Дата выполнения ${input.completedOn} ещё не наступила (сегодня ${today}); a completion cannot be dated in the future.`,
        {
          field: 'completedOn',
        },
      );
    }
    const evidence = evidenceOf(input);
    const existing = await tx.findOne(RoadmapItemCompletionSchema, { item, withdrawnAt: null });
    if (existing) {
      throw conflict(
        `Выполнение мероприятия № ${item.number} уже отмечено (${existing.completedOn}); чтобы внести другую отметку, отзовите прежнюю. The item already has a completion record.`,
      );
    }
    tx.create(RoadmapItemCompletionSchema, {
      item,
      completedOn: input.completedOn,
      ...evidence,
      recordedBy: context.viewer.subject,
      recordedByRole: context.viewer.role,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
    });
    await tx.flush();
    return item;
  });
