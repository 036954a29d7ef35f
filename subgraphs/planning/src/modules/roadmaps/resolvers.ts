import { findConnection, optionalSourceView, referenceTo, todayIso } from '@mentoring/platform';
import { wrap, type FilterQuery } from '@mikro-orm/core';
import type {
  MunicipalityResolvers,
  QueryResolvers,
  RegionResolvers,
  RoadmapFilter,
  RoadmapItemCompletion as RoadmapItemCompletionView,
  RoadmapItemResolvers,
  RoadmapResolvers,
} from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import type { RoadmapItemCompletion } from './completion.entity.js';
import type { RoadmapItem } from './roadmap-item.entity.js';
import { RoadmapSchema, type Roadmap } from './roadmap.entity.js';
import { deriveStatus } from './status.js';

function roadmapsWhere(filter: RoadmapFilter | null | undefined): FilterQuery<Roadmap> {
  const conditions: FilterQuery<Roadmap>[] = [];
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.year !== undefined && filter.year !== null) {
    conditions.push({ startYear: { $lte: filter.year }, endYear: { $gte: filter.year } });
  }
  return { $and: conditions };
}

export const roadmapQueries: Pick<QueryResolvers, 'roadmap' | 'roadmaps'> = {
  roadmap: (_, { id }, { loaders }) => loaders.roadmapById.load(id),
  roadmaps: (_, { filter, ...page }, { em }) =>
    findConnection(em, RoadmapSchema, roadmapsWhere(filter), page, { startYear: 'asc', title: 'asc', id: 'asc' }),
};

export const RoadmapType: RoadmapResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.roadmapById.load(ref.id),
  region: (roadmap) => referenceTo(roadmap.regionId),
  municipality: (roadmap) => referenceTo(roadmap.municipalityId),
  organization: (roadmap) => referenceTo(roadmap.organizationId),
  source: optionalSourceView,
  items: (roadmap, _, { loaders }) => loaders.itemsByRoadmap.load(roadmap.id),
};

/** The item's roadmap: already in the request's identity map when the item was reached through it, else one batched load. */
async function roadmapOf(item: RoadmapItem, { loaders }: Context): Promise<Roadmap> {
  if (wrap(item.roadmap).isInitialized()) return item.roadmap;
  const roadmap = await loaders.roadmapById.load(item.roadmap.id);
  if (!roadmap) throw new Error(`roadmap ${item.roadmap.id} of item ${item.id} is missing`);
  return roadmap;
}

/** Who recorded a completion is a login of the region's identity provider: only for those who may record on that roadmap. */
const completionView = (completion: RoadmapItemCompletion, showRecorder: boolean): RoadmapItemCompletionView => ({
  completedOn: completion.completedOn,
  evidence: completion.evidence ?? null,
  evidenceUrl: completion.evidenceUrl ?? null,
  recordedBy: showRecorder ? completion.recordedBy : null,
  recordedByRole: completion.recordedByRole,
  recordedAt: completion.recordedAt.toISOString(),
});

export const RoadmapItemType: RoadmapItemResolvers = {
  status: async (item, _, context) => {
    const [completion, roadmap] = await Promise.all([context.loaders.completionByItem.load(item.id), roadmapOf(item, context)]);
    return deriveStatus(
      { dueDate: item.dueDate ?? null, startYear: roadmap.startYear, endYear: roadmap.endYear, completed: completion !== null },
      todayIso(),
    );
  },
  completion: async (item, _, context) => {
    const completion = await context.loaders.completionByItem.load(item.id);
    if (!completion) return null;
    return completionView(completion, await context.loaders.mayRecordOn.load(await roadmapOf(item, context)));
  },
  source: optionalSourceView,
};

export const RegionType: RegionResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  roadmaps: (region, _, { loaders }) => loaders.roadmapsByRegion.load(region.id),
};

export const MunicipalityType: MunicipalityResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  roadmaps: (municipality, _, { loaders }) => loaders.roadmapsByMunicipality.load(municipality.id),
};
