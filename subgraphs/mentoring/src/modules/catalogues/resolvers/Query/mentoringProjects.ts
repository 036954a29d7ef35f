
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const mentoringProjects: NonNullable<QueryResolvers['mentoringProjects']> = async (_parent, _arg, _ctx) => { /* Implement Query.mentoringProjects resolver logic here */ };