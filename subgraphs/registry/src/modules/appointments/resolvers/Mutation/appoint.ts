
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const appoint: NonNullable<MutationResolvers['appoint']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.appoint resolver logic here */ };