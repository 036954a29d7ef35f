import type   { RoadmapItemCompletionResolvers } from './../../../__generated__/types.generated.js';
    export const RoadmapItemCompletion: RoadmapItemCompletionResolvers = {
    /* Implement RoadmapItemCompletion resolver logic here */
  };