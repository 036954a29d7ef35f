import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * THE CONTRACT with the indicators' side: `analytics.campaign_indicator_answer`, the reported values of monitoring.
 * One row per answer of a question bound to an indicator, in a form accepted by the municipal coordinator or the
 * regional operator (yes → 1, no → 0; numbers and percents as given); `period_end` ends the period the campaign
 * reports on; `data_origin` is the answer's. Declared here so the schema generator knows the view (the migration creates
 * it with the same SQL); never read through the ORM: its declared key (campaign, organization) is not unique when a
 * form binds several questions.
 */
export const CAMPAIGN_INDICATOR_ANSWER_SQL = `select q.indicator_code::text as indicator_code, q.aggregation::text as aggregation, c.id as campaign_id, c.title as campaign_title, c.period_end as period_end, s.organization_id as organization_id, (case when q.kind = 'YES_NO' then case when a.yes_value then 1 else 0 end else a.number_value end)::numeric as number_value, a.data_origin::text as data_origin from analytics.campaign_answer a join analytics.campaign_question q on q.id = a.question_id join analytics.campaign_submission s on s.id = a.submission_id join analytics.monitoring_campaign c on c.id = s.campaign_id where q.indicator_code is not null and s.status in ('ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR') and (a.yes_value is not null or a.number_value is not null)`;

export const CampaignIndicatorAnswerSchema = defineEntity({
  name: 'CampaignIndicatorAnswer',
  tableName: 'campaign_indicator_answer',
  view: true,
  readonly: true,
  expression: CAMPAIGN_INDICATOR_ANSWER_SQL,
  properties: {
    indicatorCode: p.text(),
    aggregation: p.text(),
    campaignId: p.uuid().primary(),
    campaignTitle: p.text(),
    periodEnd: p.date(),
    organizationId: p.uuid().primary(),
    numberValue: p.decimal('number'),
    /** The answer's origin: a figure aggregated from SYNTHETIC demo answers says so. */
    dataOrigin: p.text(),
  },
});

export type CampaignIndicatorAnswer = InferEntity<typeof CampaignIndicatorAnswerSchema>;
