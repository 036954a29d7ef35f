
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const practices: NonNullable<QueryResolvers['practices']> = async (_parent, _arg, _ctx) => { /* Implement Query.practices resolver logic here */ };