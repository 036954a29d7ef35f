import { optionalSourceView } from '@mentoring/sources';
import { todayIso } from '@mentoring/platform/validation';
import type { RoadmapItemResolvers } from '../../../__generated__/types.generated.js';
import { completionView } from '../completion-view.js';
import { roadmapOf } from '../roadmap-of-item.js';
import { deriveStatus } from '../status.js';

export const RoadmapItem: Pick<
  RoadmapItemResolvers,
  | 'activity'
  | 'completion'
  | 'dataOrigin'
  | 'dueDate'
  | 'expectedResult'
  | 'id'
  | 'number'
  | 'responsible'
  | 'schedule'
  | 'source'
  | 'status'
> = {
  status: async (item, _, context) => {
    const [completion, roadmap] = await Promise.all([
      context.loaders.completionByItem.load(item.id),
      roadmapOf(item, context),
    ]);
    return deriveStatus(
      {
        dueDate: item.dueDate ?? null,
        startYear: roadmap.startYear,
        endYear: roadmap.endYear,
        completed: completion !== null,
      },
      todayIso(),
    );
  },
  completion: async (item, _, context) => {
    const completion = await context.loaders.completionByItem.load(item.id);
    if (!completion) return null;
    return completionView(completion, await context.loaders.mayRecordOn.load(await roadmapOf(item, context)));
  },
  // The entity keeps the document's code; GraphQL's Source names the document by its printed title.
  source: optionalSourceView,
};
