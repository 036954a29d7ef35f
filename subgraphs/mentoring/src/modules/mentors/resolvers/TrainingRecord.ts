import { referenceTo } from '@mentoring/platform/graphql';
import type { TrainingRecordResolvers } from '../../../__generated__/types.generated.js';

export const TrainingRecord: TrainingRecordResolvers = {
  event: (training) => referenceTo(training.eventId),
};
