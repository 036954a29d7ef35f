
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const mentoringPairs: NonNullable<QueryResolvers['mentoringPairs']> = async (_parent, _arg, _ctx) => { /* Implement Query.mentoringPairs resolver logic here */ };