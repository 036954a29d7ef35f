
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const updateMentorProfile: NonNullable<MutationResolvers['updateMentorProfile']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.updateMentorProfile resolver logic here */ };