import type   { RoadmapItemResolvers } from './../../../__generated__/types.generated.js';
    export const RoadmapItem: RoadmapItemResolvers = {
    /* Implement RoadmapItem resolver logic here */
        completion: async (_parent, _arg, _ctx) => { /* RoadmapItem.completion resolver is required because RoadmapItem.completion exists but RoadmapItemMapper.completion does not */ },
        status: async (_parent, _arg, _ctx) => { /* RoadmapItem.status resolver is required because RoadmapItem.status exists but RoadmapItemMapper.status does not */ }
    };