
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const createMentorProfile: NonNullable<MutationResolvers['createMentorProfile']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.createMentorProfile resolver logic here */ };