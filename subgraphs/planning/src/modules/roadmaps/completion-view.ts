import type { RoadmapItemCompletion as RoadmapItemCompletionView } from '../../__generated__/types.generated.js';
import type { RoadmapItemCompletion } from './completion.entity.js';

/** Who recorded a completion is a login of the region's identity provider: only for those who may record on that roadmap. */
export const completionView = (
  completion: RoadmapItemCompletion,
  showRecorder: boolean,
): RoadmapItemCompletionView => ({
  occurrenceOn: completion.occurrenceOn ?? null,
  completedOn: completion.completedOn,
  evidence: completion.evidence ?? null,
  evidenceUrl: completion.evidenceUrl ?? null,
  recordedBy: showRecorder ? completion.recordedBy : null,
  recordedByRole: completion.recordedByRole,
  recordedAt: completion.recordedAt.toISOString(),
});
