import type { EventOrganizationParticipationResolvers } from '../../../__generated__/types.generated.js';

export const EventOrganizationParticipation: EventOrganizationParticipationResolvers = {
  organization: (participation) => ({ id: participation.organizationId }),
};
