import { present } from '@mentoring/platform/graphql';
import type { ProgrammeDirection, ProgrammeResolvers } from '../../../__generated__/types.generated.js';
import { measureValues } from '../monitoring-values.js';

export const Programme: ProgrammeResolvers = {
  pair: async (programme, _, { loaders }) =>
    present(await loaders.pairById.load(programme.pair.id), `pair of programme ${programme.id}`),
  // saveProgramme stores only ProgrammeDirection values; the array column is typed string[].
  directions: (programme) => programme.directions as ProgrammeDirection[],
  activities: (programme, _, { loaders }) => loaders.activitiesByProgramme.load(programme.id),
  completion: async (programme, _, { loaders }) => {
    const activities = await loaders.activitiesByProgramme.load(programme.id);
    return activities.length === 0
      ? null
      : activities.filter((activity) => activity.completedOn).length / activities.length;
  },
  monitoringBefore: (programme) => measureValues(programme.monitoringBefore),
  monitoringAfter: (programme) => measureValues(programme.monitoringAfter),
};
