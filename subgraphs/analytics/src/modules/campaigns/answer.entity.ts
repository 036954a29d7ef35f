import { DATA_ORIGINS } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { CampaignQuestionSchema } from './question.entity.js';
import { CampaignSubmissionSchema } from './submission.entity.js';

/** Ответ организации на вопрос анкеты: one column per kind of value. */
export const CampaignAnswerSchema = defineEntity({
  name: 'CampaignAnswer',
  tableName: 'campaign_answer',
  extends: BaseEntitySchema,
  properties: {
    submission: () => p.manyToOne(CampaignSubmissionSchema).index(),
    question: () => p.manyToOne(CampaignQuestionSchema).index(),
    /** YES_NO. */
    yesValue: p.boolean().nullable(),
    /** NUMBER and PERCENT. */
    numberValue: p.decimal('number').precision(20).scale(6).nullable(),
    /** CHOICE: one of the question's options. */
    choiceValue: p.text().nullable(),
    /** TEXT, URL and FILE_LINK. */
    textValue: p.text().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  uniques: [{ properties: ['submission', 'question'] }],
  checks: [{ name: 'campaign_answer_text_length', expression: 'char_length("text_value") <= 10000' }],
});

export type CampaignAnswer = InferEntity<typeof CampaignAnswerSchema>;
