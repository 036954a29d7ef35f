
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const people: NonNullable<QueryResolvers['people']> = async (_parent, _arg, _ctx) => { /* Implement Query.people resolver logic here */ };