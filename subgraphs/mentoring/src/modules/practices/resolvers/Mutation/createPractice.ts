
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const createPractice: NonNullable<MutationResolvers['createPractice']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.createPractice resolver logic here */ };