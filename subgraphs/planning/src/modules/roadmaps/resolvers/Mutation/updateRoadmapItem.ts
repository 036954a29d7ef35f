import { assertVersion, runMutation } from '@mentoring/platform/database';
import { conflict, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { RoadmapItemCompletionSchema } from '../../completion.entity.js';
import { checkedItemFacts } from '../../item-input.js';
import { RoadmapItemSchema } from '../../roadmap-item.entity.js';
import { assertMayEdit } from '../../roadmap-rights.js';

/** The columns that make an item's deadlines. */
const SCHEDULE = ['dueDate', 'periodStart', 'periodEnd', 'recurrence'] as const;

export const updateRoadmapItem: NonNullable<MutationResolvers['updateRoadmapItem']> = (
  _,
  { id, version, input },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const item = await tx.findOne(RoadmapItemSchema, { id }, { populate: ['roadmap'] });
    if (!item)
      throw notFound(`Мероприятие дорожной карты ${id} не найдено; no roadmap item with id ${id}.`, { argument: 'id' });
    const territory = await assertMayEdit(tx, context.viewer, item.roadmap);
    assertVersion(item, version, 'Мероприятие');
    const facts = await checkedItemFacts(tx, input, item, item.roadmap, territory);
    // A completion answers the deadline it was recorded for: moving the schedule under it would leave the item DONE
    // (or an occurrence closed) without evidence for its new deadlines.
    const moved = SCHEDULE.filter((key) => facts[key] !== (item[key] ?? null));
    if (moved.length > 0 && (await tx.count(RoadmapItemCompletionSchema, { item, withdrawnAt: null })) > 0)
      throw conflict(
        `У мероприятия № ${item.number} есть отметки о выполнении: его сроки (${moved.join(', ')}) не меняются, пока они в силе — сначала отзовите отметки (withdrawRoadmapItemCompletion); the schedule of an item with valid completion records does not change: withdraw the records first.`,
        { field: `input.${moved[0]}` },
      );
    tx.assign(item, facts);
    await tx.flush();
    return item;
  });
