import { LockMode } from '@mikro-orm/core';
import { assertVersion, runMutation } from '@mentoring/platform/database';
import { conflict, forbidden, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { itemToWrite } from '../../../roadmaps/recording-rights.js';
import { EVENT_ROADMAP_REFUSAL, keepsEvent, organizationPlace } from '../../event-rights.js';
import { checkedEventUpdate, rewritesAttended } from '../../event-update.js';
import { EventSchema } from '../../event.entity.js';
import { EventParticipationSchema } from '../../participation.entity.js';

export const updateEvent: NonNullable<MutationResolvers['updateEvent']> = (_, { id, version, input }, context) =>
  runMutation(context.em, async (tx) => {
    // The row stays locked until the change commits: attendance recorded meanwhile waits, then sees the event as changed.
    const event = await tx.findOne(EventSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!event) throw notFound(`Мероприятие ${id} не найдено; no event with id ${id}.`, { argument: 'id' });
    if (!(await keepsEvent(tx, context.viewer, event)))
      throw forbidden(
        'Мероприятие изменяет тот, кто его ведёт: региональный оператор — региональные мероприятия своего субъекта РФ, муниципальный координатор — мероприятия своего муниципального образования; this event is outside your territory or level.',
      );
    assertVersion(event, version, 'Мероприятие');
    const facts = checkedEventUpdate(event, input);
    const rewritten = rewritesAttended(event, facts);
    if (rewritten.length > 0) {
      const attended = await tx.count(EventParticipationSchema, { event, status: { $in: ['ATTENDED', 'COMPLETED'] } });
      if (attended > 0)
        throw conflict(
          `У мероприятия уже отмечено участие (${attended}): то, в чём участвовали (${rewritten.join(', ')}), не меняется — иначе участие и освоение программы (обучение наставников) окажутся записаны не о том мероприятии; what people attended stays once attendance is recorded.`,
          { fields: rewritten },
        );
    }
    if (facts.organizerOrganizationId && facts.organizerOrganizationId !== event.organizerOrganizationId)
      await organizationPlace(tx, facts.organizerOrganizationId, 'input.organizerOrganizationId');
    if (input.roadmapItemId !== undefined) {
      let roadmapItem = null;
      if (input.roadmapItemId !== null && input.roadmapItemId !== event.roadmapItem?.id) {
        roadmapItem = await itemToWrite(tx, context, input.roadmapItemId, {
          argument: 'input.roadmapItemId',
          refusal: EVENT_ROADMAP_REFUSAL,
        });
      } else if (input.roadmapItemId !== null) roadmapItem = event.roadmapItem ?? null;
      tx.assign(event, { roadmapItem });
    }
    tx.assign(event, facts);
    await tx.flush();
    return event;
  });
