
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const roadmap: NonNullable<QueryResolvers['roadmap']> = async (_parent, _arg, _ctx) => { /* Implement Query.roadmap resolver logic here */ };