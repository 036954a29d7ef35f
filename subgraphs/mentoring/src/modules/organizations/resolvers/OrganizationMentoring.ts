import type   { OrganizationMentoringResolvers } from './../../../__generated__/types.generated.js';
    export const OrganizationMentoring: OrganizationMentoringResolvers = {
    /* Implement OrganizationMentoring resolver logic here */
        mentors: async (_parent, _arg, _ctx) => { /* OrganizationMentoring.mentors resolver is required because OrganizationMentoring.mentors exists but OrganizationMentoringMapper.mentors does not */ },
        pairs: async (_parent, _arg, _ctx) => { /* OrganizationMentoring.pairs resolver is required because OrganizationMentoring.pairs exists but OrganizationMentoringMapper.pairs does not */ },
        programmes: async (_parent, _arg, _ctx) => { /* OrganizationMentoring.programmes resolver is required because OrganizationMentoring.programmes exists but OrganizationMentoringMapper.programmes does not */ }
    };