
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const region: NonNullable<QueryResolvers['region']> = async (_parent, _arg, _ctx) => { /* Implement Query.region resolver logic here */ };