import type   { RegionResolvers } from './../../../__generated__/types.generated.js';
    export const Region: RegionResolvers = {
    /* Implement Region resolver logic here */
        appointments: async (_parent, _arg, _ctx) => { /* Region.appointments resolver is required because Region.appointments exists but RegionMapper.appointments does not */ },
        municipalities: async (_parent, _arg, _ctx) => { /* Region.municipalities resolver is required because Region.municipalities exists but RegionMapper.municipalities does not */ },
        organizations: async (_parent, _arg, _ctx) => { /* Region.organizations resolver is required because Region.organizations exists but RegionMapper.organizations does not */ }
    };