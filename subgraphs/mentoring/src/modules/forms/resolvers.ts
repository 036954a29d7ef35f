import { catalogueEntryView, catalogueSourceResolvers } from '@mentoring/platform';
import type { MentoringFormatResolvers, MentoringFormResolvers, MentoringProject, MonitoringCriterion, QueryResolvers } from '../../__generated__/resolvers-types.js';
import { MentoringFormSchema } from './form.entity.js';
import { MentoringFormatSchema } from './format.entity.js';
import { MonitoringMeasureSchema, type MonitoringMeasureEntry } from './measure.entity.js';
import { MentoringProjectSchema, type MentoringProject as MentoringProjectEntity } from './project.entity.js';

export const projectView = (row: MentoringProjectEntity): MentoringProject => catalogueEntryView(row) as MentoringProject;
export const criterionView = (row: MonitoringMeasureEntry): MonitoringCriterion => ({ ...catalogueEntryView(row), phase: row.phase }) as MonitoringCriterion;

export const formQueries: Pick<QueryResolvers, 'mentoringForms' | 'mentoringFormats' | 'monitoringMeasures' | 'mentoringProjects'> = {
  mentoringForms: (_, __, { em }) => em.find(MentoringFormSchema, {}, { orderBy: { position: 'asc' } }),
  mentoringFormats: (_, __, { em }) => em.find(MentoringFormatSchema, {}, { orderBy: { position: 'asc' } }),
  monitoringMeasures: async (_, __, { em }) => (await em.find(MonitoringMeasureSchema, {}, { orderBy: { position: 'asc' } })).map(criterionView),
  mentoringProjects: async (_, __, { em }) => (await em.find(MentoringProjectSchema, {}, { orderBy: { position: 'asc' } })).map(projectView),
};

export const MentoringFormType: MentoringFormResolvers = catalogueSourceResolvers;
export const MentoringFormatType: MentoringFormatResolvers = catalogueSourceResolvers;
