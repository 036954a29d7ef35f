import type { MentoringFormResolvers, QueryResolvers } from '../../__generated__/resolvers-types.js';
import { MentoringFormSchema } from './form.entity.js';

export const formQueries: Pick<QueryResolvers, 'mentoringForms'> = {
  mentoringForms: (_, __, { em }) => em.find(MentoringFormSchema, {}, { orderBy: { position: 'asc' } }),
};

export const MentoringFormType: MentoringFormResolvers = {};
