
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const mentors: NonNullable<QueryResolvers['mentors']> = async (_parent, _arg, _ctx) => { /* Implement Query.mentors resolver logic here */ };