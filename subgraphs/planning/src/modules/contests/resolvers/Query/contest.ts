import type { QueryResolvers } from '../../../../__generated__/types.generated.js';

export const contest: NonNullable<QueryResolvers['contest']> = (_, { id }, { loaders }) => loaders.contestById.load(id);
