import { present } from '@mentoring/platform';
import type { MonitoringMeasure, MonitoringMeasureCode, MonitoringMeasureResolvers, ProgrammeResolvers } from '../../__generated__/resolvers-types.js';
import { criterionView } from '../forms/resolvers.js';

/** Stored values by measure code; MonitoringMeasure.criterion resolves the catalogue entry. */
const measures = (values: Record<string, number> | null | undefined) =>
  Object.entries(values ?? {}).map(([measure, value]) => ({ measure: measure as MonitoringMeasureCode, value }) as Omit<MonitoringMeasure, 'criterion'> as MonitoringMeasure);

export const MonitoringMeasureType: MonitoringMeasureResolvers = {
  criterion: async (value, _, { loaders }) => criterionView(present(await loaders.measureByCode.load(value.measure), `monitoring measure ${value.measure}`)),
};

export const ProgrammeType: ProgrammeResolvers = {
  pair: async (programme, _, { loaders }) => present(await loaders.pairById.load(programme.pair.id), `pair of programme ${programme.id}`),
  directions: (programme) => programme.directions as never,
  activities: (programme, _, { loaders }) => loaders.activitiesByProgramme.load(programme.id),
  completion: async (programme, _, { loaders }) => {
    const activities = await loaders.activitiesByProgramme.load(programme.id);
    return activities.length === 0 ? null : activities.filter((activity) => activity.completedOn).length / activities.length;
  },
  monitoringBefore: (programme) => measures(programme.monitoringBefore),
  monitoringAfter: (programme) => measures(programme.monitoringAfter),
};
