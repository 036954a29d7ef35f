import type   { TrainingRecordResolvers } from './../../../__generated__/types.generated.js';
    export const TrainingRecord: TrainingRecordResolvers = {
    /* Implement TrainingRecord resolver logic here */
  };