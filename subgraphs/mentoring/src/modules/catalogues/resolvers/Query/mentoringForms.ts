import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { MentoringFormSchema } from '../../form.entity.js';

export const mentoringForms: NonNullable<QueryResolvers['mentoringForms']> = (_, __, { em }) =>
  em.find(MentoringFormSchema, {}, { orderBy: { position: 'asc' } });
