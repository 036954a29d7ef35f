import type   { RegionResolvers } from './../../../__generated__/types.generated.js';
    export const Region: RegionResolvers = {
    /* Implement Region resolver logic here */
        roadmaps: async (_parent, _arg, _ctx) => { /* Region.roadmaps resolver is required because Region.roadmaps exists but RegionMapper.roadmaps does not */ }
    };