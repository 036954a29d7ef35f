import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { ContestSchema } from './contest.entity.js';
import { ContestNominationSchema } from './nomination.entity.js';

/** Итог участия: победитель, призёр, участник. */
export const CONTEST_RESULTS = ['WINNER', 'PRIZE_WINNER', 'PARTICIPANT'] as const;
export type ContestResult = (typeof CONTEST_RESULTS)[number];

/**
 * Заявка на конкурс: a mentoring pair (Педагогический дуэт), a practice of the bank, or a practice proposed with the
 * application (конкурс лучших практик: proposal* columns, the practice's own facts, typed once here; a winning or
 * prize-winning proposal of a published contest enters the bank through planning_pub.contest_practice), entered by
 * the school that applies (organizationId, which is also the proposal's organization). The pair's and the practice's own organization are
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
    /** Предложенная практика: название; null unless the application proposes a practice. */
    proposalTitle: p.text().nullable(),
    /** Предложенная практика: краткое описание. */
    proposalSummary: p.text().nullable(),
    /** Предложенная практика: форма наставничества (mentoring's form code, mentoring_pub.mentoring_form). */
    proposalFormCode: p.string().nullable(),
    /** Предложенная практика: авторы (registry person ids); their names follow the one person rule. */
    proposalAuthorPersonIds: p.array().nullable(),
    /** Предложенная практика: материалы (http(s) URL). */
    proposalMaterialsUrl: p.string().nullable(),
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
      expression: `num_nonnulls("pair_id", "practice_id", "proposal_title") = 1`,
    },
    {
      name: 'contest_application_proposal',
      expression: `("proposal_title" is null) = ("proposal_summary" is null) and ("proposal_title" is null) = ("proposal_author_person_ids" is null) and char_length("proposal_title") <= 500 and char_length("proposal_summary") <= 4000`,
    },
  ],
});

export type ContestApplication = InferEntity<typeof ContestApplicationSchema>;
