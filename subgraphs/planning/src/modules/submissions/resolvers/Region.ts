import { findConnection } from '@mentoring/platform/pagination';
import type { RegionResolvers } from '../../../__generated__/types.generated.js';
import { ReportingObligationSchema } from '../obligation.entity.js';

export const Region: Pick<RegionResolvers, 'reportingObligations' | '__resolveReference'> = {
  reportingObligations: (region, page, { em }) =>
    findConnection(em, ReportingObligationSchema, { regionId: region.id }, page, {
      dueDate: 'asc',
      title: 'asc',
      id: 'asc',
    }),
};
