
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const createOrganization: NonNullable<MutationResolvers['createOrganization']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.createOrganization resolver logic here */ };