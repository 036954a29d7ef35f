import { exactlyOneKey } from '@mentoring/platform/graphql';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';

export const region: NonNullable<QueryResolvers['region']> = (_, args, { loaders }) => {
  const [key, value] = exactlyOneKey(args, ['code', 'id']);
  return key === 'code' ? loaders.regionByCode.load(value) : loaders.regionById.load(value);
};
