
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const municipalities: NonNullable<QueryResolvers['municipalities']> = async (_parent, _arg, _ctx) => { /* Implement Query.municipalities resolver logic here */ };