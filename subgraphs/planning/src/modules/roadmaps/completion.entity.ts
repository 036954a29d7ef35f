import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { RoadmapItemSchema } from './roadmap-item.entity.js';

/**
 * Отметка о выполнении мероприятия: the evidence that makes an item DONE.
 * Withdrawn records are kept (withdrawnAt set); an item has at most one
 * valid record — a recurring item one per occurrence (deadline) — which a
 * partial unique index holds.
 */
export const RoadmapItemCompletionSchema = defineEntity({
  name: 'RoadmapItemCompletion',
  tableName: 'roadmap_item_completion',
  extends: BaseEntitySchema,
  properties: {
    item: () => p.manyToOne(RoadmapItemSchema).index(),
    /** The deadline (occurrence) of a recurring item that this record answers; null for an item that does not recur. */
    occurrenceOn: p.date().nullable(),
    completedOn: p.date(),
    evidence: p.text().nullable(),
    evidenceUrl: p.string().nullable(),
    /** Token subject and role of whoever recorded it. */
    recordedBy: p.string(),
    recordedByRole: p.string(),
    recordedAt: p.datetime().onCreate(() => new Date()),
    withdrawnAt: p.datetime().nullable(),
    withdrawnBy: p.string().nullable(),
    withdrawalReason: p.text().nullable(),
  },
  uniques: [
    {
      name: 'roadmap_item_completion_valid_unique',
      expression:
        'create unique index "roadmap_item_completion_valid_unique" on "planning"."roadmap_item_completion" ("item_id", "occurrence_on") nulls not distinct where "withdrawn_at" is null',
    },
  ],
  checks: [
    {
      name: 'roadmap_item_completion_evidence_given',
      expression: `"evidence" is not null or "evidence_url" is not null`,
    },
    { name: 'roadmap_item_completion_evidence_length', expression: 'char_length("evidence") <= 4000' },
    {
      name: 'roadmap_item_completion_withdrawal_reason_length',
      expression: 'char_length("withdrawal_reason") <= 1000',
    },
  ],
});

export type RoadmapItemCompletion = InferEntity<typeof RoadmapItemCompletionSchema>;
