import type { DemoData } from '@mentoring/platform';
import {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  DEMO_REGIONS,
  municipalityIdOf,
  organizationIdOf,
  personIdOf,
  regionIdOf,
} from '@mentoring/platform/demo';
import { stableId } from '@mentoring/platform';
import { ConsentSchema } from './modules/people/consent.entity.js';
import { EmploymentSchema } from './modules/people/employment.entity.js';
import { PersonSchema } from './modules/people/person.entity.js';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';

/** The seeds' territories and organizations and synthetic school staff, with the stable ids other subgraphs' demo data refer to. */
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
    for (const person of DEMO_PEOPLE) {
      const id = personIdOf(person.key);
      const { lastName, firstName, middleName, birthDate, email, phone } = person;
      const created = em.create(PersonSchema, { id, lastName, firstName, middleName, birthDate, email, phone });
      em.create(EmploymentSchema, {
        id: stableId('employment', person.key),
        person: created,
        organization: em.getReference(OrganizationSchema, organizationIdOf(person.organizationInn)),
        ...person.employment,
        endDate: null,
      });
      em.create(ConsentSchema, {
        id: stableId('consent-processing', person.key),
        person: created,
        kind: 'PROCESSING',
        fields: [],
        textVersion: '2022-1',
        givenOn: '2022-09-01',
        channel: 'PAPER',
        withdrawnOn: null,
      });
      if (person.published.length > 0) {
        em.create(ConsentSchema, {
          id: stableId('consent-publication', person.key),
          person: created,
          kind: 'PUBLICATION',
          fields: person.published,
          textVersion: '2022-1',
          givenOn: '2022-09-01',
          channel: 'ELECTRONIC',
          withdrawnOn: null,
        });
      }
    }
    await em.flush();
  },
};
