import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { EventSchema } from '../events/event.entity.js';

/** Вид конкурса: seed 000 «Конкурс «Педагогический дуэт»», seed 004 «конкурса лучших практик наставничества». */
export const CONTEST_KINDS = ['PEDAGOGICAL_DUET', 'BEST_PRACTICE'] as const;
export type ContestKind = (typeof CONTEST_KINDS)[number];

/**
 * Конкурс: owned by a region (municipalityId null) or a municipality within it, whose staff run it. Its stages
 * (приём заявок, оценка, подведение итогов) are dates; scoring closes and results are published by explicit acts,
 * recorded as times. Ids of territories are the registry's; no foreign key crosses schemas.
 */
export const ContestSchema = defineEntity({
  name: 'Contest',
  tableName: 'contest',
  extends: VersionedEntitySchema,
  properties: {
    kind: p.enum(CONTEST_KINDS),
    title: p.text(),
    year: p.smallint(),
    regionId: p.uuid().index(),
    municipalityId: p.uuid().nullable().index(),
    /** The event (kind CONTEST) the contest belongs to, if any. */
    event: () => p.manyToOne(EventSchema).nullable().index(),
    /** The dates as the source prints them («сентябрь-октябрь 2021 г.»); null for an entered contest. */
    schedule: p.text().nullable(),
    applicationsFrom: p.date().nullable(),
    applicationsUntil: p.date().nullable(),
    evaluationFrom: p.date().nullable(),
    evaluationUntil: p.date().nullable(),
    resultsOn: p.date().nullable(),
    /** Шкала оценок: integers from scoreMin to scoreMax in steps of scoreStep; null where the source declares none. */
    scoreMin: p.smallint().nullable(),
    scoreMax: p.smallint().nullable(),
    scoreStep: p.smallint().default(1),
    scoringClosedAt: p.datetime().nullable(),
    resultsPublishedAt: p.datetime().nullable(),
    note: p.text().nullable(),
    source: p.json<CatalogueSource>().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** Token subject of whoever created it; null for demo data. */
    createdBy: p.string().nullable(),
  },
  checks: [
    { name: 'contest_seed_has_source', expression: `"data_origin" <> 'SEED' or "source" is not null` },
    {
      name: 'contest_scale',
      expression: `("score_min" is null and "score_max" is null) or ("score_min" >= 0 and "score_min" < "score_max" and "score_step" >= 1)`,
    },
    {
      name: 'contest_scale_steps',
      expression: `"score_min" is null or ("score_max" - "score_min") % "score_step" = 0`,
    },
    {
      name: 'contest_stages_in_order',
      expression: `("applications_from" is null or "applications_until" is null or "applications_from" <= "applications_until")
        and ("evaluation_from" is null or "evaluation_until" is null or "evaluation_from" <= "evaluation_until")
        and ("applications_until" is null or "evaluation_from" is null or "applications_until" <= "evaluation_from")
        and ("evaluation_until" is null or "results_on" is null or "evaluation_until" <= "results_on")`,
    },
    {
      name: 'contest_entered_is_dated',
      expression: `"data_origin" <> 'ENTERED' or ("applications_from" is not null and "applications_until" is not null and "evaluation_from" is not null and "evaluation_until" is not null and "results_on" is not null and "score_min" is not null)`,
    },
    {
      name: 'contest_results_after_scoring',
      expression: `"results_published_at" is null or "scoring_closed_at" is not null`,
    },
    { name: 'contest_title_length', expression: 'char_length("title") <= 500' },
  ],
});

export type Contest = InferEntity<typeof ContestSchema>;
