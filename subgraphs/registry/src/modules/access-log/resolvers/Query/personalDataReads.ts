
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const personalDataReads: NonNullable<QueryResolvers['personalDataReads']> = async (_parent, _arg, _ctx) => { /* Implement Query.personalDataReads resolver logic here */ };