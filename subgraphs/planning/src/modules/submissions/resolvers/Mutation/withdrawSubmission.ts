import { runMutation } from '@mentoring/platform/database';
import { conflict, notFound } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { mayAnswerFor } from '../../submission-rights.js';
import { ReportSubmissionSchema } from '../../submission.entity.js';

export const withdrawSubmission: NonNullable<MutationResolvers['withdrawSubmission']> = (_, { id, reason }, context) =>
  runMutation(context.em, async (tx) => {
    const submission = await tx.findOne(ReportSubmissionSchema, { id }, { populate: ['obligation'] });
    if (!submission)
      throw notFound(`Представленный документ ${id} не найден; no submission with id ${id}.`, { argument: 'id' });
    await mayAnswerFor(tx, context.viewer, submission.obligation, submission.municipalityId);
    const withdrawalReason = requiredText(reason, 'reason');
    if (submission.withdrawnAt)
      throw conflict(
        `Документ уже отозван (${submission.withdrawnAt.toISOString()}); the submission is already withdrawn.`,
      );
    tx.assign(submission, { withdrawnAt: new Date(), withdrawnBy: context.viewer.subject, withdrawalReason });
    await tx.flush();
    return submission;
  });
