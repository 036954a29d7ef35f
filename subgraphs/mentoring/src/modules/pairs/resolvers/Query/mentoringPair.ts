
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const mentoringPair: NonNullable<QueryResolvers['mentoringPair']> = async (_parent, _arg, _ctx) => { /* Implement Query.mentoringPair resolver logic here */ };