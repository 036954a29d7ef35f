import type { EventParticipationsResolvers } from '../../../__generated__/types.generated.js';

/** A count of 1–4 people could single them out next to the organizations' list: it is never shown. */
const unlessSmall = (count: number) => (count >= 1 && count <= 4 ? null : count);

export const EventParticipations: EventParticipationsResolvers = {
  peopleRegistered: (summary) => unlessSmall(summary.peopleRegistered),
  peopleAttended: (summary) => unlessSmall(summary.peopleAttended),
  peopleCompleted: (summary) => unlessSmall(summary.peopleCompleted),
  organizations: (summary, _, { loaders }) => loaders.organizationParticipations.load(summary.eventId),
  people: (summary, _, { loaders }) => loaders.peopleParticipations.load(summary.eventId),
};
