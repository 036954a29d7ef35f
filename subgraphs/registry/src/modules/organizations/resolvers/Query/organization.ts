import { exactlyOneKey } from '@mentoring/platform/graphql';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';

export const organization: NonNullable<QueryResolvers['organization']> = (_, args, { loaders }) => {
  const [key, value] = exactlyOneKey(args, ['inn', 'id']);
  return key === 'inn' ? loaders.organizationByInn.load(value) : loaders.organizationById.load(value);
};
