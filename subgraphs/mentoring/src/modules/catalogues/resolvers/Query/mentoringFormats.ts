import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { MentoringFormatSchema } from '../../format.entity.js';

export const mentoringFormats: NonNullable<QueryResolvers['mentoringFormats']> = (_, __, { em }) =>
  em.find(MentoringFormatSchema, {}, { orderBy: { position: 'asc' } });
