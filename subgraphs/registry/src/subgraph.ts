import { defineSubgraph } from '@mentoring/platform';
import { registryDemoData } from './demo-data.js';
import { createRegistryLoaders, type RegistryLoaders } from './loaders.js';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';
import { resolvers } from './resolvers.js';

/** Реестр: territories and organizations, in PostgreSQL schema `registry`. */
export const registrySubgraph = defineSubgraph<RegistryLoaders>(import.meta.url, {
  name: 'registry',
  dbSchema: 'registry',
  resolvers,
  entities: [RegionSchema, MunicipalitySchema, OrganizationSchema],
  createLoaders: createRegistryLoaders,
  demoData: registryDemoData,
});
