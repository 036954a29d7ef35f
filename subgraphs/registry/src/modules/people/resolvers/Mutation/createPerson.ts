
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const createPerson: NonNullable<MutationResolvers['createPerson']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.createPerson resolver logic here */ };