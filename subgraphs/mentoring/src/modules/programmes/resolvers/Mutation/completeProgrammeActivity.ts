
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const completeProgrammeActivity: NonNullable<MutationResolvers['completeProgrammeActivity']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.completeProgrammeActivity resolver logic here */ };