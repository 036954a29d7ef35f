
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const mentoringFormats: NonNullable<QueryResolvers['mentoringFormats']> = async (_parent, _arg, _ctx) => { /* Implement Query.mentoringFormats resolver logic here */ };