
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const importMentorBase: NonNullable<MutationResolvers['importMentorBase']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.importMentorBase resolver logic here */ };