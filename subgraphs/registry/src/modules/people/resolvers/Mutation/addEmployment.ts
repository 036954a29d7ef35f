
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const addEmployment: NonNullable<MutationResolvers['addEmployment']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.addEmployment resolver logic here */ };