import type   { PersonResolvers } from './../../../__generated__/types.generated.js';
    export const Person: PersonResolvers = {
    /* Implement Person resolver logic here */
        mentorProfile: async (_parent, _arg, _ctx) => { /* Person.mentorProfile resolver is required because Person.mentorProfile exists but PersonMapper.mentorProfile does not */ },
        mentoring: async (_parent, _arg, _ctx) => { /* Person.mentoring resolver is required because Person.mentoring exists but PersonMapper.mentoring does not */ }
    };