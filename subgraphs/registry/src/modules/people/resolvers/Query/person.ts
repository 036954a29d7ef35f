
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const person: NonNullable<QueryResolvers['person']> = async (_parent, _arg, _ctx) => { /* Implement Query.person resolver logic here */ };