
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const updatePerson: NonNullable<MutationResolvers['updatePerson']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.updatePerson resolver logic here */ };