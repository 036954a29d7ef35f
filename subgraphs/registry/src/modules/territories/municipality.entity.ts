import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { RegionSchema } from './region.entity.js';

export const MUNICIPALITY_KINDS = ['MUNICIPAL_DISTRICT', 'MUNICIPAL_OKRUG', 'URBAN_OKRUG', 'CITY_DISTRICT'] as const;

/** Муниципальное образование. */
export const MunicipalitySchema = defineEntity({
  name: 'Municipality',
  tableName: 'municipality',
  extends: VersionedEntitySchema,
  properties: {
    oktmo: p.string().length(8).unique(),
    name: p.string(),
    kind: p.enum(MUNICIPALITY_KINDS),
    region: () => p.manyToOne(RegionSchema).index(),
  },
  indexes: [
    {
      name: 'municipality_name_trgm',
      expression:
        'create index "municipality_name_trgm" on "registry"."municipality" using gin ("name" public.gin_trgm_ops)',
    },
  ],
});

export type Municipality = InferEntity<typeof MunicipalitySchema>;
