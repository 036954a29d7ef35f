import { runMutation } from '@mentoring/platform/database';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { createEmployment } from '../../create-employment.js';
import { personToWrite } from '../../person-to-write.js';

export const addEmployment: NonNullable<MutationResolvers['addEmployment']> = (_, { personId, input }, context) =>
  runMutation(context.em, async (tx) => {
    const person = await personToWrite(context, tx, personId);
    const employment = await createEmployment(context, tx, person, input);
    await tx.flush();
    return employment;
  });
