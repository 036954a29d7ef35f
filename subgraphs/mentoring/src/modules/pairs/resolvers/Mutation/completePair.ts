
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const completePair: NonNullable<MutationResolvers['completePair']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.completePair resolver logic here */ };