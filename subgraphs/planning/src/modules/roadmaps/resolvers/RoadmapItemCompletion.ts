import type { RoadmapItemCompletionResolvers } from '../../../__generated__/types.generated.js';

/**
 * Every field resolves by default: RoadmapItem.completion hands over the finished view (completion-view.ts),
 * because whether the recorder is shown depends on the item's roadmap, which the completion alone does not carry.
 */
export const RoadmapItemCompletion: RoadmapItemCompletionResolvers = {};
