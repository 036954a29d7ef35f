import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { MentoringPairSchema } from '../pairs/pair.entity.js';
import { ProgrammeActivitySchema } from './activity.entity.js';

export const PROGRAMME_DIRECTIONS = [
  'SUBJECT_CONTENT',
  'METHODOLOGY',
  'UPBRINGING',
  'CLASS_AND_EXTRACURRICULAR',
  'PSYCHOLOGICAL_SUPPORT',
] as const;

/** Персонализированная программа наставничества (3–12 months) of a pair or group. */
export const ProgrammeSchema = defineEntity({
  name: 'Programme',
  tableName: 'programme',
  extends: VersionedEntitySchema,
  properties: {
    pair: () => p.oneToOne(MentoringPairSchema).owner().unique(),
    deficits: p.array(),
    goals: p.array(),
    directions: p.array(),
    startDate: p.date(),
    endDate: p.date(),
    /** Мониторинг до входа в программу: measure → value (seed 003 §7). */
    monitoringBefore: p.json<Record<string, number>>().nullable(),
    /** Мониторинг по итогам программы. */
    monitoringAfter: p.json<Record<string, number>>().nullable(),
    menteeSatisfaction: p.smallint().nullable(),
    mentorSatisfaction: p.smallint().nullable(),
    activities: () => p.oneToMany(ProgrammeActivitySchema).mappedBy('programme'),
  },
  // The maxima the SDL declares (@maxLength), held by the database too.
  checks: [
    { name: 'programme_deficits_length', expression: '"mentoring"."longest_text"("deficits") <= 1000' },
    { name: 'programme_goals_length', expression: '"mentoring"."longest_text"("goals") <= 1000' },
  ],
});

export type Programme = InferEntity<typeof ProgrammeSchema>;
