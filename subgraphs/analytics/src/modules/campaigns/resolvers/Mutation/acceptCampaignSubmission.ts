import { runMutation } from '@mentoring/platform/database';
import { conflict } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { submissionToWrite } from '../../submission-to-write.js';

/** The chain of seed 000, «ЦНППМ – оператор ОМСУ – координатор ОО»: the coordinator accepts first, then the operator. */
export const acceptCampaignSubmission: NonNullable<MutationResolvers['acceptCampaignSubmission']> = (
  _,
  { id, version },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const { submission } = await submissionToWrite(context, tx, id, version);
    const operator = context.viewer.role === 'REGIONAL_OPERATOR';
    const expected = operator ? 'ACCEPTED_BY_COORDINATOR' : 'SUBMITTED';
    if (submission.status !== expected) {
      const why =
        submission.status === 'ACCEPTED_BY_OPERATOR'
          ? 'форма уже принята региональным оператором'
          : submission.status === 'ACCEPTED_BY_COORDINATOR'
            ? 'форма уже принята муниципальным координатором; её принимает региональный оператор'
            : operator && submission.status === 'SUBMITTED'
              ? 'сначала форму принимает муниципальный координатор (оператор ОМСУ)'
              : 'форма не отправлена организацией';
      throw conflict(
        `Нельзя принять форму в статусе ${submission.status}: ${why}; only a ${expected} form is accepted here.`,
      );
    }
    tx.assign(
      submission,
      operator
        ? { status: 'ACCEPTED_BY_OPERATOR', operatorAcceptedOn: todayIso() }
        : { status: 'ACCEPTED_BY_COORDINATOR', coordinatorAcceptedOn: todayIso() },
    );
    await tx.flush();
    return submission;
  });
