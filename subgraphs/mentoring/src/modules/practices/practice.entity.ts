import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { MentoringFormSchema } from '../catalogues/form.entity.js';

/** Эффективная практика наставничества in the regional bank of practices. */
export const PracticeSchema = defineEntity({
  name: 'Practice',
  tableName: 'practice',
  extends: BaseEntitySchema,
  properties: {
    title: p.text(),
    summary: p.text(),
    organizationId: p.uuid().index(),
    /** Authors as registry person ids; their names follow their publication consent. */
    authorPersonIds: p.array(),
    form: () => p.manyToOne(MentoringFormSchema).nullable(),
    year: p.smallint(),
    materialsUrl: p.string().nullable(),
    awards: p.array(),
    /** SEED, SYNTHETIC (demo data) or ENTERED by users. */
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  // The maxima the SDL declares (@maxLength), held by the database too.
  checks: [
    { name: 'practice_title_length', expression: 'char_length("title") <= 500' },
    { name: 'practice_summary_length', expression: 'char_length("summary") <= 4000' },
    { name: 'practice_awards_length', expression: '"mentoring"."longest_text"("awards") <= 500' },
  ],
});

export type Practice = InferEntity<typeof PracticeSchema>;
