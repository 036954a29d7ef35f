import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';

export const ROADMAP_LEVELS = ['REGION', 'MUNICIPALITY', 'ORGANIZATION'] as const;

/** Дорожная карта. Its owner is a registry id of the level's kind; no foreign key crosses schemas. */
export const RoadmapSchema = defineEntity({
  name: 'Roadmap',
  tableName: 'roadmap',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    title: p.text(),
    level: p.enum(ROADMAP_LEVELS),
    startYear: p.smallint(),
    endYear: p.smallint(),
    approvedBy: p.text().nullable(),
    regionId: p.uuid().nullable().index(),
    municipalityId: p.uuid().nullable().index(),
    organizationId: p.uuid().nullable().index(),
  },
});

export type Roadmap = InferEntity<typeof RoadmapSchema>;
