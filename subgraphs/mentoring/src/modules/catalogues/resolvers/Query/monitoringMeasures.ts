
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const monitoringMeasures: NonNullable<QueryResolvers['monitoringMeasures']> = async (_parent, _arg, _ctx) => { /* Implement Query.monitoringMeasures resolver logic here */ };