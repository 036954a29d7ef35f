import { exactlyOneKey } from '@mentoring/platform/graphql';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';

export const municipality: NonNullable<QueryResolvers['municipality']> = (_, args, { loaders }) => {
  const [key, value] = exactlyOneKey(args, ['oktmo', 'id']);
  return key === 'oktmo' ? loaders.municipalityByOktmo.load(value) : loaders.municipalityById.load(value);
};
