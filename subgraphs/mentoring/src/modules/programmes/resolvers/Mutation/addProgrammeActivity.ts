
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const addProgrammeActivity: NonNullable<MutationResolvers['addProgrammeActivity']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.addProgrammeActivity resolver logic here */ };