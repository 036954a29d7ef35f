import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { RoadmapSchema } from './roadmap.entity.js';

/** Раздел дорожной карты, as the seeds' tables head groups of rows. */
export const ROADMAP_SECTIONS = [
  'NORMATIVE',
  'COORDINATION',
  'ORGANIZATIONAL_METHODICAL',
  'INFORMATIONAL',
  'MONITORING',
  'REPORTING',
] as const;
export type RoadmapSection = (typeof ROADMAP_SECTIONS)[number];

/**
 * Мероприятие дорожной карты: a row of the plan as printed or entered. Its status is not stored: it is derived from
 * its completion records and its dates (status.ts). The printed words (activity, schedule, responsible, expected
 * result, source) of a SEED row are never rewritten; the structured reading beside them — section, deadline, period,
 * recurrence (RFC 5545 RRULE), registry references of the responsible, the item implemented — may be set by the
 * roadmap's owners. Registry ids carry no foreign key (they live in another schema).
 */
export const RoadmapItemSchema = defineEntity({
  name: 'RoadmapItem',
  tableName: 'roadmap_item',
  extends: VersionedEntitySchema,
  properties: {
    roadmap: () => p.manyToOne(RoadmapSchema).index(),
    number: p.smallint(),
    section: p.enum(ROADMAP_SECTIONS).nullable(),
    activity: p.text(),
    /** As printed; null where the source leaves the cell blank. */
    schedule: p.text().nullable(),
    dueDate: p.date().nullable(),
    periodStart: p.date().nullable(),
    periodEnd: p.date().nullable(),
    /** RFC 5545 RRULE body (FREQ=…), checked with the rrule package when entered. */
    recurrence: p.text().nullable(),
    /** As printed; null where the source leaves the cell blank. */
    responsible: p.text().nullable(),
    responsibleOrganizationIds: p.json<string[]>(),
    responsiblePersonIds: p.json<string[]>(),
    expectedResult: p.text().nullable(),
    /** The item of the roadmap one level up that this one implements (municipal → regional, school → municipal or regional). */
    implementsItem: () => p.manyToOne(RoadmapItemSchema).nullable().index(),
    /** The row in its source's words (cells in printed order, one per line); null for an item entered by users. */
    source: p.json<CatalogueSource>().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  uniques: [{ name: 'roadmap_item_number_unique', properties: ['roadmap', 'number'] }],
  checks: [
    { name: 'roadmap_item_seed_has_source', expression: `"data_origin" <> 'SEED' or "source" is not null` },
    {
      name: 'roadmap_item_period_in_order',
      expression: `"period_start" is null or "period_end" is null or "period_start" <= "period_end"`,
    },
    { name: 'roadmap_item_activity_length', expression: 'char_length("activity") <= 4000' },
    { name: 'roadmap_item_schedule_length', expression: 'char_length("schedule") <= 500' },
    { name: 'roadmap_item_responsible_length', expression: 'char_length("responsible") <= 2000' },
    { name: 'roadmap_item_expected_result_length', expression: 'char_length("expected_result") <= 4000' },
    { name: 'roadmap_item_recurrence_length', expression: 'char_length("recurrence") <= 500' },
  ],
});

export type RoadmapItem = InferEntity<typeof RoadmapItemSchema>;
