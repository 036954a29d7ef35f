import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { ContestSchema } from './contest.entity.js';
import { ContestNominationSchema } from './nomination.entity.js';

/** Итог участия: победитель, призёр, участник. */
export const CONTEST_RESULTS = ['WINNER', 'PRIZE_WINNER', 'PARTICIPANT'] as const;
export type ContestResult = (typeof CONTEST_RESULTS)[number];

/**
 * Заявка на конкурс: a mentoring pair (Педагогический дуэт) or a practice of the bank (конкурс лучших практик),
 * entered by the school that applies (organizationId). The pair's and the practice's own organization are
 * mentoring's facts, read from mentoring_pub when a rule needs them. One application per pair (or practice) per
 * contest: unique indexes hold it.
 */
export const ContestApplicationSchema = defineEntity({
  name: 'ContestApplication',
  tableName: 'contest_application',
  extends: VersionedEntitySchema,
  properties: {
    contest: () => p.manyToOne(ContestSchema).index(),
    nomination: () => p.manyToOne(ContestNominationSchema).nullable().index(),
    pairId: p.uuid().nullable().index(),
    practiceId: p.uuid().nullable().index(),
    /** Организация-заявитель (the school whose curator or head applied). */
    organizationId: p.uuid().index(),
    /** Итог; null until the results are published. */
    result: p.enum(CONTEST_RESULTS).nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** Token subject of whoever applied; null for demo data. */
    createdBy: p.string().nullable(),
  },
  uniques: [
    { name: 'contest_application_pair_unique', properties: ['contest', 'pairId'] },
    { name: 'contest_application_practice_unique', properties: ['contest', 'practiceId'] },
  ],
  checks: [
    {
      name: 'contest_application_entry',
      expression: `("pair_id" is not null) <> ("practice_id" is not null)`,
    },
  ],
});

export type ContestApplication = InferEntity<typeof ContestApplicationSchema>;
