
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const saveProgramme: NonNullable<MutationResolvers['saveProgramme']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.saveProgramme resolver logic here */ };