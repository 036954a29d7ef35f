import type { TrainingRecordResolvers } from '../../../__generated__/types.generated.js';

/** Every field is a column of the stored row. */
export const TrainingRecord: TrainingRecordResolvers = {};
