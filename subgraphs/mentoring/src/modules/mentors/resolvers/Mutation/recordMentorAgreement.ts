
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const recordMentorAgreement: NonNullable<MutationResolvers['recordMentorAgreement']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.recordMentorAgreement resolver logic here */ };