import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { ProgrammeSchema } from './programme.entity.js';

/** Мероприятие персонализированной программы with its due date and completion. */
export const ProgrammeActivitySchema = defineEntity({
  name: 'ProgrammeActivity',
  tableName: 'programme_activity',
  extends: BaseEntitySchema,
  properties: {
    programme: () => p.manyToOne(ProgrammeSchema).index(),
    title: p.text(),
    dueDate: p.date(),
    completedOn: p.date().nullable(),
  },
  // The maxima the SDL declares (@maxLength), held by the database too.
  checks: [{ name: 'programme_activity_title_length', expression: 'char_length("title") <= 500' }],
});

export type ProgrammeActivity = InferEntity<typeof ProgrammeActivitySchema>;
