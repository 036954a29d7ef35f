import type   { PersonMentoringResolvers } from './../../../__generated__/types.generated.js';
    export const PersonMentoring: PersonMentoringResolvers = {
    /* Implement PersonMentoring resolver logic here */
        asMentee: async (_parent, _arg, _ctx) => { /* PersonMentoring.asMentee resolver is required because PersonMentoring.asMentee exists but PersonMentoringMapper.asMentee does not */ },
        asMentor: async (_parent, _arg, _ctx) => { /* PersonMentoring.asMentor resolver is required because PersonMentoring.asMentor exists but PersonMentoringMapper.asMentor does not */ }
    };