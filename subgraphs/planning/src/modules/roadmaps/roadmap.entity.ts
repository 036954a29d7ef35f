import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';

export const ROADMAP_LEVELS = ['REGION', 'MUNICIPALITY', 'ORGANIZATION'] as const;

/** Дорожная карта. Its owner is a registry id of the level's kind; no foreign key crosses schemas. */
export const RoadmapSchema = defineEntity({
  name: 'Roadmap',
  tableName: 'roadmap',
  extends: BaseEntitySchema,
  properties: {
    title: p.text(),
    level: p.enum(ROADMAP_LEVELS),
    startYear: p.smallint(),
    endYear: p.smallint(),
    approvedBy: p.text().nullable(),
    /** What the source says, and does not say, about the roadmap's standing. */
    note: p.text().nullable(),
    regionId: p.uuid().nullable().index(),
    municipalityId: p.uuid().nullable().index(),
    organizationId: p.uuid().nullable().index(),
    /** Where a seed prints the roadmap, in its words; null for a roadmap entered by users. */
    source: p.json<CatalogueSource>().nullable(),
    /** SEED (as a seed document prints it) or ENTERED by users. */
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  checks: [{ name: 'roadmap_seed_has_source', expression: `"data_origin" <> 'SEED' or "source" is not null` }],
});

export type Roadmap = InferEntity<typeof RoadmapSchema>;
