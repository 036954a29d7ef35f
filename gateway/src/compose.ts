import {
  effectiveSubgraphUrl,
  readSubgraphList,
  readSubgraphSdl,
  type SubgraphEntry,
} from '@mentoring/platform/config';
import { PERSISTED_OPERATIONS_DIR } from './config.js';
import { checkFederation, type FederationCheck, type FederationMember } from './federating-in/federation-check.js';

/** The subgraphs of a list with their SDL, as composition and the policy read them. */
export function membersOf(entries: SubgraphEntry[]): FederationMember[] {
  return entries.map((entry) => ({
    name: entry.name,
    url: effectiveSubgraphUrl(entry),
    sdl: readSubgraphSdl(entry),
    ours: entry.ours,
  }));
}

/**
 * Composes the supergraph from the SDL listed in schema/subgraphs.json, under the same rules as a subgraph that joins
 * by `npm run federate`: the policy for every subgraph that is not ours, and every registered operation validating.
 */
export function composeSupergraph(
  entries: SubgraphEntry[] = readSubgraphList(),
  operationsDir = PERSISTED_OPERATIONS_DIR,
): Promise<FederationCheck> {
  return checkFederation({ next: membersOf(entries), operationsDir });
}
