import type   { OrganizationResolvers } from './../../../__generated__/types.generated.js';
    export const Organization: OrganizationResolvers = {
    /* Implement Organization resolver logic here */
        appointments: async (_parent, _arg, _ctx) => { /* Organization.appointments resolver is required because Organization.appointments exists but OrganizationMapper.appointments does not */ },
        staff: async (_parent, _arg, _ctx) => { /* Organization.staff resolver is required because Organization.staff exists but OrganizationMapper.staff does not */ }
    };