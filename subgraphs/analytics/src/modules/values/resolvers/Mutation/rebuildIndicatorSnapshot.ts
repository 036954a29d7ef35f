import { badUserInput } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { isQuarterEnd, valueDate } from '../../dates.js';
import { rebuildSnapshot } from '../../snapshots.js';

export const rebuildIndicatorSnapshot: NonNullable<MutationResolvers['rebuildIndicatorSnapshot']> = async (
  _,
  { asOf },
  { em },
) => {
  valueDate(asOf, 'asOf');
  // Snapshots of other dates would weigh in every projection: a series is of quarters, rebuilt or not.
  if (!isQuarterEnd(asOf))
    throw badUserInput(
      `${asOf} не конец квартала; a snapshot is of a quarter end (31 March, 30 June, 30 September, 31 December).`,
      { argument: 'asOf' },
    );
  return em.transactional((tx) => rebuildSnapshot(tx, asOf));
};
