import type   { ExportFileResolvers } from './../../../__generated__/types.generated.js';
    export const ExportFile: ExportFileResolvers = {
    /* Implement ExportFile resolver logic here */
  };