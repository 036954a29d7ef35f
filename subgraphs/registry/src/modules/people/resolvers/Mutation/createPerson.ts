import { runMutation } from '@mentoring/platform/database';
import { conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertBirthDate } from '../../birth-date-rules.js';
import { createEmployment } from '../../create-employment.js';
import { personFields } from '../../person-fields.js';
import { PersonSchema } from '../../person.entity.js';

export const createPerson: NonNullable<MutationResolvers['createPerson']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    assertBirthDate(input.birthDate);
    const { employment, ...personal } = input;
    const fields = personFields(personal);
    const duplicate = await tx.count(PersonSchema, {
      lastName: fields.lastName,
      firstName: fields.firstName,
      middleName: fields.middleName ?? null,
      birthDate: input.birthDate,
      employments: { organization: employment.organizationId },
    });
    if (duplicate > 0)
      throw conflict(
        'Такой работник уже есть в этой организации (ФИО и дата рождения); this person is already recorded there.',
      );
    const person = tx.create(PersonSchema, {
      middleName: null,
      initials: null,
      email: null,
      phone: null,
      dataOrigin: 'ENTERED',
      source: null,
      ...fields,
      birthDate: input.birthDate,
    });
    await createEmployment(context, tx, person, employment);
    await tx.flush();
    return person;
  });
