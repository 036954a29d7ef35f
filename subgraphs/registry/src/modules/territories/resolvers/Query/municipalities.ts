import { findConnection } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { MunicipalitySchema } from '../../municipality.entity.js';
import { municipalitiesWhere } from '../../municipalities-where.js';

export const municipalities: NonNullable<QueryResolvers['municipalities']> = (_, { filter, ...page }, { em }) =>
  findConnection(em, MunicipalitySchema, municipalitiesWhere(filter), page, { name: 'asc', id: 'asc' });
