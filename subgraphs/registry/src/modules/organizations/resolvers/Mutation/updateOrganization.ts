
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const updateOrganization: NonNullable<MutationResolvers['updateOrganization']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.updateOrganization resolver logic here */ };