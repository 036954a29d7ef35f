
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const importStaff: NonNullable<MutationResolvers['importStaff']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.importStaff resolver logic here */ };