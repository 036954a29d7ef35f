
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const roadmaps: NonNullable<QueryResolvers['roadmaps']> = async (_parent, _arg, _ctx) => { /* Implement Query.roadmaps resolver logic here */ };