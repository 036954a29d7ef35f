
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const createPair: NonNullable<MutationResolvers['createPair']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.createPair resolver logic here */ };