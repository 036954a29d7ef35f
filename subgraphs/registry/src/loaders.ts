import { uniqueLoader, type EntityManager } from '@mentoring/platform';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';

/** One set per request: federation references and links resolve in one statement per batch. */
export function createRegistryLoaders(em: EntityManager) {
  return {
    regionById: uniqueLoader(em, RegionSchema, 'id'),
    regionByCode: uniqueLoader(em, RegionSchema, 'code'),
    municipalityById: uniqueLoader(em, MunicipalitySchema, 'id'),
    municipalityByOktmo: uniqueLoader(em, MunicipalitySchema, 'oktmo'),
    organizationById: uniqueLoader(em, OrganizationSchema, 'id'),
    organizationByInn: uniqueLoader(em, OrganizationSchema, 'inn'),
  };
}

export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
