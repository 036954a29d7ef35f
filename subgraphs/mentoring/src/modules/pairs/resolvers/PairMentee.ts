import type   { PairMenteeResolvers } from './../../../__generated__/types.generated.js';
    export const PairMentee: PairMenteeResolvers = {
    /* Implement PairMentee resolver logic here */
        consent: async (_parent, _arg, _ctx) => { /* PairMentee.consent resolver is required because PairMentee.consent exists but PairMenteeMapper.consent does not */ },
        organization: async (_parent, _arg, _ctx) => { /* PairMentee.organization resolver is required because PairMentee.organization exists but PairMenteeMapper.organization does not */ },
        person: async (_parent, _arg, _ctx) => { /* PairMentee.person resolver is required because PairMentee.person exists but PairMenteeMapper.person does not */ }
    };