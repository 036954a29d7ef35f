
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const mentoringForms: NonNullable<QueryResolvers['mentoringForms']> = async (_parent, _arg, _ctx) => { /* Implement Query.mentoringForms resolver logic here */ };