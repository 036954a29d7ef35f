import { badUserInput } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { rebuildSnapshot } from '../../snapshots.js';

export const rebuildIndicatorSnapshot: NonNullable<MutationResolvers['rebuildIndicatorSnapshot']> = async (
  _,
  { asOf },
  { em },
) => {
  if (asOf > todayIso()) throw badUserInput(`Срез на ${asOf} ещё не наступил; a snapshot is of a past date or today.`);
  if (asOf < '2000-01-01')
    throw badUserInput(`Срез до 2000 года не строится; the earliest snapshot date is 2000-01-01.`);
  return em.transactional((tx) => rebuildSnapshot(tx, asOf));
};
