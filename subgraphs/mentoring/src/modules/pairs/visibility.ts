import type { Context } from '../../context.js';
import type { MentoringPair } from './pair.entity.js';

/** A pair outside the viewer's territory is answered as if it did not exist. */
export async function visiblePair(id: string, loaders: Context['loaders']): Promise<MentoringPair | null> {
  const pair = await loaders.pairById.load(id);
  return pair && (await loaders.organizationInScope.load(pair.organizationId)) ? pair : null;
}

export async function inScopeOnly(pairs: MentoringPair[], loaders: Context['loaders']): Promise<MentoringPair[]> {
  const inside = await loaders.organizationInScope.loadMany(pairs.map((pair) => pair.organizationId));
  return pairs.filter((_, index) => inside[index] === true);
}
