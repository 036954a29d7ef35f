import { runMutation } from '@mentoring/platform/database';
import { conflict, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { ReportingObligationSchema } from '../../obligation.entity.js';
import { checkedDocument } from '../../submission-input.js';
import { mayAnswerFor } from '../../submission-rights.js';
import { ReportSubmissionSchema } from '../../submission.entity.js';

export const submitReport: NonNullable<MutationResolvers['submitReport']> = (
  _,
  { obligationId, municipalityId, input },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const obligation = await tx.findOne(ReportingObligationSchema, { id: obligationId });
    if (!obligation)
      throw notFound(`Отчётное обязательство ${obligationId} не найдено; no reporting obligation with that id.`, {
        argument: 'obligationId',
      });
    const { onBehalf } = await mayAnswerFor(tx, context.viewer, obligation, municipalityId);
    const document = checkedDocument(input);
    const existing = await tx.findOne(ReportSubmissionSchema, { obligation, municipalityId, withdrawnAt: null });
    if (existing)
      throw conflict(
        `Муниципальное образование уже представило документ по этому обязательству (${existing.submittedOn}); withdraw it first to submit another.`,
        { submissionId: existing.id },
      );
    const submission = tx.create(ReportSubmissionSchema, {
      obligation,
      municipalityId,
      submittedOn: todayIso(),
      ...document,
      submittedBy: context.viewer.subject,
      submittedByRole: context.viewer.role,
      onBehalf,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
      dataOrigin: 'ENTERED',
    });
    await tx.flush();
    return submission;
  });
