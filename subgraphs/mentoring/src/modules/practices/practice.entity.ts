import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';
import { MentoringFormSchema } from '../forms/form.entity.js';

/** Эффективная практика наставничества in the regional bank of practices. */
export const PracticeSchema = defineEntity({
  name: 'Practice',
  tableName: 'practice',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    title: p.text(),
    summary: p.text(),
    organizationId: p.uuid().index(),
    /** Authors as registry person ids; their names follow their publication consent. */
    authorPersonIds: p.array(),
    form: () => p.manyToOne(MentoringFormSchema).nullable(),
    year: p.smallint(),
    materialsUrl: p.string().nullable(),
    awards: p.array(),
  },
});

export type Practice = InferEntity<typeof PracticeSchema>;
