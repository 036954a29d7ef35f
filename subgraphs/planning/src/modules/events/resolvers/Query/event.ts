import type { QueryResolvers } from '../../../../__generated__/types.generated.js';

export const event: NonNullable<QueryResolvers['event']> = (_, { id }, { loaders }) => loaders.eventById.load(id);
