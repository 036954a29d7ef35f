import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { TrainingRecordSchema } from './training.entity.js';

export const MENTOR_STATUSES = ['CANDIDATE', 'TRAINED', 'ACTIVE', 'LEFT'] as const;

/** Профиль наставника: a registry person as a mentor. One per person. */
/** The most characters of one competency of a mentor. */
export const COMPETENCY_MAX_LENGTH = 200;

export const MentorProfileSchema = defineEntity({
  name: 'MentorProfile',
  tableName: 'mentor_profile',
  extends: VersionedEntitySchema,
  properties: {
    personId: p.uuid().unique(),
    /** Main workplace (registry organization id), for territory scope and reports. */
    organizationId: p.uuid().index(),
    competencies: p.array(),
    achievements: p.text().nullable(),
    /** Form codes the mentor practises. */
    forms: p.array(),
    capacity: p.smallint(),
    status: p.enum(MENTOR_STATUSES).index(),
    /** SEED, SYNTHETIC (demo data) or ENTERED by users. */
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    trainings: () => p.oneToMany(TrainingRecordSchema).mappedBy('mentor'),
  },
  // The maxima the SDL declares (@maxLength), held by the database too.
  checks: [
    {
      name: 'mentor_profile_competencies_length',
      expression: `"mentoring"."longest_text"("competencies") <= ${COMPETENCY_MAX_LENGTH}`,
    },
    { name: 'mentor_profile_achievements_length', expression: 'char_length("achievements") <= 2000' },
  ],
});

export type MentorProfile = InferEntity<typeof MentorProfileSchema>;
