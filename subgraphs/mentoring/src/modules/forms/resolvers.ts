import type { MentoringFormResolvers, QueryResolvers } from '../../__generated__/resolvers-types.js';
import { MentoringFormSchema } from './form.entity.js';
import { MentoringFormatSchema } from './format.entity.js';

export const formQueries: Pick<QueryResolvers, 'mentoringForms' | 'mentoringFormats'> = {
  mentoringForms: (_, __, { em }) => em.find(MentoringFormSchema, {}, { orderBy: { position: 'asc' } }),
  mentoringFormats: (_, __, { em }) => em.find(MentoringFormatSchema, {}, { orderBy: { position: 'asc' } }),
};

export const MentoringFormType: MentoringFormResolvers = {};
