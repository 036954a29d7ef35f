
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const withdrawConsent: NonNullable<MutationResolvers['withdrawConsent']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.withdrawConsent resolver logic here */ };