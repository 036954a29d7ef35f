
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const municipality: NonNullable<QueryResolvers['municipality']> = async (_parent, _arg, _ctx) => { /* Implement Query.municipality resolver logic here */ };