import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';
import { MentoringFormSchema } from '../forms/form.entity.js';

export const PAIR_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;

/** Наставническая пара/группа. The organization is a registry id: no foreign key crosses schemas. */
export const MentoringPairSchema = defineEntity({
  name: 'MentoringPair',
  tableName: 'mentoring_pair',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    form: () => p.manyToOne(MentoringFormSchema).index(),
    status: p.enum(PAIR_STATUSES).index(),
    organizationId: p.uuid().index(),
    startDate: p.date(),
    plannedEndDate: p.date().nullable(),
  },
});

export type MentoringPair = InferEntity<typeof MentoringPairSchema>;
