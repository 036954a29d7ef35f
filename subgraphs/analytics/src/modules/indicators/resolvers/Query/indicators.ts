import { findConnection } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { IndicatorSchema } from '../../indicator.entity.js';

export const indicators: NonNullable<QueryResolvers['indicators']> = (_, page, { em }) =>
  findConnection(em, IndicatorSchema, {}, page, { position: 'asc', code: 'asc' });
