import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';

/** Субъект РФ. */
export const RegionSchema = defineEntity({
  name: 'Region',
  tableName: 'region',
  extends: BaseEntitySchema,
  properties: {
    code: p.string().length(2).unique(),
    name: p.string(),
  },
});

export type Region = InferEntity<typeof RegionSchema>;
