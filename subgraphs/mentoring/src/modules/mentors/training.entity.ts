import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { MentorProfileSchema } from './mentor-profile.entity.js';

/** Обучение наставника (e.g. ДПО «Наставничество в системе учитель–учитель», 24 ч). */
export const TrainingRecordSchema = defineEntity({
  name: 'TrainingRecord',
  tableName: 'training_record',
  extends: BaseEntitySchema,
  properties: {
    mentor: () => p.manyToOne(MentorProfileSchema).index(),
    programme: p.text(),
    provider: p.string().nullable(),
    /** Объём, часов; null where the source gives none (seed 002 gives none for «Управленческое наставничество…»). */
    hours: p.smallint().nullable(),
    completedOn: p.date(),
  },
  // The maxima the SDL declares (@maxLength), held by the database too.
  checks: [{ name: 'training_record_programme_length', expression: 'char_length("programme") <= 500' }],
});

export type TrainingRecord = InferEntity<typeof TrainingRecordSchema>;
