import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import { assertDatesInOrder, todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { organizationToWrite } from '../../../organizations/write-scope.js';
import { PersonSchema } from '../../../people/person.entity.js';
import { ENROLLMENT_LEVEL_RULES } from '../../enrollment-levels.js';
import { EnrollmentSchema } from '../../enrollment.entity.js';

export const enrollStudent: NonNullable<MutationResolvers['enrollStudent']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    const organization = await organizationToWrite({ ...context, em: tx }, input.organizationId);
    const level = ENROLLMENT_LEVEL_RULES[input.levelKind];
    if (!(level.kinds as readonly string[]).includes(organization.kind)) {
      throw badUserInput(
        `${input.levelKind} не подходит для организации вида ${organization.kind}; the level does not fit the organization.`,
        { field: 'levelKind' },
      );
    }
    if (!Number.isInteger(input.level) || input.level < 1 || input.level > level.max) {
      throw badUserInput(`Уровень должен быть от 1 до ${level.max}; level must be between 1 and ${level.max}.`, {
        field: 'level',
      });
    }
    if (input.birthDate >= todayIso() || input.birthDate < '1990-01-01')
      throw badUserInput('Дата рождения невозможна; the birth date is not plausible.', { field: 'birthDate' });
    assertDatesInOrder(input.birthDate, input.startDate, 'Дата рождения и дата зачисления');
    const lastName = input.lastName.trim();
    const firstName = input.firstName.trim();
    if (!lastName || !firstName) throw badUserInput('Укажите фамилию и имя; last and first name are required.');
    const duplicate = await tx.count(PersonSchema, {
      lastName,
      firstName,
      middleName: input.middleName?.trim() || null,
      birthDate: input.birthDate,
      enrollments: { organization },
    });
    if (duplicate)
      throw conflict('Этот обучающийся уже зачислен в организацию; this student is already enrolled there.');
    const person = tx.create(PersonSchema, {
      lastName,
      firstName,
      middleName: input.middleName?.trim() || null,
      initials: null,
      birthDate: input.birthDate,
      email: null,
      phone: null,
      dataOrigin: 'ENTERED',
      source: null,
    });
    tx.create(EnrollmentSchema, {
      person,
      organization,
      levelKind: input.levelKind,
      level: input.level,
      startDate: input.startDate,
      endDate: null,
    });
    await tx.flush();
    return person;
  });
