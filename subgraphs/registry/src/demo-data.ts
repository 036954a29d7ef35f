import { shiftedIsoDay } from '@mentoring/platform/validation';
import type { DemoData } from '@mentoring/platform/server';
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
} from './demo/index.js';
import { stableId, type EntityManager } from '@mentoring/platform/database';
import { AppointmentSchema } from './modules/appointments/appointment.entity.js';
import { EnrollmentSchema } from './modules/students/enrollment.entity.js';
import { ConsentSchema } from './modules/consents/consent.entity.js';
import { EmploymentSchema } from './modules/people/employment.entity.js';
import { PersonSchema } from './modules/people/person.entity.js';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { MunicipalitySchema } from './modules/territories/municipality.entity.js';
import { RegionSchema } from './modules/territories/region.entity.js';

/**
 * The seeds' territories, authorities and centres (SEED), the officials the seeds name with only what the seeds print
 * (SEED), and fictional schools, staff, pupils and their appointments (SYNTHETIC), with the stable ids other
 * subgraphs' demo data refer to.
 */
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
      const created = em.create(PersonSchema, {
        id,
        lastName,
        firstName,
        middleName,
        initials: null,
        birthDate,
        email,
        phone,
        dataOrigin: 'SYNTHETIC',
        source: null,
      });
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

/** A synthetic order number, one per appointment, that says it is a demo: «демо-17-к». */
const demoOrderNumber = (serial: number, suffix: string) => `демо-${serial}-${suffix}`;

/** The officials the seeds name and the one appointment a seed makes, Пехтерева's (SEED); each fictional school's head and curator, and the РМА candidates (SYNTHETIC). */
function loadOfficialsAndAppointments(em: EntityManager): void {
  for (const official of DEMO_OFFICIALS) {
    const { key, organizationInn, position, appointment, source, lastName, firstName, middleName, initials } = official;
    const person = em.create(PersonSchema, {
      id: personIdOf(key),
      lastName,
      firstName,
      middleName,
      initials,
      birthDate: null,
      email: null,
      phone: null,
      dataOrigin: 'SEED',
      source,
    });
    em.create(EmploymentSchema, {
      id: stableId('employment', key),
      person,
      organization: em.getReference(OrganizationSchema, organizationIdOf(organizationInn)),
      position,
      isPedagogical: false,
      // The seeds print no date of employment.
      startDate: null,
      teachingExperienceStart: null,
      endDate: null,
    });
    // Only an appointment a seed makes of the person (Пехтерева Т. А., приказ № 96-Д, п. 2); none for officials the
    // seeds name only with their post.
    if (!appointment) continue;
    em.create(AppointmentSchema, {
      id: stableId('appointment', key),
      person,
      kind: appointment.kind,
      organization: null,
      municipality: appointment.municipalityOktmo
        ? em.getReference(MunicipalitySchema, municipalityIdOf(appointment.municipalityOktmo))
        : null,
      region: appointment.regionCode ? em.getReference(RegionSchema, regionIdOf(appointment.regionCode)) : null,
      orderNumber: appointment.order?.number ?? null,
      orderDate: appointment.order?.date ?? null,
      issuedBy: appointment.order
        ? em.getReference(OrganizationSchema, organizationIdOf(appointment.order.issuedByInn))
        : null,
      // The seed dates the order, not the start of the appointment: no start date (the order date stays the order's).
      startDate: null,
      endDate: null,
      dataOrigin: 'SEED',
      source: appointment.source,
    });
  }
  let serial = 0;
  const synthetic = (
    person: DemoPerson,
    kind: 'SCHOOL_HEAD' | 'SCHOOL_CURATOR' | 'RMA_CANDIDATE',
    suffix: string,
    orderDate: string,
  ) => {
    serial += 1;
    const school = em.getReference(OrganizationSchema, organizationIdOf(person.organizationInn));
    em.create(AppointmentSchema, {
      id: stableId('appointment', `${person.key}-${kind}`),
      person: em.getReference(PersonSchema, personIdOf(person.key)),
      kind,
      organization: kind === 'RMA_CANDIDATE' ? null : school,
      municipality: null,
      region: kind === 'RMA_CANDIDATE' ? em.getReference(RegionSchema, regionIdOf('67')) : null,
      orderNumber: demoOrderNumber(serial, suffix),
      orderDate,
      // A curator is appointed by the school's head (seed 003): the school issues the order. Others: no issuer recorded.
      issuedBy: kind === 'SCHOOL_CURATOR' ? school : null,
      startDate: orderDate,
      endDate: null,
      dataOrigin: 'SYNTHETIC',
      source: null,
    });
  };
  DEMO_PEOPLE.forEach((person, index) => {
    if (person.key.endsWith('-0')) synthetic(person, 'SCHOOL_HEAD', 'к', person.employment.startDate);
    // Curators: a deputy head (seed 003: «из числа заместителей руководителя»), each by an order of their own school,
    // spread over May 2022, or on the day they joined a school they joined later.
    if (person.key.endsWith('-1')) {
      const may2022 = shiftedIsoDay('2022-05-04', index % 9);
      synthetic(
        person,
        'SCHOOL_CURATOR',
        'од',
        person.employment.startDate > may2022 ? person.employment.startDate : may2022,
      );
    }
  });
  // РМА candidates: about 1,3 % of Smolensk's pedagogical workers (seed 000), each with an order of their own.
  const smolenskInns = new Set(
    DEMO_ORGANIZATIONS.filter((organization) => demoRegionOf(organization) === '67').map(
      (organization) => organization.inn,
    ),
  );
  const smolenskTeachers = DEMO_PEOPLE.filter(
    (person) => person.employment.isPedagogical && smolenskInns.has(person.organizationInn),
  );
  const candidates = Math.round(smolenskTeachers.length * RMA_CANDIDATE_SHARE);
  smolenskTeachers
    .filter((_, index) => index % Math.floor(smolenskTeachers.length / candidates) === 0)
    .slice(0, candidates)
    .forEach((person, index) => {
      synthetic(person, 'RMA_CANDIDATE', 'РМА', shiftedIsoDay('2023-02-01', index * 7));
    });
}

function loadStudents(em: EntityManager): void {
  const schools = DEMO_ORGANIZATIONS.filter(
    (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) !== '67',
  );
  for (const student of demoStudents(schools.map((school) => school.inn))) {
    const { key, organizationInn, grade, ...personal } = student;
    const person = em.create(PersonSchema, {
      id: personIdOf(key),
      ...personal,
      initials: null,
      email: null,
      phone: null,
      dataOrigin: 'SYNTHETIC',
      source: null,
    });
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
