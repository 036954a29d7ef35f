import { assertVersion, runMutation } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { checkedItemFacts } from '../../item-input.js';
import { RoadmapItemSchema } from '../../roadmap-item.entity.js';
import { assertMayEdit } from '../../roadmap-rights.js';

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
    tx.assign(item, facts);
    await tx.flush();
    return item;
  });
