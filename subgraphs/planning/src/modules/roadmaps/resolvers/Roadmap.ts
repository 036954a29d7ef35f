import type   { RoadmapResolvers } from './../../../__generated__/types.generated.js';
    export const Roadmap: RoadmapResolvers = {
    /* Implement Roadmap resolver logic here */
        items: async (_parent, _arg, _ctx) => { /* Roadmap.items resolver is required because Roadmap.items exists but RoadmapMapper.items does not */ },
        municipality: async (_parent, _arg, _ctx) => { /* Roadmap.municipality resolver is required because Roadmap.municipality exists but RoadmapMapper.municipality does not */ },
        organization: async (_parent, _arg, _ctx) => { /* Roadmap.organization resolver is required because Roadmap.organization exists but RoadmapMapper.organization does not */ },
        region: async (_parent, _arg, _ctx) => { /* Roadmap.region resolver is required because Roadmap.region exists but RoadmapMapper.region does not */ }
    };