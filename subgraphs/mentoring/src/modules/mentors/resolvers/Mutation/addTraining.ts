
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const addTraining: NonNullable<MutationResolvers['addTraining']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.addTraining resolver logic here */ };