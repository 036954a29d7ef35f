
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const terminatePair: NonNullable<MutationResolvers['terminatePair']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.terminatePair resolver logic here */ };