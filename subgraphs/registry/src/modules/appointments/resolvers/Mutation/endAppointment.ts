
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const endAppointment: NonNullable<MutationResolvers['endAppointment']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.endAppointment resolver logic here */ };