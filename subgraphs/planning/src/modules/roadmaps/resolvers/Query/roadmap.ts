import type { QueryResolvers } from '../../../../__generated__/types.generated.js';

export const roadmap: NonNullable<QueryResolvers['roadmap']> = (_, { id }, { loaders }) => loaders.roadmapById.load(id);
