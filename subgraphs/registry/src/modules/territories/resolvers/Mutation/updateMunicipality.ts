
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const updateMunicipality: NonNullable<MutationResolvers['updateMunicipality']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.updateMunicipality resolver logic here */ };