
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const importOrganizations: NonNullable<MutationResolvers['importOrganizations']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.importOrganizations resolver logic here */ };