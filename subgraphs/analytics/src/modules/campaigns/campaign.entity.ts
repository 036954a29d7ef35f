import { DATA_ORIGINS, type CatalogueSource } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { IndicatorSchema } from '../indicators/indicator.entity.js';
import { CampaignQuestionSchema } from './question.entity.js';

/** DRAFT: being prepared by the regional operator; OPEN: organizations fill the forms; CLOSED: collection is over. */
export const CAMPAIGN_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Kinds of organization a campaign may target (the registry's kinds of educational organizations). */
export const TARGET_KINDS = ['GENERAL_EDUCATION', 'ADDITIONAL_EDUCATION', 'VOCATIONAL', 'PRESCHOOL'] as const;

/** The indicator family whose values are campaign participation (see `participationIndicator`). */
export const PARTICIPATION_FAMILY = 'CAMPAIGN_PARTICIPATION';

/**
 * Мониторинг (monitoring campaign) of a region: seed 000 «Стартовый мониторинг (сбор информации) по внедрению
 * системы наставничества … ЦНППМ – оператор ОМСУ – координатор ОО – заполнение форм». A form of questions, the
 * organizations it targets (one submission each), and a deadline per level.
 */
export const MonitoringCampaignSchema = defineEntity({
  name: 'MonitoringCampaign',
  tableName: 'monitoring_campaign',
  extends: VersionedEntitySchema,
  properties: {
    title: p.text(),
    /** Субъект РФ (registry id and code): the campaign's territory. */
    regionId: p.uuid().index(),
    regionCode: p.string().index(),
    status: p.enum(CAMPAIGN_STATUSES),
    /** The period the campaign reports on, e.g. 2021-01-01 … 2021-06-30 for «в 1 полугодии» 2021. */
    periodStart: p.date().nullable(),
    periodEnd: p.date(),
    /** Начало сбора информации. */
    opensOn: p.date(),
    /** Organizations submit by this day (координатор ОО). */
    organizationDeadline: p.date(),
    /** Municipal coordinators (оператор ОМСУ) accept by this day. */
    coordinatorDeadline: p.date(),
    /** The regional operator (ЦНППМ) accepts by this day. */
    operatorDeadline: p.date(),
    /** Kinds of organization of the region the campaign targets. */
    targetKinds: p.array(),
    /**
     * The participation indicator the campaign's forms count (seed 000 «Стартовый мониторинг … 100% ОО приняли
     * участие»): its value is the share of targeted organizations that submitted, from the region's latest such campaign.
     */
    participationIndicator: () => p.manyToOne(IndicatorSchema).nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** For a campaign a seed describes: the document, clause and its words. */
    source: p.json<CatalogueSource>().nullable(),
    questions: () => p.oneToMany(CampaignQuestionSchema).mappedBy('campaign'),
  },
  checks: [
    { name: 'monitoring_campaign_title_length', expression: 'char_length("title") <= 500' },
    {
      name: 'monitoring_campaign_deadlines_in_order',
      expression:
        '"opens_on" <= "organization_deadline" and "organization_deadline" <= "coordinator_deadline" and "coordinator_deadline" <= "operator_deadline"',
    },
  ],
});

export type MonitoringCampaign = InferEntity<typeof MonitoringCampaignSchema>;
