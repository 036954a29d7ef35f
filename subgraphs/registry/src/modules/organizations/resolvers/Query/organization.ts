
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const organization: NonNullable<QueryResolvers['organization']> = async (_parent, _arg, _ctx) => { /* Implement Query.organization resolver logic here */ };