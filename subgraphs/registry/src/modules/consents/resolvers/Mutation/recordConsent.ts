import { runMutation } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { assertDatesInOrder, requiredText, todayIso } from '@mentoring/platform/validation';
import { isMinorOn } from '../../../../published/minors.js';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { personToWrite } from '../../../people/person-to-write.js';
import { consentFields } from '../../consent-fields.js';
import { ConsentSchema } from '../../consent.entity.js';

export const recordConsent: NonNullable<MutationResolvers['recordConsent']> = (_, { personId, input }, context) =>
  runMutation(context.em, async (tx) => {
    const person = await personToWrite(context, tx, personId);
    assertDatesInOrder(input.givenOn, todayIso(), 'Дата согласия и сегодняшняя дата');
    if (input.kind === 'PUBLICATION' && isMinorOn(person.birthDate ?? null)) {
      throw badUserInput('Данные несовершеннолетних не публикуются; a minor’s data is never published.', {
        field: 'kind',
      });
    }
    const consent = tx.create(ConsentSchema, {
      person,
      kind: input.kind,
      fields: consentFields(input),
      textVersion: requiredText(input.textVersion, 'textVersion'),
      givenOn: input.givenOn,
      channel: input.channel,
      withdrawnOn: null,
    });
    await tx.flush();
    return consent;
  });
