import { runMutation } from '@mentoring/platform/database';
import { conflict } from '@mentoring/platform/errors';
import { assertDatesInOrder } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { pairToWrite } from '../../pair-to-write.js';

export const completePair: NonNullable<MutationResolvers['completePair']> = (_, { id, version, endedOn }, context) =>
  runMutation(context.em, async (tx) => {
    const pair = await pairToWrite(context, tx, id, version);
    if (pair.status !== 'ACTIVE')
      throw conflict(
        `Завершить можно только действующую пару, а эта — ${pair.status}; only an active pair can be completed.`,
      );
    assertDatesInOrder(pair.startDate, endedOn, 'Начало и завершение');
    tx.assign(pair, { status: 'COMPLETED', endedOn });
    await tx.flush();
    return pair;
  });
