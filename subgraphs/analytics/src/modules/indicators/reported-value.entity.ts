import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { IndicatorSchema } from './indicator.entity.js';

/**
 * Достигнутое значение as a document prints it («60-80%», «не более 25%», «с 2021 года»): kept beside computed
 * values, never mixed into them. `low`/`high` hold the numbers the text bounds (equal for an exact figure, one of
 * them for «не более»/«не менее»); the date is null where the document gives none.
 */
export const ReportedValueSchema = defineEntity({
  name: 'ReportedValue',
  tableName: 'reported_value',
  extends: BaseEntitySchema,
  properties: {
    indicator: () => p.manyToOne(IndicatorSchema).index(),
    regionId: p.uuid().nullable().index(),
    municipalityId: p.uuid().nullable().index(),
    organizationId: p.uuid().nullable().index(),
    year: p.smallint().nullable(),
    asOf: p.date().nullable(),
    printed: p.text(),
    low: p.double().nullable(),
    high: p.double().nullable(),
    source: p.json<CatalogueSource>(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
});

export type ReportedValue = InferEntity<typeof ReportedValueSchema>;
