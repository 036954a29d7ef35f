import { runMutation } from '@mentoring/platform/database';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { itemToWrite } from '../../../roadmaps/recording-rights.js';
import { checkedEventInput } from '../../event-input.js';
import { EVENT_ROADMAP_REFUSAL, keptTerritory, organizationPlace } from '../../event-rights.js';
import { EventSchema } from '../../event.entity.js';

export const createEvent: NonNullable<MutationResolvers['createEvent']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    const owner = await keptTerritory(tx, context.viewer);
    const facts = checkedEventInput(input);
    if (facts.organizerOrganizationId)
      await organizationPlace(tx, facts.organizerOrganizationId, 'input.organizerOrganizationId');
    const roadmapItem = input.roadmapItemId
      ? await itemToWrite(tx, context, input.roadmapItemId, {
          argument: 'input.roadmapItemId',
          refusal: EVENT_ROADMAP_REFUSAL,
        })
      : null;
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
