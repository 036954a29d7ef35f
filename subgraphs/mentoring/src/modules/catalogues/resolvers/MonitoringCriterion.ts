import { catalogueSourceResolvers } from '@mentoring/platform/catalogue';
import type { MonitoringCriterionResolvers } from '../../../__generated__/types.generated.js';

export const MonitoringCriterion: MonitoringCriterionResolvers = catalogueSourceResolvers;
