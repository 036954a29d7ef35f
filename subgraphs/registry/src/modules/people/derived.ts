/** Full years between two ISO dates (birthday or anniversary counted on the day). */
export function fullYearsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const beforeAnniversary = toMonth < fromMonth || (toMonth === fromMonth && toDay < fromDay);
  return toYear - fromYear - (beforeAnniversary ? 1 : 0);
}

/** Years of teaching experience with one decimal, from the first pedagogical start date. */
export function experienceYears(start: string | null, asOf: string): number | null {
  if (!start) return null;
  const days = (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
  return Math.max(0, Math.floor((days / 365.25) * 10) / 10);
}

export type YoungSpecialistDefinition = 'UNDER_35_UNDER_3_YEARS' | 'EXPERIENCE_0_3_YEARS';

/**
 * Молодой специалист: under 35 with under 3 years of teaching (Smolensk, seed 000)
 * or 0–3 years of teaching whatever the age (St Petersburg, seed 004).
 */
export function isYoungSpecialist(definition: YoungSpecialistDefinition, age: number, experience: number | null): boolean {
  if (experience === null) return false;
  return definition === 'UNDER_35_UNDER_3_YEARS' ? age < 35 && experience < 3 : experience <= 3;
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Under 18 on the date: such a person is never published, and their birth date and contacts are for their school only. */
export function isMinorOn(birthDate: string, date: string = today()): boolean {
  return fullYearsBetween(birthDate, date) < 18;
}

/** The latest birth date of an adult on the date, for queries that must leave minors out. */
export function adultBornBy(date: string = today()): string {
  const [year, month, day] = date.split('-');
  return `${Number(year) - 18}-${month}-${day}`;
}
