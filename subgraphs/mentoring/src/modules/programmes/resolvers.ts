import { present } from '@mentoring/platform';
import type { MonitoringMeasureCode, ProgrammeResolvers } from '../../__generated__/resolvers-types.js';

const measures = (values: Record<string, number> | null | undefined) =>
  Object.entries(values ?? {}).map(([measure, value]) => ({ measure: measure as MonitoringMeasureCode, value }));

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
