import { readSubgraphList, SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.js';
import { describeRefusals } from '../src/federating-in/policy.js';

describe('the checked-in supergraph', () => {
  it('composes from the subgraph SDL files under the federation policy, every registered operation validating', async () => {
    const result = await composeSupergraph();
    expect(result.ok ? [] : result.refusals).toEqual([]);
  });

  it('is current: `npm run compose` would write the same file', async () => {
    const result = await composeSupergraph();
    if (!result.ok) throw new Error(describeRefusals(result.refusals));
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8'), 'schema/supergraph.graphql is stale: run npm run compose').toBe(
      result.supergraphSdl,
    );
  });

  it('names every configured subgraph', () => {
    const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
    for (const entry of readSubgraphList()) expect(supergraph).toContain(`@join__graph(name: "${entry.name}"`);
  });
});
