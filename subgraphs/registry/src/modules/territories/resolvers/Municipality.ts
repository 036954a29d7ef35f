import type   { MunicipalityResolvers } from './../../../__generated__/types.generated.js';
    export const Municipality: MunicipalityResolvers = {
    /* Implement Municipality resolver logic here */
        appointments: async (_parent, _arg, _ctx) => { /* Municipality.appointments resolver is required because Municipality.appointments exists but MunicipalityMapper.appointments does not */ },
        organizations: async (_parent, _arg, _ctx) => { /* Municipality.organizations resolver is required because Municipality.organizations exists but MunicipalityMapper.organizations does not */ }
    };