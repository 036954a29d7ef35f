import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import type { SubmissionStatus } from '../../submission.entity.js';
import { submissionToWrite } from '../../submission-to-write.js';

export const returnCampaignSubmission: NonNullable<MutationResolvers['returnCampaignSubmission']> = (
  _,
  { id, version, reason },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const why = reason.trim();
    if (why === '')
      throw badUserInput('Укажите причину возврата; the reason for returning the form is required.', {
        argument: 'reason',
      });
    const { submission } = await submissionToWrite(context, tx, id, version);
    const returnable: SubmissionStatus[] =
      context.viewer.role === 'REGIONAL_OPERATOR' ? ['SUBMITTED', 'ACCEPTED_BY_COORDINATOR'] : ['SUBMITTED'];
    if (!returnable.includes(submission.status))
      throw conflict(
        `Нельзя вернуть форму в статусе ${submission.status}; only a ${returnable.join(' or ')} form is returned here.`,
      );
    tx.assign(submission, {
      status: 'RETURNED',
      returnReason: why,
      returnedOn: todayIso(),
      coordinatorAcceptedOn: null,
    });
    await tx.flush();
    return submission;
  });
