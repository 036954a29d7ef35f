import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const INDICATOR_SOURCES = ['COMPUTED', 'REPORTED', 'MILESTONE'] as const;
export const INDICATOR_DIRECTIONS = ['INCREASE', 'DECREASE', 'ACHIEVE'] as const;

/** Показатель: the catalogue is keyed by a readable code. */
export const IndicatorSchema = defineEntity({
  name: 'Indicator',
  tableName: 'indicator',
  properties: {
    code: p.string().primary(),
    name: p.text(),
    unit: p.string(),
    source: p.enum(INDICATOR_SOURCES),
    direction: p.enum(INDICATOR_DIRECTIONS),
  },
});

export type Indicator = InferEntity<typeof IndicatorSchema>;
