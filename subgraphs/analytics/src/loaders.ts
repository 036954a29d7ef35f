import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader, uniqueLoader } from '@mentoring/platform/loaders';
import { IndicatorTargetSchema } from './modules/indicators/indicator-target.entity.js';
import { IndicatorSchema } from './modules/indicators/indicator.entity.js';
import { createCampaignLoaders } from './modules/campaigns/loaders.js';

/** One set per request: targets of N territories or N indicators cost one statement each. */
export function createAnalyticsLoaders(em: EntityManager) {
  const byYear = { orderBy: { year: 'asc', indicator: 'asc' } } as const;
  return {
    indicatorByCode: uniqueLoader(em, IndicatorSchema, 'code'),
    targetsByIndicator: groupedLoader(em, IndicatorTargetSchema, 'indicator', byYear),
    targetsByRegion: groupedLoader(em, IndicatorTargetSchema, 'regionId', byYear),
    targetsByMunicipality: groupedLoader(em, IndicatorTargetSchema, 'municipalityId', byYear),
    campaigns: createCampaignLoaders(em),
  };
}

export type AnalyticsLoaders = ReturnType<typeof createAnalyticsLoaders>;
