
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const youngSpecialistDefinitions: NonNullable<QueryResolvers['youngSpecialistDefinitions']> = async (_parent, _arg, _ctx) => { /* Implement Query.youngSpecialistDefinitions resolver logic here */ };