import { assertVersion, runMutation } from '@mentoring/platform/database';
import { conflict, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { EventSchema } from '../../../events/event.entity.js';
import { RoadmapItemCompletionSchema } from '../../completion.entity.js';
import { RoadmapItemSchema } from '../../roadmap-item.entity.js';
import { assertMayEdit } from '../../roadmap-rights.js';

export const removeRoadmapItem: NonNullable<MutationResolvers['removeRoadmapItem']> = (_, { id, version }, context) =>
  runMutation(context.em, async (tx) => {
    const item = await tx.findOne(RoadmapItemSchema, { id }, { populate: ['roadmap'] });
    if (!item)
      throw notFound(`Мероприятие дорожной карты ${id} не найдено; no roadmap item with id ${id}.`, { argument: 'id' });
    await assertMayEdit(tx, context.viewer, item.roadmap);
    assertVersion(item, version, 'Мероприятие');
    if (item.dataOrigin === 'SEED')
      throw conflict(
        `Мероприятие № ${item.number} напечатано в источнике и не удаляется; a seed row is never removed.`,
      );
    if ((await tx.count(RoadmapItemCompletionSchema, { item })) > 0)
      throw conflict(
        `У мероприятия № ${item.number} есть отметка о выполнении (в том числе отозванная): оно не удаляется; an item with a completion record is not removed.`,
      );
    if ((await tx.count(EventSchema, { roadmapItem: item })) > 0)
      throw conflict(
        `Мероприятие № ${item.number} выполняют мероприятия (events): сначала отвяжите их; events fulfil this item.`,
      );
    if ((await tx.count(RoadmapItemSchema, { implementsItem: item })) > 0)
      throw conflict(
        `Мероприятие № ${item.number} реализуют пункты других дорожных карт: оно не удаляется; items of other roadmaps implement it.`,
      );
    const roadmap = item.roadmap;
    tx.remove(item);
    await tx.flush();
    return roadmap;
  });
