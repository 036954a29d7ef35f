
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const recordMonitoring: NonNullable<MutationResolvers['recordMonitoring']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.recordMonitoring resolver logic here */ };