import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { MentoringPairSchema } from './pair.entity.js';

/** Who gave a written consent: the participant, or for a minor a parent or another legal representative. */
export const CONSENT_GIVERS = ['PARTICIPANT', 'PARENT', 'LEGAL_REPRESENTATIVE'] as const;

/**
 * Письменное согласие участника пары/группы (seed 003 §4: «Приказ(ы) о закреплении наставнических пар/групп
 * с письменного согласия их участников»): one per participant — the mentor and each mentee.
 */
export const PairConsentSchema = defineEntity({
  name: 'PairConsent',
  tableName: 'pair_consent',
  extends: BaseEntitySchema,
  properties: {
    pair: () => p.manyToOne(MentoringPairSchema).index(),
    personId: p.uuid(),
    givenOn: p.date(),
    givenBy: p.enum(CONSENT_GIVERS),
  },
  uniques: [{ properties: ['pair', 'personId'] }],
});

export type PairConsent = InferEntity<typeof PairConsentSchema>;
