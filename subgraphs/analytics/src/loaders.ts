import { once } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader, uniqueLoader } from '@mentoring/platform/loaders';
import { IndicatorTargetSchema } from './modules/indicators/indicator-target.entity.js';
import { IndicatorSchema } from './modules/indicators/indicator.entity.js';
import { ReportedValueSchema } from './modules/indicators/reported-value.entity.js';
import { createPlaceLoaders } from './modules/territories/places.js';
import { createValueLoaders } from './modules/values/loaders.js';
import { createCampaignLoaders } from './modules/campaigns/loaders.js';
import { createSavedQueryLoaders } from './modules/saved-queries/loaders.js';

/** One set per request: targets, reported figures and computed values of N territories cost one statement per kind. */
export function createAnalyticsLoaders(em: EntityManager) {
  const byYear = { orderBy: { year: 'asc', indicator: 'asc' } } as const;
  const reported = { orderBy: { year: 'asc', asOf: 'asc' } } as const;
  return {
    /** The whole catalogue in catalogue order, read once per request. */
    catalogue: once(() => em.find(IndicatorSchema, {}, { orderBy: { position: 'asc' } })),
    indicatorByCode: uniqueLoader(em, IndicatorSchema, 'code'),
    targetsByIndicator: groupedLoader(em, IndicatorTargetSchema, 'indicator', byYear),
    targetsByRegion: groupedLoader(em, IndicatorTargetSchema, 'regionId', byYear),
    targetsByMunicipality: groupedLoader(em, IndicatorTargetSchema, 'municipalityId', byYear),
    reportedByRegion: groupedLoader(em, ReportedValueSchema, 'regionId', reported),
    reportedByMunicipality: groupedLoader(em, ReportedValueSchema, 'municipalityId', reported),
    reportedByOrganization: groupedLoader(em, ReportedValueSchema, 'organizationId', reported),
    /** Where territories lie, per level (registry_pub). */
    places: createPlaceLoaders(em),
    values: createValueLoaders(em),
    campaigns: createCampaignLoaders(em),
    savedQueries: createSavedQueryLoaders(em),
  };
}

export type AnalyticsLoaders = ReturnType<typeof createAnalyticsLoaders>;
