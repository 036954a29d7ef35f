import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { ReportingObligationSchema } from './obligation.entity.js';

/**
 * Представленный документ: a municipality's plan or report submitted against an obligation — by its coordinator, or
 * by the regional operator on its behalf (onBehalf). Withdrawn submissions are kept (withdrawnAt set); a municipality
 * has at most one valid submission per obligation, which a partial unique index holds.
 */
export const ReportSubmissionSchema = defineEntity({
  name: 'ReportSubmission',
  tableName: 'report_submission',
  extends: BaseEntitySchema,
  properties: {
    obligation: () => p.manyToOne(ReportingObligationSchema).index(),
    municipalityId: p.uuid().index(),
    submittedOn: p.date(),
    documentTitle: p.text().nullable(),
    documentUrl: p.string().nullable(),
    documentNumber: p.string().nullable(),
    documentDate: p.date().nullable(),
    /** Token subject and role of whoever submitted it; onBehalf when the regional operator did for the municipality. */
    submittedBy: p.string().nullable(),
    submittedByRole: p.string().nullable(),
    onBehalf: p.boolean().default(false),
    withdrawnAt: p.datetime().nullable(),
    withdrawnBy: p.string().nullable(),
    withdrawalReason: p.text().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  uniques: [
    {
      name: 'report_submission_valid_unique',
      expression:
        'create unique index "report_submission_valid_unique" on "planning"."report_submission" ("obligation_id", "municipality_id") where "withdrawn_at" is null',
    },
  ],
  checks: [
    {
      name: 'report_submission_document_given',
      expression: `"document_title" is not null or "document_url" is not null or "document_number" is not null`,
    },
    { name: 'report_submission_title_length', expression: 'char_length("document_title") <= 500' },
    { name: 'report_submission_number_length', expression: 'char_length("document_number") <= 100' },
    { name: 'report_submission_reason_length', expression: 'char_length("withdrawal_reason") <= 1000' },
  ],
});

export type ReportSubmission = InferEntity<typeof ReportSubmissionSchema>;
