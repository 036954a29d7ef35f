
        import type   { QueryResolvers } from './../../../../__generated__/types.generated.js';
        export const appointmentKinds: NonNullable<QueryResolvers['appointmentKinds']> = async (_parent, _arg, _ctx) => { /* Implement Query.appointmentKinds resolver logic here */ };