import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { RoadmapItemSchema } from '../roadmaps/roadmap-item.entity.js';

/** Вид документа that a region requires of its municipalities (seed 000 «Муниципальный план / отчет»). */
export const REPORTING_DOCUMENT_KINDS = ['PLAN', 'REPORT', 'INFORMATION', 'OTHER'] as const;
export type ReportingDocumentKind = (typeof REPORTING_DOCUMENT_KINDS)[number];

/**
 * Отчётное обязательство: a document every municipality of the region owes the region by a date (a municipal plan
 * by 25 December 2022, a report by 15 June 2023). Which municipalities owe it is not stored: they are the region's
 * municipalities in the registry's published territory view, joined when states are read.
 */
export const ReportingObligationSchema = defineEntity({
  name: 'ReportingObligation',
  tableName: 'reporting_obligation',
  extends: VersionedEntitySchema,
  properties: {
    regionId: p.uuid().index(),
    kind: p.enum(REPORTING_DOCUMENT_KINDS),
    /** The document's title as its source prints it (or as the operator enters it). */
    title: p.text(),
    dueDate: p.date(),
    /** The roadmap row the obligation comes from, if any. */
    roadmapItem: () => p.manyToOne(RoadmapItemSchema).nullable().index(),
    source: p.json<CatalogueSource>().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** Token subject of whoever entered it; null for demo data. */
    createdBy: p.string().nullable(),
  },
  checks: [
    { name: 'reporting_obligation_seed_has_source', expression: `"data_origin" <> 'SEED' or "source" is not null` },
    { name: 'reporting_obligation_title_length', expression: 'char_length("title") <= 500' },
  ],
});

export type ReportingObligation = InferEntity<typeof ReportingObligationSchema>;
