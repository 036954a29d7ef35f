
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const activatePair: NonNullable<MutationResolvers['activatePair']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.activatePair resolver logic here */ };