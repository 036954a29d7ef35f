import { runMutation } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { mayRecord } from '../../../roadmaps/recording-rights.js';
import { RoadmapItemSchema } from '../../../roadmaps/roadmap-item.entity.js';
import { checkedEventInput } from '../../event-input.js';
import { keptTerritory, organizationPlace } from '../../event-rights.js';
import { EventSchema } from '../../event.entity.js';

export const createEvent: NonNullable<MutationResolvers['createEvent']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    const owner = await keptTerritory(tx, context.viewer);
    const facts = checkedEventInput(input);
    if (facts.organizerOrganizationId)
      await organizationPlace(tx, facts.organizerOrganizationId, 'input.organizerOrganizationId');
    let roadmapItem = null;
    if (input.roadmapItemId) {
      roadmapItem = await tx.findOne(RoadmapItemSchema, { id: input.roadmapItemId }, { populate: ['roadmap'] });
      if (!roadmapItem)
        throw notFound(`Мероприятие дорожной карты ${input.roadmapItemId} не найдено; no roadmap item with that id.`, {
          argument: 'input.roadmapItemId',
        });
      if (!(await mayRecord(tx, context, roadmapItem.roadmap)))
        throw forbidden(
          'Мероприятие может выполнять пункт только той дорожной карты, которую вы ведёте (региональной — региональный оператор, муниципальной — муниципальный координатор); this roadmap is outside your territory or level.',
        );
    }
    const event = tx.create(EventSchema, {
      ...facts,
      schedule: null,
      roadmapItem,
      regionId: owner.regionId,
      municipalityId: owner.municipalityId,
      organizationId: null,
      note: null,
      source: null,
      dataOrigin: 'ENTERED',
      createdBy: context.viewer.subject,
    });
    await tx.flush();
    return event;
  });
