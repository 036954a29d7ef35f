import type { Context } from '../../context.js';
import type { YoungSpecialistFacts } from './derived.js';
import type { Employment } from './employment.entity.js';
import type { Person } from './person.entity.js';

/** The earliest start of pedagogical experience over the person's pedagogical employments (as registry_pub.staff has it). */
export function teachingStart(employments: Employment[]): string | null {
  const starts = employments.flatMap((employment) =>
    employment.isPedagogical && employment.teachingExperienceStart ? [employment.teachingExperienceStart] : [],
  );
  return starts.sort()[0] ?? null;
}

/** What the young-specialist definitions read of a person on a date. */
export async function youngSpecialistFacts(
  person: Person,
  asOf: string,
  { loaders }: Context,
): Promise<YoungSpecialistFacts> {
  const employments = await loaders.employmentsByPerson.load(person.id);
  return {
    birthDate: person.birthDate ?? null,
    teachingExperienceStart: teachingStart(employments),
    currentEmployments: employments.filter(
      (employment) =>
        employment.startDate !== null &&
        employment.startDate !== undefined &&
        employment.startDate <= asOf &&
        (!employment.endDate || employment.endDate >= asOf),
    ),
    experienceKnown:
      teachingStart(employments) !== null ||
      employments.every((employment) => employment.startDate !== null && employment.startDate !== undefined),
  };
}
