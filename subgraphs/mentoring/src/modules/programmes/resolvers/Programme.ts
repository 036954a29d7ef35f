import type   { ProgrammeResolvers } from './../../../__generated__/types.generated.js';
    export const Programme: ProgrammeResolvers = {
    /* Implement Programme resolver logic here */
        activities: ({ activities }, _arg, _ctx) => {
                            /* Programme.activities resolver is required because Programme.activities and ProgrammeMapper.activities are not compatible */
                            return activities
                          },
        completion: async (_parent, _arg, _ctx) => { /* Programme.completion resolver is required because Programme.completion exists but ProgrammeMapper.completion does not */ },
        directions: ({ directions }, _arg, _ctx) => {
                            /* Programme.directions resolver is required because Programme.directions and ProgrammeMapper.directions are not compatible */
                            return directions
                          },
        monitoringAfter: ({ monitoringAfter }, _arg, _ctx) => {
                            /* Programme.monitoringAfter resolver is required because Programme.monitoringAfter and ProgrammeMapper.monitoringAfter are not compatible */
                            return monitoringAfter
                          },
        monitoringBefore: ({ monitoringBefore }, _arg, _ctx) => {
                            /* Programme.monitoringBefore resolver is required because Programme.monitoringBefore and ProgrammeMapper.monitoringBefore are not compatible */
                            return monitoringBefore
                          }
    };