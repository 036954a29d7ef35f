import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { catalogueProperties } from '@mentoring/sources';

/** Regional projects whose pairs are not a form of the положение (seed 002: the «500+» менторские пары руководителей). */
export const MENTORING_PROJECT_CODES = ['PROJECT_500_PLUS'] as const;

/** Проект, в рамках которого действуют наставнические (менторские) пары: a catalogue row inserted by a migration. */
export const MentoringProjectSchema = defineEntity({
  name: 'MentoringProject',
  tableName: 'mentoring_project',
  properties: {
    code: p.enum(MENTORING_PROJECT_CODES).primary(),
    ...catalogueProperties,
  },
});

export type MentoringProject = InferEntity<typeof MentoringProjectSchema>;
