import { runMutation } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { checkedItemFacts } from '../../item-input.js';
import { RoadmapItemSchema } from '../../roadmap-item.entity.js';
import { assertMayEdit } from '../../roadmap-rights.js';
import { RoadmapSchema } from '../../roadmap.entity.js';

export const addRoadmapItem: NonNullable<MutationResolvers['addRoadmapItem']> = (_, { roadmapId, input }, context) =>
  runMutation(context.em, async (tx) => {
    const roadmap = await tx.findOne(RoadmapSchema, { id: roadmapId });
    if (!roadmap)
      throw notFound(`Дорожная карта ${roadmapId} не найдена; no roadmap with id ${roadmapId}.`, {
        argument: 'roadmapId',
      });
    const territory = await assertMayEdit(tx, context.viewer, roadmap);
    const facts = await checkedItemFacts(tx, input, null, roadmap, territory);
    const [last] = await tx.find(RoadmapItemSchema, { roadmap }, { orderBy: { number: 'desc' }, limit: 1 });
    // Two additions at once would take the same number: the unique (roadmap, number) index makes the later a CONFLICT.
    const item = tx.create(RoadmapItemSchema, {
      ...facts,
      roadmap,
      number: (last?.number ?? 0) + 1,
      source: null,
      dataOrigin: 'ENTERED',
    });
    await tx.flush();
    return item;
  });
