import { stableId } from '@mentoring/platform/database';
import { federationClient } from '@mentoring/platform/testing';
import { describe, expect, it } from 'vitest';

/*
 * The «Педагогический дуэт» demo contest (synthetic) through the gateway: the region from the registry, each
 * application's pair resolved by mentoring for a regional operator, and the published results with the jury's totals.
 */
const federation = federationClient();
const DUET = stableId('contest', 'smolensk-2026-pedagogical-duet');

describe('a contest through the gateway', () => {
  it('gives the region’s operator the duet’s applications with mentoring’s pairs, totals, results and scores', async () => {
    const response = await federation.query<{
      contest: {
        title: string;
        region: { code: string };
        applications: {
          totalCount: number;
          edges: { node: { result: string; totalScore: number; pair: { status: string } | null; scores: unknown[] } }[];
        };
      };
    }>(
      `query ($id: UUID!) { contest(id: $id) { title region { code }
        applications(first: 10) { totalCount edges { node { result totalScore pair { status } scores { score } } } } } }`,
      { token: await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }), variables: { id: DUET } },
    );
    expect(response.errors).toBeUndefined();
    const { contest } = response.data!;
    expect(contest.title).toBe('Педагогический дуэт');
    expect(contest.region.code).toBe('67');
    expect(
      contest.applications.edges.map(({ node }) => [
        node.result,
        node.totalScore,
        node.pair?.status,
        node.scores.length,
      ]),
    ).toEqual([
      ['WINNER', 28, 'ACTIVE', 3],
      ['PRIZE_WINNER', 24, 'ACTIVE', 3],
      ['PARTICIPANT', 19, 'ACTIVE', 3],
    ]);
  });
});
