import type   { PracticeResolvers } from './../../../__generated__/types.generated.js';
    export const Practice: PracticeResolvers = {
    /* Implement Practice resolver logic here */
        authors: async (_parent, _arg, _ctx) => { /* Practice.authors resolver is required because Practice.authors exists but PracticeMapper.authors does not */ },
        organization: async (_parent, _arg, _ctx) => { /* Practice.organization resolver is required because Practice.organization exists but PracticeMapper.organization does not */ }
    };