import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';

/** Субъект РФ. */
export const RegionSchema = defineEntity({
  name: 'Region',
  tableName: 'region',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    code: p.string().length(2).unique(),
    name: p.string(),
  },
});

export type Region = InferEntity<typeof RegionSchema>;
