import { catalogueSourceResolvers } from '@mentoring/sources';
import type { MonitoringCriterionResolvers } from '../../../__generated__/types.generated.js';

export const MonitoringCriterion: MonitoringCriterionResolvers = catalogueSourceResolvers;
