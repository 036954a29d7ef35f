
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const withdrawRoadmapItemCompletion: NonNullable<MutationResolvers['withdrawRoadmapItemCompletion']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.withdrawRoadmapItemCompletion resolver logic here */ };