
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const recordSatisfaction: NonNullable<MutationResolvers['recordSatisfaction']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.recordSatisfaction resolver logic here */ };