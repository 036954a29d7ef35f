import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { ContestApplicationSchema } from './application.entity.js';
import { ContestJurorSchema } from './juror.entity.js';

/**
 * Оценка члена жюри: one per juror per application (a unique index holds it). The platform maps a token to a role
 * and territory, not to a registry person, so the contest's keeper enters each score naming the juror (enteredBy).
 */
export const ContestScoreSchema = defineEntity({
  name: 'ContestScore',
  tableName: 'contest_score',
  extends: BaseEntitySchema,
  properties: {
    application: () => p.manyToOne(ContestApplicationSchema).index(),
    juror: () => p.manyToOne(ContestJurorSchema).index(),
    score: p.smallint(),
    /** Token subject of whoever entered the score; null for demo data. */
    enteredBy: p.string().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
  },
  uniques: [{ name: 'contest_score_unique', properties: ['application', 'juror'] }],
});

export type ContestScore = InferEntity<typeof ContestScoreSchema>;
