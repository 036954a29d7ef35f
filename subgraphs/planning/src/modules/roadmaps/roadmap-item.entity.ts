import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';
import { RoadmapSchema } from './roadmap.entity.js';

export const ROADMAP_ITEM_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE'] as const;

/** Мероприятие дорожной карты. */
export const RoadmapItemSchema = defineEntity({
  name: 'RoadmapItem',
  tableName: 'roadmap_item',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    roadmap: () => p.manyToOne(RoadmapSchema).index(),
    number: p.smallint(),
    activity: p.text(),
    schedule: p.text(),
    dueDate: p.date().nullable(),
    responsible: p.text(),
    expectedResult: p.text().nullable(),
    status: p.enum(ROADMAP_ITEM_STATUSES),
  },
});

export type RoadmapItem = InferEntity<typeof RoadmapItemSchema>;
