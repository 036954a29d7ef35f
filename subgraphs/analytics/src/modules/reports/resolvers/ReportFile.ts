import type { ReportFileResolvers } from './../../../__generated__/types.generated.js';

export const ReportFile: ReportFileResolvers = {};
