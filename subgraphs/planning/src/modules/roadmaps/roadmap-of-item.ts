import { wrap } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import type { RoadmapItem } from './roadmap-item.entity.js';
import type { Roadmap } from './roadmap.entity.js';

/** The item's roadmap: already in the request's identity map when the item was reached through it, else one batched load. */
export async function roadmapOf(item: RoadmapItem, { loaders }: Context): Promise<Roadmap> {
  if (wrap(item.roadmap).isInitialized()) return item.roadmap;
  const roadmap = await loaders.roadmapById.load(item.roadmap.id);
  if (!roadmap) throw new Error(`roadmap ${item.roadmap.id} of item ${item.id} is missing`);
  return roadmap;
}
