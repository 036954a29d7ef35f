import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import { assertDatesInOrder } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { pairToWrite } from '../../pair-to-write.js';

export const terminatePair: NonNullable<MutationResolvers['terminatePair']> = (
  _,
  { id, version, endedOn, reason },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const pair = await pairToWrite(context, tx, id, version);
    if (pair.status !== 'ACTIVE' && pair.status !== 'DRAFT')
      throw conflict(`Пара уже ${pair.status}; it has already ended.`);
    if (!reason.trim()) throw badUserInput('Укажите причину прекращения; the reason is required.', { field: 'reason' });
    assertDatesInOrder(pair.startDate, endedOn, 'Начало и прекращение');
    tx.assign(pair, { status: 'TERMINATED', endedOn, terminationReason: reason.trim() });
    await tx.flush();
    return pair;
  });
