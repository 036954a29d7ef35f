import { runMutation } from '@mentoring/platform/database';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { programmeToWrite } from '../../programme-to-write.js';
import { assertPercent } from '../../programme-values.js';

export const recordSatisfaction: NonNullable<MutationResolvers['recordSatisfaction']> = (
  _,
  { programmeId, mentee, mentor },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const programme = await programmeToWrite(context, tx, programmeId);
    assertPercent(mentee, 'mentee');
    assertPercent(mentor, 'mentor');
    tx.assign(programme, { menteeSatisfaction: mentee, mentorSatisfaction: mentor });
    await tx.flush();
    return programme;
  });
