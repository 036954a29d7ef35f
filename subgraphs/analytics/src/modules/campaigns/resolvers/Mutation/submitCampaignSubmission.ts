import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { CampaignAnswerSchema } from '../../answer.entity.js';
import { CampaignQuestionSchema } from '../../question.entity.js';
import { EDITABLE_STATUSES } from '../../submission.entity.js';
import { submissionToWrite } from '../../submission-to-write.js';

export const submitCampaignSubmission: NonNullable<MutationResolvers['submitCampaignSubmission']> = (
  _,
  { id, version },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const { submission, campaign } = await submissionToWrite(context, tx, id, version);
    if (!EDITABLE_STATUSES.includes(submission.status))
      throw conflict(`Форма уже в статусе ${submission.status}; only a form not yet sent (or returned) is submitted.`);
    const required = await tx.find(CampaignQuestionSchema, { campaign: campaign.id, required: true });
    const answered = new Set(
      (await tx.find(CampaignAnswerSchema, { submission: submission.id })).map((answer) => answer.question.id),
    );
    const missing = required.filter((question) => !answered.has(question.id));
    if (missing.length > 0)
      throw badUserInput(
        `Нет ответа на обязательные вопросы: ${missing.map((question) => question.code).join(', ')}; answer every required question first.`,
        { argument: 'id' },
      );
    tx.assign(submission, { status: 'SUBMITTED', submittedOn: todayIso() });
    await tx.flush();
    return submission;
  });
