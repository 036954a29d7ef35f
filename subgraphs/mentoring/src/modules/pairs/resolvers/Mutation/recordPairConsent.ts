import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import { isMinorOn } from '@mentoring/subgraph-registry/published';
import { LockMode } from '@mikro-orm/core';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { assertOrganizationWritable } from '../../../organizations/write-scope.js';
import { adultsConsent, birthDates, minorsConsent, participantsOf } from '../../consent-rules.js';
import { PairConsentSchema } from '../../pair-consent.entity.js';
import { MentoringPairSchema } from '../../pair.entity.js';

/**
 * A consent is dated on a real day of the pair: not in the future, not before the draft was created, not before the
 * person was born. Who gave it is judged at activation on the order date; what cannot come right by then is refused
 * now (a minor today gives no own consent; an adult on the consent's date needs no representative).
 */
export const recordPairConsent: NonNullable<MutationResolvers['recordPairConsent']> = (
  _,
  { pairId, personId, givenOn, givenBy },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const pair = await tx.findOne(
      MentoringPairSchema,
      { id: pairId },
      { populate: ['mentees'], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!pair) throw notFound(`Пара ${pairId} не найдена; no mentoring pair with id ${pairId}.`);
    await assertOrganizationWritable(context, pair.organizationId);
    if (pair.status !== 'DRAFT')
      throw conflict(
        `Согласия собираются до приказа о закреплении, а пара уже в статусе ${pair.status}; consents are recorded for a draft.`,
      );
    const participant = participantsOf(pair).find((candidate) => candidate.personId === personId);
    if (!participant)
      throw badUserInput(
        'Это лицо не наставник и не наставляемый этой пары; the person does not take part in this pair.',
        { field: 'personId' },
      );
    if (givenOn > todayIso())
      throw badUserInput(`Дата согласия ${givenOn} ещё не наступила; a consent cannot be dated in the future.`, {
        field: 'givenOn',
      });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the base entity types createdAt as always set; a pair's column is nullable (pairs from before it was recorded).
    const createdOn = pair.createdAt ? pair.createdAt.toISOString().slice(0, 10) : null;
    if (createdOn && givenOn < createdOn) {
      throw badUserInput(
        `Согласие ${participant.whose} датировано ${givenOn}, раньше формирования пары (${createdOn}); a consent to a pair cannot predate the pair.`,
        { field: 'givenOn' },
      );
    }
    const birthDate = (await birthDates(tx, [personId])).get(personId);
    if (birthDate && givenOn < birthDate) {
      throw badUserInput(
        `Согласие ${participant.whose} датировано днём до рождения участника; a consent cannot predate the person's birth.`,
        { field: 'givenOn' },
      );
    }
    if (givenBy === 'PARTICIPANT' && isMinorOn(birthDate, todayIso()))
      throw badUserInput(minorsConsent(participant.who), { field: 'givenBy' });
    if (givenBy !== 'PARTICIPANT' && !isMinorOn(birthDate, givenOn))
      throw badUserInput(adultsConsent(participant.who), { field: 'givenBy' });
    const existing = await tx.findOne(PairConsentSchema, { pair, personId });
    if (existing) tx.assign(existing, { givenOn, givenBy });
    else tx.create(PairConsentSchema, { pair, personId, givenOn, givenBy });
    await tx.flush();
    // The consents are part of what a head's order rests on: a head activating against a version read before they changed gets CONFLICT.
    await tx.execute('update mentoring.mentoring_pair set version = version + 1 where id = ?', [pair.id]);
    await tx.refresh(pair);
    return pair;
  });
