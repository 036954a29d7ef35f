
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const mentorBase: NonNullable<QueryResolvers['mentorBase']> = async (_parent, _arg, _ctx) => { /* Implement Query.mentorBase resolver logic here */ };