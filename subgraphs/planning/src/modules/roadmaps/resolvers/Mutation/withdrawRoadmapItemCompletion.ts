import { runMutation } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { RoadmapItemCompletionSchema } from '../../completion.entity.js';
import { itemToWrite } from '../../recording-rights.js';

export const withdrawRoadmapItemCompletion: NonNullable<MutationResolvers['withdrawRoadmapItemCompletion']> = (
  _,
  { itemId, occurrenceOn, reason },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const item = await itemToWrite(tx, context, itemId);
    const withdrawalReason = requiredText(reason, 'reason');
    const existing = await tx.findOne(RoadmapItemCompletionSchema, {
      item,
      occurrenceOn: occurrenceOn ?? null,
      withdrawnAt: null,
    });
    if (!existing)
      throw notFound(
        `У мероприятия № ${item.number} нет отметки о выполнении${occurrenceOn ? ` за срок ${occurrenceOn}` : ''}; the item has no completion record to withdraw.`,
      );
    tx.assign(existing, { withdrawnAt: new Date(), withdrawnBy: context.viewer.subject, withdrawalReason });
    await tx.flush();
    return item;
  });
