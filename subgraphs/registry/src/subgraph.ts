import { defineSubgraph, PersonalDataReadSchema } from '@mentoring/platform/server';
import { isMinorOn } from './published/minors.js';
import { createPersonVisibilityLoader } from './published/person-visibility.js';
import { registryDemoData } from './demo-data.js';
import { createRegistryLoaders, type RegistryLoaders } from './loaders.js';
import {
  AppointmentKindEntrySchema,
  YoungSpecialistDefinitionEntrySchema,
} from './modules/catalogue/catalogue.entity.js';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { ConsentSchema } from './modules/consents/consent.entity.js';
import { EmploymentSchema } from './modules/people/employment.entity.js';
import { AppointmentSchema } from './modules/appointments/appointment.entity.js';
import { EnrollmentSchema } from './modules/students/enrollment.entity.js';
import { PersonSchema, type Person } from './modules/people/person.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';
import { resolvers } from './__generated__/resolvers.generated.js';

/** Реестр: territories, organizations and people, in PostgreSQL schema `registry`. */
export const registrySubgraph = defineSubgraph<RegistryLoaders>(import.meta.url, {
  name: 'registry',
  dbSchema: 'registry',
  resolvers,
  entities: [
    RegionSchema,
    MunicipalitySchema,
    OrganizationSchema,
    PersonSchema,
    EmploymentSchema,
    EnrollmentSchema,
    AppointmentSchema,
    ConsentSchema,
    PersonalDataReadSchema,
    AppointmentKindEntrySchema,
    YoungSpecialistDefinitionEntrySchema,
  ],
  createLoaders: createRegistryLoaders,
  personVisibility: createPersonVisibilityLoader,
  demoData: registryDemoData,
  // Every @publishAs field of the registry is a Person's; minors are never published, whatever was consented.
  publication: async (loaders, _typeName, source, item) => {
    const person = source as Person;
    return !isMinorOn(person.birthDate ?? null) && (await loaders.publishedItemsByPerson.load(person.id)).has(item);
  },
});
