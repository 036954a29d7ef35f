import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { IndicatorSchema } from './indicator.entity.js';

/** Плановое значение показателя for a territory (registry id) and a year, with the passage that sets it. */
export const IndicatorTargetSchema = defineEntity({
  name: 'IndicatorTarget',
  tableName: 'indicator_target',
  extends: BaseEntitySchema,
  properties: {
    indicator: () => p.manyToOne(IndicatorSchema).index(),
    year: p.smallint(),
    value: p.double().nullable(),
    note: p.text().nullable(),
    regionId: p.uuid().nullable().index(),
    municipalityId: p.uuid().nullable().index(),
    source: p.json<CatalogueSource>().nullable(),
    /** How the system read the year (or value) where the source's words do not state it; null where they do. */
    reading: p.text().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
});

export type IndicatorTarget = InferEntity<typeof IndicatorTargetSchema>;
