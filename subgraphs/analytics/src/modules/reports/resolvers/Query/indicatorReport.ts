import type { QueryResolvers } from './../../../../__generated__/types.generated.js';
import { buildIndicatorReport } from '../../report.js';

export const indicatorReport: NonNullable<QueryResolvers['indicatorReport']> = (_parent, args, context) =>
  buildIndicatorReport(args, context);
