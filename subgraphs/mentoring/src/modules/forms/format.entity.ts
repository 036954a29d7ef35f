import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MENTORING_FORMAT_CODES = ['TRADITIONAL', 'GROUP', 'VIRTUAL', 'SHORT_TERM', 'REVERSE', 'SITUATIONAL', 'SPEED'] as const;

/** Вид наставничества (format): catalogue rows are inserted by a migration with the definitions of seed 003. */
export const MentoringFormatSchema = defineEntity({
  name: 'MentoringFormat',
  tableName: 'mentoring_format',
  properties: {
    code: p.enum(MENTORING_FORMAT_CODES).primary(),
    position: p.smallint(),
    name: p.string(),
    description: p.text(),
  },
});

export type MentoringFormat = InferEntity<typeof MentoringFormatSchema>;
