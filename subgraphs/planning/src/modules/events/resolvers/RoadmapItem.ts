import type { RoadmapItemResolvers } from '../../../__generated__/types.generated.js';

/** What the events module adds to a roadmap item: the events that fulfil it, one statement for N items. */
export const RoadmapItem: Pick<RoadmapItemResolvers, 'events'> = {
  events: (item, _, { loaders }) => loaders.eventsByRoadmapItem.load(item.id),
};
