
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const recordPairConsent: NonNullable<MutationResolvers['recordPairConsent']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.recordPairConsent resolver logic here */ };