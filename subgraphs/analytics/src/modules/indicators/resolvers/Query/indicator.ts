import type { QueryResolvers } from '../../../../__generated__/types.generated.js';

export const indicator: NonNullable<QueryResolvers['indicator']> = (_, { code }, { loaders }) =>
  loaders.indicatorByCode.load(code);
