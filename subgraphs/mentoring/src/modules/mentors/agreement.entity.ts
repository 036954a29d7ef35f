import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { MentorProfileSchema } from './mentor-profile.entity.js';

/**
 * Дополнительное соглашение к трудовому договору наставника (seed 003 §4, меры стимулирования: «Дополнительное
 * соглашение к трудовому договору наставника или иной вариант, предусматривающий доплату наставнику»). Every
 * agreement recorded stays: a later one does not erase an earlier one; the mentor profile shows the latest.
 */
export const MentorAgreementSchema = defineEntity({
  name: 'MentorAgreement',
  tableName: 'mentor_agreement',
  extends: BaseEntitySchema,
  properties: {
    mentor: () => p.manyToOne(MentorProfileSchema).index(),
    number: p.string(),
    date: p.date(),
    /** The organization whose employment contract it amends: the mentor's main workplace when recorded. */
    organizationId: p.uuid(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['mentor', 'number', 'date'] }],
});

export type MentorAgreement = InferEntity<typeof MentorAgreementSchema>;
