import { federationClient, postGraphQL } from '@mentoring/platform/testing';
import { describe, expect, inject, it } from 'vitest';
import { gatewayBehindProxies, subgraphProxy } from './harness.js';

/**
 * What the gateway sends to the subgraphs, seen by real proxies in front of the federation's subgraphs: one
 * representation per distinct entity, and no more connections than the pool allows.
 */
const federation = federationClient();
const subgraphUrls = inject('subgraphUrls');

interface PairsPage {
  mentoringPairs: { edges: { node: { organization: { id: string; shortName: string | null } | null } }[] };
}

const PAIRS = `query ($organizationId: UUID) {
  mentoringPairs(first: 50, filter: { organizationId: $organizationId }) { edges { node { organization { id shortName } } } }
}`;

/** The school with the most pairs among the first hundred: a page of its pairs repeats one organization on each. */
async function busiestSchool(token: string): Promise<string> {
  const page = await federation.query<PairsPage>(
    '{ mentoringPairs(first: 100) { edges { node { organization { id } } } } }',
    {
      token,
    },
  );
  const counts = new Map<string, number>();
  for (const { node } of page.data!.mentoringPairs.edges)
    counts.set(node.organization!.id, (counts.get(node.organization!.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The representations of every `_entities` call the subgraph received. */
function representationsIn(bodies: unknown[]): unknown[] {
  return bodies.flatMap((body) => {
    const representations = (body as { variables?: { representations?: unknown } }).variables?.representations;
    return Array.isArray(representations) ? (representations as unknown[]) : [];
  });
}

describe('duplicate entity references', () => {
  it('reach the subgraph once each, and every place they occur gets the answer', async () => {
    const bodies: unknown[] = [];
    const gateway = await gatewayBehindProxies({ registry: subgraphProxy(subgraphUrls['registry']!, { bodies }) });
    try {
      const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
      const answer = await postGraphQL<PairsPage>(gateway.url, PAIRS, {
        headers: { authorization: `Bearer ${token}` },
        variables: { organizationId: await busiestSchool(token) },
      });
      expect(answer.errors).toBeUndefined();
      const organizations = answer.data!.mentoringPairs.edges.map(({ node }) => node.organization!);
      const distinct = new Set(organizations.map((organization) => organization.id));
      // Several pairs of one school: the plan asks for the same organization once per pair.
      expect(distinct.size).toBe(1);
      expect(organizations.length).toBeGreaterThan(1);
      const sent = representationsIn(bodies) as { __typename: string; id: string }[];
      expect(sent).toHaveLength(distinct.size);
      expect(new Set(sent.map((representation) => representation.id))).toEqual(distinct);
      const names = new Map<string, string | null>();
      for (const organization of organizations) {
        expect(organization.shortName).toEqual(expect.any(String));
        expect(names.get(organization.id) ?? organization.shortName).toBe(organization.shortName);
        names.set(organization.id, organization.shortName);
      }
    } finally {
      await gateway.close();
    }
  });

  it('carry a failing subgraph’s error to every place they occur', async () => {
    const gateway = await gatewayBehindProxies({
      registry: subgraphProxy(subgraphUrls['registry']!, { failing: () => true }),
    });
    try {
      const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
      const answer = await postGraphQL<PairsPage>(gateway.url, PAIRS, {
        headers: { authorization: `Bearer ${token}` },
        variables: { organizationId: await busiestSchool(token) },
      });
      const edges = answer.data!.mentoringPairs.edges;
      expect(edges.length).toBeGreaterThan(1);
      const paths = (answer.errors ?? [])
        .filter((error) => error.extensions?.['code'] === 'SUBGRAPH_UNAVAILABLE')
        .map((error) => error.path?.join('.'));
      expect([...paths].sort()).toEqual(
        edges.map((_edge, index) => `mentoringPairs.edges.${index}.node.organization.shortName`).sort(),
      );
      for (const { node } of edges) expect(node.organization?.shortName ?? null).toBeNull();
    } finally {
      await gateway.close();
    }
  });
});

describe('the connection pool to a subgraph', () => {
  it('opens no more connections than configured, however many requests run at once', async () => {
    const proxy = subgraphProxy(subgraphUrls['mentoring']!);
    let connections = 0;
    proxy.on('connection', () => {
      connections += 1;
    });
    const gateway = await gatewayBehindProxies(
      { mentoring: proxy },
      {
        subgraphConnections: { maxConnections: 2, keepAliveMs: 4_000 },
      },
    );
    try {
      const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
      const ask = () =>
        postGraphQL<{ mentoringPairs: { totalCount: number } }>(
          gateway.url,
          '{ mentoringPairs(first: 5) { totalCount } }',
          {
            headers: { authorization: `Bearer ${token}` },
          },
        );
      for (let round = 0; round < 3; round++) {
        const answers = await Promise.all(Array.from({ length: 20 }, ask));
        for (const answer of answers) {
          expect(answer.errors).toBeUndefined();
          expect(answer.data!.mentoringPairs.totalCount).toBeGreaterThan(0);
        }
      }
      // 60 calls over at most two kept-alive connections.
      expect(connections).toBeGreaterThan(0);
      expect(connections).toBeLessThanOrEqual(2);
    } finally {
      await gateway.close();
    }
  });
});
