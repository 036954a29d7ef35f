import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import { employmentAgeProblem } from './derived.js';
import { EmploymentSchema } from './employment.entity.js';
import type { Person } from './person.entity.js';

export function assertBirthDate(birthDate: string): void {
  if (birthDate < '1900-01-01' || birthDate >= todayIso()) {
    throw badUserInput(`Дата рождения ${birthDate} невозможна; the birth date must lie between 1900 and today.`, {
      field: 'birthDate',
    });
  }
}

/** A corrected birth date must not put any of the person's employments below working age (or a pedagogical one below 18). */
export async function assertEmploymentsFitBirthDate(
  tx: EntityManager,
  person: Person,
  birthDate: string,
): Promise<void> {
  for (const employment of await tx.find(EmploymentSchema, { person: person.id })) {
    if (!employment.startDate) continue;
    const tooYoung = employmentAgeProblem(birthDate, employment.startDate, employment.isPedagogical);
    if (tooYoung) {
      throw badUserInput(
        `С этой датой рождения работа «${employment.position}» с ${employment.startDate} невозможна. ${tooYoung.message}`,
        { field: 'birthDate' },
      );
    }
    if (employment.startDate < birthDate) {
      throw badUserInput(
        `Дата рождения ${birthDate} позже даты приёма ${employment.startDate} («${employment.position}»); the birth date falls after an employment's start.`,
        { field: 'birthDate' },
      );
    }
  }
}
