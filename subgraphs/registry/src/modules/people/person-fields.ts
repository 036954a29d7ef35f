import { badUserInput } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { PersonInput, PersonPatch } from '../../__generated__/types.generated.js';
import { assertBirthDate } from './birth-date-rules.js';

interface PersonFields {
  lastName?: string;
  firstName?: string;
  middleName?: string | null;
  birthDate?: string;
  email?: string | null;
  phone?: string | null;
}

// A new person's input requires both names, and a given name is never dropped: the fields then hold both.
export function personFields(
  input: Omit<PersonInput, 'employment'>,
): PersonFields & { lastName: string; firstName: string };
export function personFields(patch: PersonPatch): PersonFields;
export function personFields(patch: PersonPatch): PersonFields {
  if (patch.birthDate) assertBirthDate(patch.birthDate);
  if (patch.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(patch.email))
    throw badUserInput('Адрес почты неверен; the e-mail address is not valid.', { field: 'email' });
  return {
    // An empty surname or name is refused, not skipped: a person always has both.
    ...(patch.lastName !== undefined && patch.lastName !== null
      ? { lastName: requiredText(patch.lastName, 'lastName') }
      : {}),
    ...(patch.firstName !== undefined && patch.firstName !== null
      ? { firstName: requiredText(patch.firstName, 'firstName') }
      : {}),
    ...(patch.middleName !== undefined ? { middleName: patch.middleName?.trim() || null } : {}),
    ...(patch.birthDate ? { birthDate: patch.birthDate } : {}),
    ...(patch.email !== undefined ? { email: patch.email || null } : {}),
    ...(patch.phone !== undefined ? { phone: patch.phone || null } : {}),
  };
}
