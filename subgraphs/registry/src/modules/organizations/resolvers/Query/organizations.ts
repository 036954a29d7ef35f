
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const organizations: NonNullable<QueryResolvers['organizations']> = async (_parent, _arg, _ctx) => { /* Implement Query.organizations resolver logic here */ };