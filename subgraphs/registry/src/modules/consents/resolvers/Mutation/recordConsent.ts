
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const recordConsent: NonNullable<MutationResolvers['recordConsent']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.recordConsent resolver logic here */ };