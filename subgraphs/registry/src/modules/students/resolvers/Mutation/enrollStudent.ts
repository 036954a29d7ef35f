
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const enrollStudent: NonNullable<MutationResolvers['enrollStudent']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.enrollStudent resolver logic here */ };