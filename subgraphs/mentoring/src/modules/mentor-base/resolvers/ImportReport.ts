import type   { ImportReportResolvers } from './../../../__generated__/types.generated.js';
    export const ImportReport: ImportReportResolvers = {
    /* Implement ImportReport resolver logic here */
  };