import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';

export const TERRITORY_LEVELS = ['REGION', 'MUNICIPALITY', 'ORGANIZATION'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

/**
 * A computed value as it stood at the end of a quarter, written by the snapshot job (pg-boss) or rebuilt for a
 * past date from the `*_as_of(date)` views: the series plan against fact projects.
 */
export const IndicatorSnapshotSchema = defineEntity({
  name: 'IndicatorSnapshot',
  tableName: 'indicator_snapshot',
  extends: BaseEntitySchema,
  uniques: [{ properties: ['indicatorCode', 'level', 'territoryId', 'asOf'] }],
  properties: {
    indicatorCode: p.string(),
    level: p.enum(TERRITORY_LEVELS),
    territoryId: p.uuid(),
    asOf: p.date(),
    value: p.double().nullable(),
    numerator: p.double().nullable(),
    denominator: p.double().nullable(),
  },
});

export type IndicatorSnapshot = InferEntity<typeof IndicatorSnapshotSchema>;
