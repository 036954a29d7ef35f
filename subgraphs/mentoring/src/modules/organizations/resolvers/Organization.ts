import type   { OrganizationResolvers } from './../../../__generated__/types.generated.js';
    export const Organization: OrganizationResolvers = {
    /* Implement Organization resolver logic here */
        activeMentoringPairCount: async (_parent, _arg, _ctx) => { /* Organization.activeMentoringPairCount resolver is required because Organization.activeMentoringPairCount exists but OrganizationMapper.activeMentoringPairCount does not */ },
        mentoring: async (_parent, _arg, _ctx) => { /* Organization.mentoring resolver is required because Organization.mentoring exists but OrganizationMapper.mentoring does not */ },
        mentoringSystem: async (_parent, _arg, _ctx) => { /* Organization.mentoringSystem resolver is required because Organization.mentoringSystem exists but OrganizationMapper.mentoringSystem does not */ }
    };