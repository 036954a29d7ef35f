import type { IndicatorReportRowResolvers } from './../../../__generated__/types.generated.js';

export const IndicatorReportRow: IndicatorReportRowResolvers = {};
