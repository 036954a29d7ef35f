
        import type   { MutationResolvers } from './../../../../__generated__/types.generated.js';
        export const recordRoadmapItemCompletion: NonNullable<MutationResolvers['recordRoadmapItemCompletion']> = async (_parent, _arg, _ctx) => { /* Implement Mutation.recordRoadmapItemCompletion resolver logic here */ };