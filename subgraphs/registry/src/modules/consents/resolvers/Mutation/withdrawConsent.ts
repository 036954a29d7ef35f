import { runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import { assertDatesInOrder } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { personToWrite } from '../../../people/person-to-write.js';
import { ConsentSchema } from '../../consent.entity.js';

export const withdrawConsent: NonNullable<MutationResolvers['withdrawConsent']> = (_, { id, date }, context) =>
  runMutation(context.em, async (tx) => {
    const consent = await tx.findOne(ConsentSchema, { id });
    if (!consent) throw notFound(`Согласие ${id} не найдено; no consent with id ${id}.`);
    await personToWrite(context, tx, consent.person.id);
    if (consent.withdrawnOn)
      throw badUserInput(`Согласие уже отозвано ${consent.withdrawnOn}; it is already withdrawn.`);
    assertDatesInOrder(consent.givenOn, date, 'Дата согласия и дата отзыва');
    consent.withdrawnOn = date;
    await tx.flush();
    return consent;
  });
