import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { MentoringPairSchema } from './pair.entity.js';

/** Наставляемый of a pair or group; the person and workplace are registry ids. */
export const PairMenteeSchema = defineEntity({
  name: 'PairMentee',
  tableName: 'pair_mentee',
  extends: BaseEntitySchema,
  properties: {
    pair: () => p.manyToOne(MentoringPairSchema).index(),
    personId: p.uuid().index(),
    organizationId: p.uuid(),
  },
  uniques: [{ properties: ['pair', 'personId'] }],
});

export type PairMentee = InferEntity<typeof PairMenteeSchema>;
