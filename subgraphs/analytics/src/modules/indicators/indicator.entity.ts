import { catalogueProperties } from '@mentoring/sources';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Как получается значение: computed from the published views, reported (monitoring, a document), or a dated milestone. */
export const INDICATOR_METHODS = ['COMPUTED', 'REPORTED', 'MILESTONE'] as const;
export const INDICATOR_DIRECTIONS = ['INCREASE', 'DECREASE', 'ACHIEVE'] as const;

export type IndicatorMethod = (typeof INDICATOR_METHODS)[number];

/** How a COMPUTED value is obtained, in words an analyst checks against the seed (stored with the catalogue row). */
export interface IndicatorFormula {
  /** Числитель: what is counted. */
  numerator: string;
  /** Знаменатель: what it is counted out of. */
  denominator: string;
  /** Правило даты: what «on a date» means for this indicator. */
  asOfRule: string;
  /** The published views and functions the value is computed from. */
  reads: string[];
  /** Where the system reads the seed's words its own way (not the document's words); null where it does not. */
  reading: string | null;
}

/**
 * Показатель: a catalogue row, inserted by migrations (never by demo data), keyed by a stable code and named in the
 * seed's words. `family` names the SQL that computes it (values.ts); adding an indicator is a row here and, when its
 * data come from a domain not yet read, a published view of that domain.
 */
export const IndicatorSchema = defineEntity({
  name: 'Indicator',
  tableName: 'indicator',
  properties: {
    code: p.string().primary(),
    ...catalogueProperties,
    name: p.text(),
    unit: p.string(),
    method: p.enum(INDICATOR_METHODS),
    direction: p.enum(INDICATOR_DIRECTIONS),
    formula: p.json<IndicatorFormula>().nullable(),
    family: p.string().nullable(),
  },
});

export type Indicator = InferEntity<typeof IndicatorSchema>;
