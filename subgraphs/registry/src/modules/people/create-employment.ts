import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { assertDatesInOrder, requiredText, todayIso } from '@mentoring/platform/validation';
import type { EmploymentInput } from '../../__generated__/types.generated.js';
import type { Context } from '../../context.js';
import { organizationToWrite } from '../organizations/write-scope.js';
import { employmentAgeProblem } from './derived.js';
import { EmploymentSchema, type Employment } from './employment.entity.js';
import type { Person } from './person.entity.js';

export async function createEmployment(
  context: Context,
  tx: EntityManager,
  person: Person,
  input: EmploymentInput,
): Promise<Employment> {
  const organization = await organizationToWrite({ ...context, em: tx }, input.organizationId);
  assertDatesInOrder(person.birthDate, input.startDate, 'Дата рождения и дата приёма');
  assertDatesInOrder(input.teachingExperienceStart, todayIso(), 'Начало стажа и сегодняшняя дата');
  assertDatesInOrder(person.birthDate, input.teachingExperienceStart, 'Дата рождения и начало стажа');
  const tooYoung = employmentAgeProblem(person.birthDate ?? null, input.startDate, input.isPedagogical);
  if (tooYoung) throw badUserInput(tooYoung.message, { field: tooYoung.field });
  return tx.create(EmploymentSchema, {
    person,
    organization,
    position: requiredText(input.position, 'position'),
    isPedagogical: input.isPedagogical,
    startDate: input.startDate,
    teachingExperienceStart: input.teachingExperienceStart ?? null,
    endDate: null,
  });
}
