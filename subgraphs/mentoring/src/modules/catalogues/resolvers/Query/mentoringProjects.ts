import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { MentoringProjectSchema } from '../../project.entity.js';

export const mentoringProjects: NonNullable<QueryResolvers['mentoringProjects']> = (_, __, { em }) =>
  em.find(MentoringProjectSchema, {}, { orderBy: { position: 'asc' } });
