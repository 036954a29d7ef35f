import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { ContestSchema } from './contest.entity.js';

/** Номинация конкурса, in the order the contest lists them; a title once per contest. */
export const ContestNominationSchema = defineEntity({
  name: 'ContestNomination',
  tableName: 'contest_nomination',
  extends: BaseEntitySchema,
  properties: {
    contest: () => p.manyToOne(ContestSchema).index(),
    title: p.text(),
    position: p.smallint(),
  },
  uniques: [{ name: 'contest_nomination_title_unique', properties: ['contest', 'title'] }],
  checks: [{ name: 'contest_nomination_title_length', expression: 'char_length("title") <= 500' }],
});

export type ContestNomination = InferEntity<typeof ContestNominationSchema>;
