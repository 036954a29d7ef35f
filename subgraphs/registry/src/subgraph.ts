import type { SubgraphDefinition } from '@mentoring/platform';
import { fileURLToPath } from 'node:url';
import { registryDemoData } from './demo-data.js';
import { createRegistryLoaders, type RegistryLoaders } from './loaders.js';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';
import { resolvers } from './resolvers.js';

/** Реестр: territories and organizations, in PostgreSQL schema `registry`. */
export const registrySubgraph: SubgraphDefinition<RegistryLoaders> = {
  name: 'registry',
  dbSchema: 'registry',
  schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<RegistryLoaders>['resolvers'],
  entities: [RegionSchema, MunicipalitySchema, OrganizationSchema],
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  createLoaders: createRegistryLoaders,
  demoData: registryDemoData,
};
