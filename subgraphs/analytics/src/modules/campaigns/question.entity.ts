import { DATA_ORIGINS, type CatalogueSource } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { IndicatorSchema } from '../indicators/indicator.entity.js';
import { MonitoringCampaignSchema } from './campaign.entity.js';

export const QUESTION_KINDS = ['NUMBER', 'PERCENT', 'YES_NO', 'CHOICE', 'TEXT', 'URL', 'FILE_LINK'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** How the answers of a question bound to an indicator make the indicator's reported value. */
export const INDICATOR_AGGREGATIONS = ['SHARE_YES', 'SUM', 'AVERAGE'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

/** Вопрос анкеты мониторинга. */
export const CampaignQuestionSchema = defineEntity({
  name: 'CampaignQuestion',
  tableName: 'campaign_question',
  extends: BaseEntitySchema,
  properties: {
    campaign: () => p.manyToOne(MonitoringCampaignSchema).index(),
    /** Order in the form, from 1. */
    position: p.smallint(),
    /** Code of the question within its campaign (e.g. HAS_LOCAL_REGULATION). */
    code: p.string(),
    text: p.text(),
    kind: p.enum(QUESTION_KINDS),
    /** Варианты ответа of a CHOICE question; empty for the other kinds. */
    options: p.array(),
    required: p.boolean(),
    /** Longest answer of a TEXT question, in characters. */
    maxLength: p.integer().nullable(),
    /** The indicator the answers report (e.g. ORGS_IMPLEMENTING_TEACHER_MENTORING), with its aggregation. */
    indicator: () => p.manyToOne(IndicatorSchema).nullable(),
    aggregation: p.enum(INDICATOR_AGGREGATIONS).nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    source: p.json<CatalogueSource>().nullable(),
  },
  uniques: [{ properties: ['campaign', 'code'] }],
  checks: [
    { name: 'campaign_question_text_length', expression: 'char_length("text") <= 1000' },
    {
      name: 'campaign_question_indicator_with_aggregation',
      expression: '("indicator_code" is null) = ("aggregation" is null)',
    },
  ],
});

export type CampaignQuestion = InferEntity<typeof CampaignQuestionSchema>;
