
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const saveMentoringSystem: NonNullable<MutationResolvers['saveMentoringSystem']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.saveMentoringSystem resolver logic here */ };