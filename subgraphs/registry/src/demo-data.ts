import type { DemoData } from '@mentoring/platform';
import {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANIZATIONS,
  DEMO_REGIONS,
  municipalityIdOf,
  organizationIdOf,
  regionIdOf,
} from '@mentoring/platform/demo';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';

/** The seeds' territories and organizations, with the stable ids the other subgraphs' demo data refer to. */
export const registryDemoData: DemoData = {
  isLoaded: async (em) => (await em.count(RegionSchema, {})) > 0,
  load: async (em) => {
    for (const region of DEMO_REGIONS) em.create(RegionSchema, { id: regionIdOf(region.code), ...region });
    for (const { regionCode, ...municipality } of DEMO_MUNICIPALITIES) {
      em.create(MunicipalitySchema, {
        id: municipalityIdOf(municipality.oktmo),
        ...municipality,
        region: em.getReference(RegionSchema, regionIdOf(regionCode)),
      });
    }
    for (const { municipalityOktmo, ...organization } of DEMO_ORGANIZATIONS) {
      em.create(OrganizationSchema, {
        id: organizationIdOf(organization.inn),
        address: null,
        website: null,
        ...organization,
        municipality: em.getReference(MunicipalitySchema, municipalityIdOf(municipalityOktmo)),
      });
    }
    await em.flush();
  },
};
