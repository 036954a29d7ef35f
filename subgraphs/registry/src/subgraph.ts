import { defineSubgraph, PersonalDataReadSchema } from '@mentoring/platform';
import { registryDemoData } from './demo-data.js';
import { createRegistryLoaders, type RegistryLoaders } from './loaders.js';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { ConsentSchema } from './modules/people/consent.entity.js';
import { EmploymentSchema } from './modules/people/employment.entity.js';
import { PersonSchema } from './modules/people/person.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';
import { resolvers } from './resolvers.js';

/** Реестр: territories, organizations and people, in PostgreSQL schema `registry`. */
export const registrySubgraph = defineSubgraph<RegistryLoaders>(import.meta.url, {
  name: 'registry',
  dbSchema: 'registry',
  resolvers,
  entities: [RegionSchema, MunicipalitySchema, OrganizationSchema, PersonSchema, EmploymentSchema, ConsentSchema, PersonalDataReadSchema],
  createLoaders: createRegistryLoaders,
  demoData: registryDemoData,
  // Every @personal field of the registry belongs to a Person (directly or through `subject`).
  publication: async (loaders, _typeName, source, item) => {
    const personId = (source as { id: string }).id;
    return (await loaders.publishedItemsByPerson.load(personId)).has(item);
  },
});
