
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const endEmployment: NonNullable<MutationResolvers['endEmployment']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.endEmployment resolver logic here */ };