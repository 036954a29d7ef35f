import type { DemoData } from '@mentoring/platform';
import {
  DEMO_MUNICIPALITIES,
  DEMO_OFFICIALS,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  DEMO_REGIONS,
  demoRegionOf,
  demoStudents,
  RMA_CANDIDATE_SHARE,
  type DemoPerson,
  municipalityIdOf,
  organizationIdOf,
  personIdOf,
  regionIdOf,
} from '@mentoring/platform/demo';
import { stableId, type EntityManager } from '@mentoring/platform';
import { AppointmentSchema } from './modules/people/appointment.entity.js';
import { EnrollmentSchema } from './modules/people/enrollment.entity.js';
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
    loadOfficialsAndAppointments(em);
    loadStudents(em);
    await em.flush();
  },
};

/** The seeds' coordinator and operators, each school's head and curator, and the region's РМА candidates. */
function loadOfficialsAndAppointments(em: EntityManager): void {
  for (const official of DEMO_OFFICIALS) {
    const { key, organizationInn, position, appointment, ...personal } = official;
    const person = em.create(PersonSchema, { id: personIdOf(key), ...personal, email: null, phone: null });
    em.create(EmploymentSchema, {
      id: stableId('employment', key),
      person,
      organization: em.getReference(OrganizationSchema, organizationIdOf(organizationInn)),
      position,
      isPedagogical: false,
      startDate: '2015-09-01',
      teachingExperienceStart: null,
      endDate: null,
    });
    em.create(AppointmentSchema, {
      id: stableId('appointment', key),
      person,
      kind: appointment.kind,
      organization: null,
      municipality: appointment.municipalityOktmo ? em.getReference(MunicipalitySchema, municipalityIdOf(appointment.municipalityOktmo)) : null,
      region: appointment.regionCode ? em.getReference(RegionSchema, regionIdOf(appointment.regionCode)) : null,
      orderNumber: appointment.orderNumber,
      orderDate: appointment.orderDate,
      startDate: appointment.orderDate,
      endDate: null,
    });
  }
  const schoolAppointment = (person: DemoPerson, kind: 'SCHOOL_HEAD' | 'SCHOOL_CURATOR' | 'RMA_CANDIDATE', orderNumber: string) =>
    em.create(AppointmentSchema, {
      id: stableId('appointment', `${person.key}-${kind}`),
      person: em.getReference(PersonSchema, personIdOf(person.key)),
      kind,
      organization: kind === 'RMA_CANDIDATE' ? null : em.getReference(OrganizationSchema, organizationIdOf(person.organizationInn)),
      municipality: null,
      region: kind === 'RMA_CANDIDATE' ? em.getReference(RegionSchema, regionIdOf('67')) : null,
      orderNumber,
      // Seed 003: curators were to be appointed by 13 May 2022.
      orderDate: kind === 'SCHOOL_CURATOR' ? '2022-05-13' : person.employment.startDate,
      startDate: kind === 'SCHOOL_CURATOR' ? '2022-05-13' : person.employment.startDate,
      endDate: null,
    });
  for (const person of DEMO_PEOPLE) {
    if (person.key.endsWith('-0')) schoolAppointment(person, 'SCHOOL_HEAD', `${person.key.slice(-5, -2)}-к`);
    if (person.key.endsWith('-1')) schoolAppointment(person, 'SCHOOL_CURATOR', `${person.key.slice(-5, -2)}-од`);
  }
  const smolenskTeachers = DEMO_PEOPLE.filter((person) => person.employment.isPedagogical && demoRegionOf(DEMO_ORGANIZATIONS.find((organization) => organization.inn === person.organizationInn)!) === '67');
  const candidates = Math.round(smolenskTeachers.length * RMA_CANDIDATE_SHARE);
  for (const person of smolenskTeachers.filter((_, index) => index % Math.floor(smolenskTeachers.length / candidates) === 0).slice(0, candidates)) {
    schoolAppointment(person, 'RMA_CANDIDATE', '1121-Од');
  }
}


function loadStudents(em: EntityManager): void {
  const schools = DEMO_ORGANIZATIONS.filter((organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) !== '67');
  for (const student of demoStudents(schools.map((school) => school.inn))) {
    const { key, organizationInn, grade, ...personal } = student;
    const person = em.create(PersonSchema, { id: personIdOf(key), ...personal, email: null, phone: null });
    em.create(EnrollmentSchema, {
      id: stableId('enrollment', key),
      person,
      organization: em.getReference(OrganizationSchema, organizationIdOf(organizationInn)),
      levelKind: 'SCHOOL_GRADE',
      level: grade,
      startDate: '2026-09-01',
      endDate: null,
    });
  }
}
