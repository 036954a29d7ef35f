import { inScope } from '@mentoring/platform/auth';
import type { Context } from '../../context.js';
import type { MentoringPair } from './pair.entity.js';

/** A pair outside the viewer's territory is answered as if it did not exist. */
export async function visiblePair(id: string, loaders: Context['loaders']): Promise<MentoringPair | null> {
  const pair = await loaders.pairById.load(id);
  return pair && inScope(await loaders.organizationScope(), pair.organizationId) ? pair : null;
}

export async function inScopeOnly(pairs: MentoringPair[], loaders: Context['loaders']): Promise<MentoringPair[]> {
  const scope = await loaders.organizationScope();
  return pairs.filter((pair) => inScope(scope, pair.organizationId));
}
