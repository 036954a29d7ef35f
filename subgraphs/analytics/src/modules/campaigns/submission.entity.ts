import { DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { CampaignAnswerSchema } from './answer.entity.js';
import { MonitoringCampaignSchema } from './campaign.entity.js';

export const SUBMISSION_STATUSES = [
  'NOT_STARTED',
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED_BY_COORDINATOR',
  'ACCEPTED_BY_OPERATOR',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** The organization may edit its answers only in these statuses. */
export const EDITABLE_STATUSES: readonly SubmissionStatus[] = ['NOT_STARTED', 'DRAFT', 'RETURNED'];
/** Sent by the organization and not returned to it. */
export const SUBMITTED_STATUSES: readonly SubmissionStatus[] = [
  'SUBMITTED',
  'ACCEPTED_BY_COORDINATOR',
  'ACCEPTED_BY_OPERATOR',
];
export const ACCEPTED_STATUSES: readonly SubmissionStatus[] = ['ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR'];

/** Форма мониторинга одной организации: one per targeted organization and campaign. */
export const CampaignSubmissionSchema = defineEntity({
  name: 'CampaignSubmission',
  tableName: 'campaign_submission',
  extends: VersionedEntitySchema,
  properties: {
    campaign: () => p.manyToOne(MonitoringCampaignSchema).index(),
    /** Организация (registry id): no foreign key crosses schemas. */
    organizationId: p.uuid().index(),
    status: p.enum(SUBMISSION_STATUSES).index(),
    /** Why the coordinator or operator returned it (kept after a new submit, until the next return). */
    returnReason: p.text().nullable(),
    submittedOn: p.date().nullable(),
    returnedOn: p.date().nullable(),
    coordinatorAcceptedOn: p.date().nullable(),
    operatorAcceptedOn: p.date().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    answers: () => p.oneToMany(CampaignAnswerSchema).mappedBy('submission'),
  },
  uniques: [{ properties: ['campaign', 'organizationId'] }],
  checks: [{ name: 'campaign_submission_return_reason_length', expression: 'char_length("return_reason") <= 1000' }],
});

export type CampaignSubmission = InferEntity<typeof CampaignSubmissionSchema>;
