import { optionalSourceView } from '@mentoring/sources';
import { present } from '@mentoring/platform/graphql';
import { todayIso } from '@mentoring/platform/validation';
import type { RoadmapItemResolvers } from '../../../__generated__/types.generated.js';
import type { Context } from '../../../context.js';
import { completionView } from '../completion-view.js';
import type { RoadmapItem as RoadmapItemEntity } from '../roadmap-item.entity.js';
import { roadmapOf } from '../roadmap-of-item.js';
import { scheduleFacts } from '../schedule-facts.js';
import { allOccurrences, nextDueDate } from '../schedule.js';
import { deriveStatus } from '../status.js';

const factsOf = async (item: RoadmapItemEntity, context: Context) =>
  scheduleFacts(item, await roadmapOf(item, context));

const completionViews = async (item: RoadmapItemEntity, context: Context) => {
  const [completions, roadmap] = await Promise.all([
    context.loaders.completionsByItem.load(item.id),
    roadmapOf(item, context),
  ]);
  if (completions.length === 0) return [];
  const showRecorder = await context.loaders.mayRecordOn.load(roadmap);
  return completions.map((completion) => completionView(completion, showRecorder));
};

export const RoadmapItem: Pick<
  RoadmapItemResolvers,
  | 'activity'
  | 'completion'
  | 'completions'
  | 'dataOrigin'
  | 'dueDate'
  | 'expectedResult'
  | 'id'
  | 'implementedBy'
  | 'implements'
  | 'nextDueDate'
  | 'number'
  | 'occurrences'
  | 'periodEnd'
  | 'periodStart'
  | 'recurrence'
  | 'responsible'
  | 'responsibleOrganizations'
  | 'responsiblePeople'
  | 'roadmap'
  | 'schedule'
  | 'section'
  | 'source'
  | 'status'
  | 'version'
> = {
  status: async (item, _, context) => {
    const [completions, facts] = await Promise.all([
      context.loaders.completionsByItem.load(item.id),
      factsOf(item, context),
    ]);
    return deriveStatus(
      { ...facts, completed: new Set(completions.map((completion) => completion.occurrenceOn ?? null)) },
      todayIso(),
    );
  },
  completion: async (item, _, context) => (await completionViews(item, context)).at(-1) ?? null,
  completions: (item, _, context) => completionViews(item, context),
  occurrences: async (item, _, context) => allOccurrences(await factsOf(item, context)),
  nextDueDate: async (item, _, context) => nextDueDate(await factsOf(item, context), todayIso()),
  responsibleOrganizations: (item) => item.responsibleOrganizationIds.map((id) => ({ id })),
  // The platform applies the one person rule to every Person field: a person the viewer may not see is null.
  responsiblePeople: (item) => item.responsiblePersonIds.map((id) => ({ id })),
  roadmap: (item, _, context) => roadmapOf(item, context),
  implements: async (item, _, { loaders }) =>
    item.implementsItem
      ? present(await loaders.roadmapItemById.load(item.implementsItem.id), `item implemented by ${item.id}`)
      : null,
  implementedBy: (item, _, { loaders }) => loaders.itemsImplementing.load(item.id),
  // The entity keeps the document's code; GraphQL's Source names the document by its printed title.
  source: optionalSourceView,
};
