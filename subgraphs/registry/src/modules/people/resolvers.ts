import { containsPattern, findConnection, forbidden, inScope, present, type ConnectionArgs } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type {
  EmploymentResolvers,
  OrganizationResolvers,
  PersonFilter,
  PersonResolvers,
  QueryResolvers,
} from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { fullYearsBetween, isMinorOn } from '@mentoring/platform';
import { experienceYears, isYoungSpecialist, today, type YoungSpecialistFacts } from './derived.js';
import type { Employment } from './employment.entity.js';
import { PersonSchema, type Person } from './person.entity.js';
import { personVisibility } from './visibility.js';

function peopleWhere(filter: PersonFilter | null | undefined): FilterQuery<Person> {
  const conditions: FilterQuery<Person>[] = [];
  const current = { endDate: null };
  if (filter?.organizationId) conditions.push({ employments: { ...current, organization: filter.organizationId } });
  if (filter?.municipalityOktmo) conditions.push({ employments: { ...current, organization: { municipality: { oktmo: filter.municipalityOktmo } } } });
  if (filter?.regionCode) conditions.push({ employments: { ...current, organization: { municipality: { region: { code: filter.regionCode } } } } });
  if (filter?.pedagogical !== undefined && filter.pedagogical !== null) conditions.push({ employments: { ...current, isPedagogical: filter.pedagogical } });
  if (filter?.lastNameContains) conditions.push({ lastName: { $ilike: containsPattern(filter.lastNameContains) } });
  return { $and: conditions };
}

async function peopleConnection(context: Context, where: FilterQuery<Person>, page: ConnectionArgs) {
  return findConnection(context.em, PersonSchema, { $and: [where, personVisibility(context.viewer)] }, page, { lastName: 'asc', firstName: 'asc', id: 'asc' });
}

/** A person the viewer may not see is answered as absent. */
async function visiblePerson(id: string, { loaders, personVisible }: Context): Promise<Person | null> {
  return (await personVisible.load(id)) ? loaders.personById.load(id) : null;
}

/** The earliest start of pedagogical experience over the person's pedagogical employments (as registry_pub.staff has it). */
function teachingStart(employments: Employment[]): string | null {
  const starts = employments.filter((employment) => employment.isPedagogical && employment.teachingExperienceStart).map((employment) => employment.teachingExperienceStart!);
  return starts.sort()[0] ?? null;
}

/** What the young-specialist definitions read of a person on a date. */
async function youngSpecialistFacts(person: Person, asOf: string, { loaders }: Context): Promise<YoungSpecialistFacts> {
  const employments = await loaders.employmentsByPerson.load(person.id);
  return {
    birthDate: person.birthDate ?? null,
    teachingExperienceStart: teachingStart(employments),
    currentEmployments: employments.filter((employment) => employment.startDate !== null && employment.startDate! <= asOf && (!employment.endDate || employment.endDate >= asOf)),
    experienceKnown: teachingStart(employments) !== null || employments.every((employment) => employment.startDate !== null && employment.startDate !== undefined),
  };
}

/** ФИО: surname, first name and patronymic; or, for a person the seeds print with initials, «Пехтерева Т. А.». */
export const fullNameOf = (person: Pick<Person, 'lastName' | 'firstName' | 'middleName' | 'initials'>) =>
  person.firstName ? [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ') : [person.lastName, person.initials].filter(Boolean).join(' ');

export const peopleQueries: Pick<QueryResolvers, 'person' | 'people'> = {
  person: (_, { id }, context) => visiblePerson(id, context),
  people: (_, { filter, ...page }, context) => peopleConnection(context, peopleWhere(filter), page),
};

/** A minor's birth date and contacts are for the school that teaches them: its curator and head. */
function minorGuard(person: Person, { viewer }: Context, field: string): void {
  if (isMinorOn(person.birthDate ?? null) && viewer.role !== 'SCHOOL_CURATOR' && viewer.role !== 'SCHOOL_HEAD') {
    throw forbidden(`Поле Person.${field} несовершеннолетнего доступно только куратору и руководителю ОО; only the school may see this of a minor.`, { field: `Person.${field}` });
  }
}

export const PersonType: PersonResolvers = {
  __resolveReference: (reference, context) => visiblePerson(reference.id, context),
  birthDate: (person, _, context) => {
    minorGuard(person, context, 'birthDate');
    return person.birthDate ?? null;
  },
  email: (person, _, context) => {
    minorGuard(person, context, 'email');
    return person.email ?? null;
  },
  phone: (person, _, context) => {
    minorGuard(person, context, 'phone');
    return person.phone ?? null;
  },
  isMinor: (person) => isMinorOn(person.birthDate ?? null),
  enrollments: (person, _, { loaders }) => loaders.enrollmentsByPerson.load(person.id),
  appointments: (person, _, { loaders }) => loaders.appointmentsByPerson.load(person.id),
  fullName: (person) => fullNameOf(person),
  age: (person, { asOf }) => (person.birthDate ? fullYearsBetween(person.birthDate, asOf ?? today()) : null),
  teachingExperienceYears: async (person, { asOf }, { loaders }) => experienceYears(teachingStart(await loaders.employmentsByPerson.load(person.id)), asOf ?? today()),
  isYoungSpecialist: async (person, { asOf, definition }, context) => {
    const date = asOf ?? today();
    return isYoungSpecialist(definition ?? 'UNDER_35_UNDER_3_YEARS', await youngSpecialistFacts(person, date, context), date);
  },
  employments: (person, _, { loaders }) => loaders.employmentsByPerson.load(person.id),
  publishedItems: async (person, _, { loaders }) => [...(await loaders.publishedItemsByPerson.load(person.id))].sort(),
  consents: (person, _, { loaders }) => loaders.consentsByPerson.load(person.id),
};

export const EmploymentType: EmploymentResolvers = {
  organization: async (employment, _, { loaders }) =>
    present(await loaders.organizationById.load(employment.organization.id), `organization of employment ${employment.id}`),
};

export const OrganizationStaff: Pick<OrganizationResolvers, 'staff'> = {
  staff: async (organization, page, context) => {
    if (context.viewer.role !== 'ANALYST' && !inScope(await context.loaders.organizationScope(), organization.id)) {
      throw forbidden('Работники этой организации вне вашей территории; this organization is outside your territory.');
    }
    return peopleConnection(context, peopleWhere({ organizationId: organization.id }), page);
  },
};

