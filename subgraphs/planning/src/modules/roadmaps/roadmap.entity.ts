import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';

export const ROADMAP_LEVELS = ['REGION', 'MUNICIPALITY', 'ORGANIZATION'] as const;

/**
 * Дорожная карта. Its owner is a registry id of the level's kind (exactly that one is set); no foreign key crosses
 * schemas. Versioned: an edit names the version it was based on (optimistic locking).
 */
export const RoadmapSchema = defineEntity({
  name: 'Roadmap',
  tableName: 'roadmap',
  extends: VersionedEntitySchema,
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
    /** Token subject of whoever entered it; null for demo data. */
    createdBy: p.string().nullable(),
  },
  checks: [
    { name: 'roadmap_seed_has_source', expression: `"data_origin" <> 'SEED' or "source" is not null` },
    { name: 'roadmap_years_in_order', expression: `"start_year" <= "end_year"` },
    {
      name: 'roadmap_owner_of_level',
      expression: `("level" = 'REGION' and "region_id" is not null and "municipality_id" is null and "organization_id" is null) or ("level" = 'MUNICIPALITY' and "municipality_id" is not null and "region_id" is null and "organization_id" is null) or ("level" = 'ORGANIZATION' and "organization_id" is not null and "region_id" is null and "municipality_id" is null)`,
    },
    { name: 'roadmap_title_length', expression: 'char_length("title") <= 1000' },
    { name: 'roadmap_approved_by_length', expression: 'char_length("approved_by") <= 2000' },
  ],
});

export type Roadmap = InferEntity<typeof RoadmapSchema>;
