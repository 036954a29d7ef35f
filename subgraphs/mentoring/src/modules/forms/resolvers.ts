import { sourceView, type CatalogueSource } from '@mentoring/platform';
import type { MentoringFormatResolvers, MentoringFormResolvers, MentoringProject, MonitoringCriterion, QueryResolvers } from '../../__generated__/resolvers-types.js';
import { MentoringFormSchema } from './form.entity.js';
import { MentoringFormatSchema } from './format.entity.js';
import { MonitoringMeasureSchema, type MonitoringMeasureEntry } from './measure.entity.js';
import { MentoringProjectSchema, type MentoringProject as MentoringProjectEntity } from './project.entity.js';

interface CatalogueRow {
  source: CatalogueSource;
  definitionSource?: CatalogueSource | null;
  alsoIn: CatalogueSource[];
}

/** The Source objects of a catalogue row: its document by printed title, clause and the document's own words. */
const catalogueSources = {
  source: (row: CatalogueRow) => sourceView(row.source),
  definitionSource: (row: CatalogueRow) => (row.definitionSource ? sourceView(row.definitionSource) : null),
  alsoIn: (row: CatalogueRow) => row.alsoIn.map(sourceView),
};

const catalogueView = <T extends CatalogueRow & { code: string; name: string; definition?: string | null }>(row: T) => ({
  code: row.code,
  name: row.name,
  definition: row.definition ?? null,
  source: catalogueSources.source(row),
  definitionSource: catalogueSources.definitionSource(row),
  alsoIn: catalogueSources.alsoIn(row),
});

export const projectView = (row: MentoringProjectEntity): MentoringProject => catalogueView(row) as MentoringProject;
export const criterionView = (row: MonitoringMeasureEntry): MonitoringCriterion => ({ ...catalogueView(row), phase: row.phase }) as MonitoringCriterion;

export const formQueries: Pick<QueryResolvers, 'mentoringForms' | 'mentoringFormats' | 'monitoringMeasures' | 'mentoringProjects'> = {
  mentoringForms: (_, __, { em }) => em.find(MentoringFormSchema, {}, { orderBy: { position: 'asc' } }),
  mentoringFormats: (_, __, { em }) => em.find(MentoringFormatSchema, {}, { orderBy: { position: 'asc' } }),
  monitoringMeasures: async (_, __, { em }) => (await em.find(MonitoringMeasureSchema, {}, { orderBy: { position: 'asc' } })).map(criterionView),
  mentoringProjects: async (_, __, { em }) => (await em.find(MentoringProjectSchema, {}, { orderBy: { position: 'asc' } })).map(projectView),
};

export const MentoringFormType: MentoringFormResolvers = catalogueSources;
export const MentoringFormatType: MentoringFormatResolvers = catalogueSources;
