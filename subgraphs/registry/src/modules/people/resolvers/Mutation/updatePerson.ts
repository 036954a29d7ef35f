import { assertVersion, runMutation } from '@mentoring/platform/database';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertEmploymentsFitBirthDate } from '../../birth-date-rules.js';
import { personFields } from '../../person-fields.js';
import { personToWrite } from '../../person-to-write.js';

export const updatePerson: NonNullable<MutationResolvers['updatePerson']> = (_, { id, version, patch }, context) =>
  runMutation(context.em, async (tx) => {
    const person = await personToWrite(context, tx, id);
    assertVersion(person, version, 'Запись о лице');
    const fields = personFields(patch);
    if (fields.birthDate) await assertEmploymentsFitBirthDate(tx, person, fields.birthDate);
    // What users write is theirs: a seed or demo record they change no longer states only what the seed prints.
    tx.assign(person, Object.keys(fields).length > 0 ? { ...fields, dataOrigin: 'ENTERED' as const } : fields);
    await tx.flush();
    return person;
  });
