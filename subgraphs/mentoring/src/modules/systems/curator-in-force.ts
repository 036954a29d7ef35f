import type { MentoringLoaders } from '../../loaders.js';

/** The stored curator, only while their SCHOOL_CURATOR appointment is in force in the registry: the two never disagree. */
export async function curatorInForce(
  system: { organizationId: string; curatorPersonId?: string | null },
  loaders: MentoringLoaders,
): Promise<string | null> {
  if (!system.curatorPersonId) return null;
  return (await loaders.curatorInForce.load(`${system.organizationId}:${system.curatorPersonId}`))
    ? system.curatorPersonId
    : null;
}
