import { fullYearsBetween, todayIso } from '@mentoring/platform/validation';

/** Years of teaching experience with one decimal, from the first pedagogical start date; null without one or before it. */
export function experienceYears(start: string | null, asOf: string): number | null {
  if (!start || asOf < start) return null;
  const days = (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
  return Math.max(0, Math.floor((days / 365.25) * 10) / 10);
}

export const YOUNG_SPECIALIST_DEFINITIONS = ['UNDER_35_UNDER_3_YEARS', 'EXPERIENCE_0_3_YEARS'] as const;
export type YoungSpecialistDefinition = (typeof YOUNG_SPECIALIST_DEFINITIONS)[number];

/** What the young-specialist rules need to know of a person on a date. */
export interface YoungSpecialistFacts {
  /** Birth date; null where it is not known (people the seeds name: the seeds print none). */
  birthDate: string | null;
  /** Start of pedagogical experience: the earliest of the person's pedagogical employments; null without one. */
  teachingExperienceStart: string | null;
  /** The employments current on the date. */
  currentEmployments: { position: string; isPedagogical: boolean }[];
  /**
   * Whether the registry knows the person's working history: false where it has no start of pedagogical experience and
   * an employment without a start date (the officials the seeds name: the seeds print neither), so whether and how long
   * they have taught is unknown.
   */
  experienceKnown: boolean;
}

/** «учитель…» (учитель математики, Учитель начальных классов): the position begins with «учитель», case-insensitive. */
export const isTeacherPosition = (position: string) => position.trim().toLocaleLowerCase('ru').startsWith('учитель');

/**
 * Молодой специалист, as the seeds word it:
 * - UNDER_35_UNDER_3_YEARS, seed 000: «педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет» —
 *   a pedagogical worker now, under 35 full years of age, under 3 full years of pedagogical experience;
 * - EXPERIENCE_0_3_YEARS, seed 004: «учителей - молодых специалистов (с опытом работы от 0 до 3 лет)» — a teacher now
 *   (position «учитель…»; not every pedagogical worker: not a «педагог дополнительного образования», not a deputy head),
 *   whatever the age, with 0 to under 3 full years of experience.
 * «до 3 лет» is read as the seeds' own «до 35 лет» is read (under 35, the Smolensk indicator and the issue): the count
 * runs from the first day («от 0») and stops at the third anniversary. Three full years is no longer «до 3 лет»; reading
 * it inclusively would make a teacher of 3 years and 11 months «до 3 лет» too, since experience is counted in full years.
 * These readings are the system's, not the seeds' words: 000 «стаж работы» and 004 «опыт работы» are both read as
 * pedagogical experience; 004 «от 0 до 3 лет» as under 3 full years; 004's «проживающих в субъекте» is not applied (the
 * registry holds no place of residence).
 * Null where a fact the definition needs is unknown — the birth date (000) or the working history (both; see
 * `experienceKnown`) — rather than asserting what no record says. The SQL of `registry_pub.staff_as_of` applies the same
 * rule; a test holds the two equal.
 */
export function isYoungSpecialist(
  definition: YoungSpecialistDefinition,
  facts: YoungSpecialistFacts,
  asOf: string,
): boolean | null {
  if (!facts.experienceKnown || (definition === 'UNDER_35_UNDER_3_YEARS' && facts.birthDate === null)) return null;
  const start = facts.teachingExperienceStart;
  if (!start || start > asOf) return false;
  const underThreeYears = fullYearsBetween(start, asOf) < 3;
  if (definition === 'UNDER_35_UNDER_3_YEARS') {
    return (
      facts.currentEmployments.some((employment) => employment.isPedagogical) &&
      facts.birthDate !== null &&
      fullYearsBetween(facts.birthDate, asOf) < 35 &&
      underThreeYears
    );
  }
  return (
    facts.currentEmployments.some((employment) => employment.isPedagogical && isTeacherPosition(employment.position)) &&
    underThreeYears
  );
}

/** The latest birth date of an adult on the date, for queries that must leave minors out. */
export function adultBornBy(date: string = todayIso()): string {
  const [year, month, day] = date.split('-');
  return `${Number(year) - 18}-${month}-${day}`;
}

/** No employment below working age: the registry records a person employed from 16 on the start date. */
export const WORKING_AGE = 16;
/** A pedagogical employment (педагогический работник) needs an adult on its start date. */
export const PEDAGOGICAL_AGE = 18;

/**
 * Why a person born on `birthDate` cannot hold the employment from `startDate`, or null when they can: under 16 they are
 * below working age (a pupil is not made a «Учитель математики»), under 18 they are no pedagogical worker (a minor is not
 * made a mentor of «педагог — педагог» through a teaching post). A person without a birth date (an official the seeds
 * name) is not judged. `field` names the input field to correct.
 */
export function employmentAgeProblem(
  birthDate: string | null,
  startDate: string,
  isPedagogical: boolean,
): { field: 'startDate' | 'isPedagogical'; message: string } | null {
  if (!birthDate || startDate < birthDate) return null;
  const age = fullYearsBetween(birthDate, startDate);
  if (age < WORKING_AGE) {
    return {
      field: 'startDate',
      message: `На дату приёма ${startDate} человеку ${age} (младше ${WORKING_AGE} лет): трудоустройство младше трудоспособного возраста не записывается; no employment below working age (${WORKING_AGE}) on its start date.`,
    };
  }
  if (isPedagogical && age < PEDAGOGICAL_AGE) {
    return {
      field: 'isPedagogical',
      message: `На дату приёма ${startDate} человеку ${age} (несовершеннолетний): педагогическим работником может быть только совершеннолетний; a pedagogical employment needs a person of ${PEDAGOGICAL_AGE} or older on its start date.`,
    };
  }
  return null;
}
