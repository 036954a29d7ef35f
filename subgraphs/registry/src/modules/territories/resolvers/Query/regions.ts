
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const regions: NonNullable<QueryResolvers['regions']> = async (_parent, _arg, _ctx) => { /* Implement Query.regions resolver logic here */ };