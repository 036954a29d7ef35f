
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const createMunicipality: NonNullable<MutationResolvers['createMunicipality']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.createMunicipality resolver logic here */ };