import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { CampaignAnswerSchema } from '../../answer.entity.js';
import { answerValue } from '../../answer-rules.js';
import { campaignToRead } from '../../campaign-to-read.js';
import { CampaignQuestionSchema } from '../../question.entity.js';
import { CampaignSubmissionSchema, EDITABLE_STATUSES } from '../../submission.entity.js';
import { assertOpen } from '../../submission-to-write.js';
import { assertOrganizationInTerritory } from '../../territory.js';

export const saveCampaignAnswers: NonNullable<MutationResolvers['saveCampaignAnswers']> = (
  _,
  { campaignId, organizationId, answers },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const campaign = await campaignToRead(tx, context.viewer, campaignId);
    await assertOrganizationInTerritory(tx, context.viewer, organizationId);
    assertOpen(campaign);
    const submission = await tx.findOne(CampaignSubmissionSchema, { campaign: campaign.id, organizationId });
    if (!submission)
      throw notFound('Мониторинг не адресован этой организации; the campaign does not target this organization.');
    if (!EDITABLE_STATUSES.includes(submission.status))
      throw conflict(
        `Форма в статусе ${submission.status}: изменять её нельзя; answers change only while NOT_STARTED, DRAFT or RETURNED.`,
      );
    // Nothing to save is a mistake of the client, not a save: it would raise the version and change nothing else.
    if (answers.length === 0)
      throw badUserInput('Нет ответов: передайте хотя бы один ответ; answers must not be empty.', {
        argument: 'answers',
      });
    const questions = new Map(
      (await tx.find(CampaignQuestionSchema, { campaign: campaign.id })).map((question) => [question.id, question]),
    );
    const existing = new Map(
      (await tx.find(CampaignAnswerSchema, { submission: submission.id })).map((answer) => [
        answer.question.id,
        answer,
      ]),
    );
    const seen = new Set<string>();
    for (const [index, input] of answers.entries()) {
      const question = questions.get(input.questionId);
      if (!question)
        throw badUserInput('Такого вопроса нет в анкете мониторинга; the question is not in this campaign’s form.', {
          argument: `answers[${index}].questionId`,
        });
      if (seen.has(question.id))
        throw badUserInput(`Вопрос «${question.code}» встречается дважды; one answer per question.`, {
          argument: `answers[${index}].questionId`,
        });
      seen.add(question.id);
      const value = answerValue(question, input, index);
      const answer = existing.get(question.id);
      if (value === null) {
        if (answer) tx.remove(answer);
      } else if (answer) {
        tx.assign(answer, { ...value, dataOrigin: 'ENTERED' });
      } else {
        tx.create(CampaignAnswerSchema, { submission, question, ...value, dataOrigin: 'ENTERED' });
      }
    }
    // Every save raises the form's version, so a submit based on older answers is a CONFLICT.
    tx.assign(submission, {
      status: submission.status === 'RETURNED' ? 'RETURNED' : 'DRAFT',
      dataOrigin: 'ENTERED',
      updatedAt: new Date(),
    });
    await tx.flush();
    return submission;
  });
