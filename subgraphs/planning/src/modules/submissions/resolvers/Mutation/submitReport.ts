import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, forbidden, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { ReportingObligationSchema } from '../../obligation.entity.js';
import { checkedDocument } from '../../submission-input.js';
import { mayAnswerFor } from '../../submission-rights.js';
import { ReportSubmissionSchema } from '../../submission.entity.js';

export const submitReport: NonNullable<MutationResolvers['submitReport']> = (
  _,
  { obligationId, municipalityId, input, submittedOn },
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
    const today = todayIso();
    if (submittedOn !== null && submittedOn !== undefined) {
      // A paper submission received earlier: the regional operator records the day it came, in UTC calendar days.
      if (context.viewer.role !== 'REGIONAL_OPERATOR')
        throw forbidden(
          'Дату представления (бумажный документ, полученный раньше) указывает только региональный оператор; only the regional operator gives submittedOn.',
          { argument: 'submittedOn' },
        );
      if (submittedOn > today)
        throw badUserInput(
          `Дата представления ${submittedOn} ещё не наступила (сегодня ${today} по UTC); a submission cannot be dated in the future.`,
          { argument: 'submittedOn' },
        );
      const setOn = obligation.createdAt.toISOString().slice(0, 10);
      if (submittedOn < setOn)
        throw badUserInput(
          `Дата представления ${submittedOn} раньше, чем установлено обязательство (${setOn} по UTC); nothing is submitted before the obligation exists.`,
          { argument: 'submittedOn' },
        );
    }
    const existing = await tx.findOne(ReportSubmissionSchema, { obligation, municipalityId, withdrawnAt: null });
    if (existing)
      throw conflict(
        `Муниципальное образование уже представило документ по этому обязательству (${existing.submittedOn}); withdraw it first to submit another.`,
        { submissionId: existing.id },
      );
    const submission = tx.create(ReportSubmissionSchema, {
      obligation,
      municipalityId,
      submittedOn: submittedOn ?? today,
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
