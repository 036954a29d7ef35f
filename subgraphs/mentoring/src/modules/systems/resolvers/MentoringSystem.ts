import type   { MentoringSystemResolvers } from './../../../__generated__/types.generated.js';
    export const MentoringSystem: MentoringSystemResolvers = {
    /* Implement MentoringSystem resolver logic here */
        curator: async (_parent, _arg, _ctx) => { /* MentoringSystem.curator resolver is required because MentoringSystem.curator exists but MentoringSystemMapper.curator does not */ },
        implementsModel: async (_parent, _arg, _ctx) => { /* MentoringSystem.implementsModel resolver is required because MentoringSystem.implementsModel exists but MentoringSystemMapper.implementsModel does not */ }
    };