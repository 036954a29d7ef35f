import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { ContestSchema } from './contest.entity.js';

/** Член жюри: a registry person on a contest's jury, once per contest. */
export const ContestJurorSchema = defineEntity({
  name: 'ContestJuror',
  tableName: 'contest_juror',
  extends: BaseEntitySchema,
  properties: {
    contest: () => p.manyToOne(ContestSchema).index(),
    personId: p.uuid().index(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  uniques: [{ name: 'contest_juror_unique', properties: ['contest', 'personId'] }],
});

export type ContestJuror = InferEntity<typeof ContestJurorSchema>;
