import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { RoadmapSchema } from './roadmap.entity.js';

/**
 * Мероприятие дорожной карты: a row of the plan as printed. Its status is not
 * stored: it is derived from its completion record and its dates (status.ts).
 */
export const RoadmapItemSchema = defineEntity({
  name: 'RoadmapItem',
  tableName: 'roadmap_item',
  extends: BaseEntitySchema,
  properties: {
    roadmap: () => p.manyToOne(RoadmapSchema).index(),
    number: p.smallint(),
    activity: p.text(),
    /** As printed; null where the source leaves the cell blank. */
    schedule: p.text().nullable(),
    dueDate: p.date().nullable(),
    /** As printed; null where the source leaves the cell blank. */
    responsible: p.text().nullable(),
    expectedResult: p.text().nullable(),
    /** The row in its source's words (cells in printed order, one per line); null for an item entered by users. */
    source: p.json<CatalogueSource>().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  checks: [{ name: 'roadmap_item_seed_has_source', expression: `"data_origin" <> 'SEED' or "source" is not null` }],
});

export type RoadmapItem = InferEntity<typeof RoadmapItemSchema>;
