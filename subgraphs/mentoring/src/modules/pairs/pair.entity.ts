import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';
import { MentoringFormSchema } from '../forms/form.entity.js';
import { PairMenteeSchema } from './pair-mentee.entity.js';

export const PAIR_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;

/**
 * Наставническая пара (one mentee) или группа (several). The organization and
 * the people are registry ids: no foreign key crosses schemas.
 */
export const MentoringPairSchema = defineEntity({
  name: 'MentoringPair',
  tableName: 'mentoring_pair',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    form: () => p.manyToOne(MentoringFormSchema).index(),
    /** Format codes (виды): традиционное, групповое … */
    formats: p.array(),
    status: p.enum(PAIR_STATUSES).index(),
    organizationId: p.uuid().index(),
    mentorPersonId: p.uuid().nullable().index(),
    startDate: p.date(),
    plannedEndDate: p.date().nullable(),
    endedOn: p.date().nullable(),
    terminationReason: p.text().nullable(),
    /** Письменное согласие наставника. */
    mentorConsentDate: p.date().nullable(),
    /** Приказ о закреплении. */
    orderNumber: p.string().nullable(),
    orderDate: p.date().nullable(),
    version: p.integer().version(),
    mentees: () => p.oneToMany(PairMenteeSchema).mappedBy('pair'),
  },
  // The maxima the SDL declares (@maxLength), held by the database too.
  checks: [
    { name: 'mentoring_pair_termination_reason_length', expression: 'char_length("termination_reason") <= 1000' },
  ],
});

export type MentoringPair = InferEntity<typeof MentoringPairSchema>;
