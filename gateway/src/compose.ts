import { composeServices } from '@apollo/composition';
import { readSubgraphList, readSubgraphSdl, type SubgraphEntry } from '@mentoring/platform/config';
import { parse } from 'graphql';

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes the supergraph from the SDL listed in schema/subgraphs.json. */
export function composeSupergraph(entries: SubgraphEntry[] = readSubgraphList()): CompositionResult {
  const result = composeServices(
    entries.map((entry) => ({
      name: entry.name,
      url: entry.url,
      typeDefs: parse(readSubgraphSdl(entry)),
    })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((error) => error.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}
