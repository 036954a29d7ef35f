import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MENTORING_FORM_CODES = [
  'TEACHER_TEACHER',
  'HEAD_TEACHER',
  'TEACHER_YOUNG_TEACHER',
  'HEAD_HEAD',
  'EMPLOYER_STUDENT',
  'PUPIL_PUPIL',
  'STUDENT_PUPIL',
  'EMPLOYER_PUPIL',
] as const;

/** Форма наставничества: catalogue rows are inserted by a migration, not by demo data. */
export const MentoringFormSchema = defineEntity({
  name: 'MentoringForm',
  tableName: 'mentoring_form',
  properties: {
    code: p.enum(MENTORING_FORM_CODES).primary(),
    position: p.smallint(),
    name: p.string(),
    description: p.text(),
  },
});

export type MentoringForm = InferEntity<typeof MentoringFormSchema>;
