import type   { MunicipalityResolvers } from './../../../__generated__/types.generated.js';
    export const Municipality: MunicipalityResolvers = {
    /* Implement Municipality resolver logic here */
        roadmaps: async (_parent, _arg, _ctx) => { /* Municipality.roadmaps resolver is required because Municipality.roadmaps exists but MunicipalityMapper.roadmaps does not */ }
    };