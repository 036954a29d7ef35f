import { catalogueProperties } from '@mentoring/sources';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The forms of seed 003 §3 («педагог — педагог», «руководитель образовательной организации — педагог»,
 * «работодатель — студент», «педагог — молодой педагог образовательной организации», and «учитель — учитель»
 * which §3 defines) and of seed 004 (ученик — ученик, студент — ученик, работодатель — ученик); nothing else.
 */
export const MENTORING_FORM_CODES = [
  'PEDAGOGUE_PEDAGOGUE',
  'HEAD_TEACHER',
  'EMPLOYER_STUDENT',
  'TEACHER_YOUNG_TEACHER',
  'TEACHER_TEACHER',
  'PUPIL_PUPIL',
  'STUDENT_PUPIL',
  'EMPLOYER_PUPIL',
] as const;

export type MentoringFormCode = (typeof MENTORING_FORM_CODES)[number];

/**
 * Who a form's name says mentors and who is mentored: pedagogical staff (педагог, учитель), the head of an
 * educational organization (руководитель), staff of an employer organization (работодатель), a pupil of a school
 * (ученик) and a student of a college or university (студент).
 */
export const PARTICIPANT_KINDS = ['PEDAGOGICAL_STAFF', 'SCHOOL_HEAD', 'EMPLOYER_STAFF', 'PUPIL', 'STUDENT'] as const;

export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** Форма наставничества: catalogue rows are inserted by migrations, not by demo data. */
export const MentoringFormSchema = defineEntity({
  name: 'MentoringForm',
  tableName: 'mentoring_form',
  properties: {
    code: p.enum(MENTORING_FORM_CODES).primary(),
    ...catalogueProperties,
    /** Наставник: the kind of person the form's name puts first. */
    mentorKind: p.enum(PARTICIPANT_KINDS),
    /** Наставляемый: the kind of person the form's name puts second. */
    menteeKind: p.enum(PARTICIPANT_KINDS),
  },
});

export type MentoringForm = InferEntity<typeof MentoringFormSchema>;
