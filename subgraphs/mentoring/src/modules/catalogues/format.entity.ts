import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { catalogueProperties } from '@mentoring/sources';

export const MENTORING_FORMAT_CODES = [
  'TRADITIONAL',
  'GROUP',
  'VIRTUAL',
  'SHORT_TERM',
  'REVERSE',
  'SITUATIONAL',
  'SPEED',
] as const;

/** Вид наставничества (format): catalogue rows are inserted by migrations with the seven definitions of seed 003 §3, verbatim. */
export const MentoringFormatSchema = defineEntity({
  name: 'MentoringFormat',
  tableName: 'mentoring_format',
  properties: {
    code: p.enum(MENTORING_FORMAT_CODES).primary(),
    ...catalogueProperties,
  },
});

export type MentoringFormat = InferEntity<typeof MentoringFormatSchema>;
