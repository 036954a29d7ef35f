import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';
import { MentoringPairSchema } from './pair.entity.js';

/** Наставляемый of a pair or group; the person and workplace are registry ids. */
export const PairMenteeSchema = defineEntity({
  name: 'PairMentee',
  tableName: 'pair_mentee',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    pair: () => p.manyToOne(MentoringPairSchema).index(),
    personId: p.uuid().index(),
    organizationId: p.uuid(),
  },
  uniques: [{ properties: ['pair', 'personId'] }],
});

export type PairMentee = InferEntity<typeof PairMenteeSchema>;
