import { wrap } from '@mikro-orm/core';
import { present, referenceTo } from '@mentoring/platform/graphql';
import type { EventParticipationResolvers } from '../../../__generated__/types.generated.js';

export const EventParticipation: EventParticipationResolvers = {
  event: async (participation, _, { loaders }) =>
    wrap(participation.event).isInitialized()
      ? participation.event
      : present(await loaders.eventById.load(participation.event.id), `event of participation ${participation.id}`),
  organization: (participation) => ({ id: participation.organizationId }),
  // The platform applies the one person rule to every Person field: a person the viewer may not see is null.
  person: (participation) => referenceTo(participation.personId),
};
