import { createOrganizationInScopeLoader, organizationScope } from './published/index.js';
import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader, uniqueLoader } from '@mentoring/platform/loaders';
import DataLoader from 'dataloader';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { ConsentSchema } from './modules/consents/consent.entity.js';
import { AppointmentSchema } from './modules/appointments/appointment.entity.js';
import { EmploymentSchema } from './modules/people/employment.entity.js';
import { EnrollmentSchema } from './modules/students/enrollment.entity.js';
import { PersonSchema } from './modules/people/person.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';
import { organizationCountLoaders } from './modules/territories/organization-counts.js';

/** One set per request: federation references and links resolve in one statement per batch. */
export function createRegistryLoaders(em: EntityManager, viewer: Viewer) {
  const scope = organizationScope(viewer);
  const publications = groupedLoader(em, ConsentSchema, 'person', {
    where: { kind: 'PUBLICATION', withdrawnOn: null },
  });
  return {
    regionById: uniqueLoader(em, RegionSchema, 'id'),
    regionByCode: uniqueLoader(em, RegionSchema, 'code'),
    municipalityById: uniqueLoader(em, MunicipalitySchema, 'id'),
    municipalityByOktmo: uniqueLoader(em, MunicipalitySchema, 'oktmo'),
    organizationById: uniqueLoader(em, OrganizationSchema, 'id'),
    organizationByInn: uniqueLoader(em, OrganizationSchema, 'inn'),
    /** `organizationCount(level, kind)`: organizations per municipality or region, one statement per level and kind. */
    organizationCount: organizationCountLoaders(em),
    personById: uniqueLoader(em, PersonSchema, 'id'),
    employmentsByPerson: groupedLoader(em, EmploymentSchema, 'person', { orderBy: { startDate: 'desc' } }),
    consentsByPerson: groupedLoader(em, ConsentSchema, 'person', { orderBy: { givenOn: 'desc' } }),
    enrollmentsByPerson: groupedLoader(em, EnrollmentSchema, 'person', { orderBy: { startDate: 'desc' } }),
    appointmentsByPerson: groupedLoader(em, AppointmentSchema, 'person', { orderBy: { startDate: 'desc' } }),
    appointmentsByOrganization: groupedLoader(em, AppointmentSchema, 'organization', {
      orderBy: { kind: 'asc', startDate: 'desc' },
    }),
    appointmentsByMunicipality: groupedLoader(em, AppointmentSchema, 'municipality', {
      orderBy: { startDate: 'desc' },
    }),
    appointmentsByRegion: groupedLoader(em, AppointmentSchema, 'region', {
      orderBy: { kind: 'asc', startDate: 'desc' },
    }),
    /** Items the person's valid publication consents allow to publish. */
    publishedItemsByPerson: new DataLoader<string, Set<string>>(async (ids) => {
      const consents = await publications.loadMany(ids);
      return consents.map((list) => new Set(list instanceof Error ? [] : list.flatMap((consent) => consent.fields)));
    }),
    /** The viewer's territory; a condition in SQL (organizationScopeSql), never a list of ids. */
    organizationScope: scope,
    /** Whether an organization lies in the viewer's territory, batched per request. */
    organizationInScope: createOrganizationInScopeLoader(em, scope),
  };
}

export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
