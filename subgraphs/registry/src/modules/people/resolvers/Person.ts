import { optionalSourceView } from '@mentoring/sources';
import { fullYearsBetween, todayIso } from '@mentoring/platform/validation';
import { isMinorOn } from '../../../published/minors.js';
import type { PersonResolvers, YoungSpecialistDefinition } from '../../../__generated__/types.generated.js';
import { experienceYears, isYoungSpecialist } from '../derived.js';
import { fullNameOf } from '../full-name.js';
import { minorGuard } from '../minor-guard.js';
import { visiblePerson } from '../visible-person.js';
import { teachingStart, youngSpecialistFacts } from '../young-specialist-facts.js';

/** An explicit `definition: null` skips the SDL default, which the generated argument type does not admit. */
const definitionOrDefault = (definition: YoungSpecialistDefinition | null): YoungSpecialistDefinition =>
  definition ?? 'UNDER_35_UNDER_3_YEARS';

export const Person: PersonResolvers = {
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
  age: (person, { asOf }) => (person.birthDate ? fullYearsBetween(person.birthDate, asOf ?? todayIso()) : null),
  teachingExperienceYears: async (person, { asOf }, { loaders }) =>
    experienceYears(teachingStart(await loaders.employmentsByPerson.load(person.id)), asOf ?? todayIso()),
  isYoungSpecialist: async (person, { asOf, definition }, context) => {
    const date = asOf ?? todayIso();
    return isYoungSpecialist(definitionOrDefault(definition), await youngSpecialistFacts(person, date, context), date);
  },
  employments: (person, _, { loaders }) => loaders.employmentsByPerson.load(person.id),
  publishedItems: async (person, _, { loaders }) => [...(await loaders.publishedItemsByPerson.load(person.id))].sort(),
  consents: (person, _, { loaders }) => loaders.consentsByPerson.load(person.id),
  source: optionalSourceView,
};
