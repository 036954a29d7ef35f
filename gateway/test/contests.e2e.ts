import { stableId } from '@mentoring/platform/database';
import { federationClient } from '@mentoring/platform/testing';
import { describe, expect, it } from 'vitest';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { loadPersistedOperations } from '../src/persisted-operations.js';

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

describe('a best-practice contest’s winner in the bank of practices, as a portal reads it', () => {
  it('lists the synthetic Smolensk contest’s winning proposal in the anonymous «practices» operation, with its award, and not the participant', async () => {
    const operation = [...loadPersistedOperations(PERSISTED_OPERATIONS_DIR).values()].find(
      (candidate) => candidate.name === 'practices',
    );
    expect(operation).toBeDefined();
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        variables: { regionCode: '67', year: 2026 },
        extensions: { persistedQuery: { version: 1, sha256Hash: operation!.hash } },
      }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data: {
        practices: {
          edges: { node: { title: string; awards: string[] | null; organization: { shortName: string } | null } }[];
        };
      };
    };
    expect(body.errors).toBeUndefined();
    const titles = body.data.practices.edges.map(({ node }) => node.title);
    const winner = body.data.practices.edges.find(({ node }) =>
      node.title.startsWith('Адаптация молодого педагога через совместное планирование уроков'),
    );
    expect(winner?.node.awards).toEqual([
      expect.stringMatching(/^Победитель конкурса «Конкурс лучших практик наставничества \(ДЕМО\)» 2026/),
    ]);
    expect(winner?.node.organization).not.toBeNull();
    expect(titles.some((title) => title.startsWith('Методический клуб'))).toBe(false);
  });
});
