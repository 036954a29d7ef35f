import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { MentoringFormSchema } from '../catalogues/form.entity.js';
import { MentoringProjectSchema } from '../catalogues/project.entity.js';
import { PairConsentSchema } from './pair-consent.entity.js';
import { PairMenteeSchema } from './pair-mentee.entity.js';

export const PAIR_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;

/**
 * Наставническая пара (one mentee) или группа (several). The organization and
 * the people are registry ids: no foreign key crosses schemas.
 */
export const MentoringPairSchema = defineEntity({
  name: 'MentoringPair',
  tableName: 'mentoring_pair',
  extends: VersionedEntitySchema,
  properties: {
    /** Форма наставничества; null only for a pair of a project that names none (the «500+» менторские пары, seed 002). */
    form: () => p.manyToOne(MentoringFormSchema).nullable().index(),
    /** Проект (e.g. «500+»), when the pair works within one. */
    project: () => p.manyToOne(MentoringProjectSchema).nullable(),
    /** Format codes (виды): традиционное, групповое … */
    formats: p.array(),
    status: p.enum(PAIR_STATUSES).index(),
    organizationId: p.uuid().index(),
    mentorPersonId: p.uuid().nullable().index(),
    startDate: p.date(),
    plannedEndDate: p.date().nullable(),
    endedOn: p.date().nullable(),
    terminationReason: p.text().nullable(),
    /** Приказ о закреплении. */
    orderNumber: p.string().nullable(),
    orderDate: p.date().nullable(),
    /** SEED, SYNTHETIC (demo data) or ENTERED by users. */
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** When the draft was created; null for pairs created before it was recorded. A consent is not dated before it. */
    createdAt: p
      .datetime()
      .nullable()
      .onCreate(() => new Date()),
    mentees: () => p.oneToMany(PairMenteeSchema).mappedBy('pair'),
    /** Письменные согласия участников (seed 003: «с письменного согласия их участников»). */
    consents: () => p.oneToMany(PairConsentSchema).mappedBy('pair'),
  },
  // The maxima the SDL declares (@maxLength), held by the database too.
  checks: [
    { name: 'mentoring_pair_termination_reason_length', expression: 'char_length("termination_reason") <= 1000' },
    { name: 'mentoring_pair_form_or_project', expression: '"form_code" is not null or "project_code" is not null' },
  ],
});

export type MentoringPair = InferEntity<typeof MentoringPairSchema>;
