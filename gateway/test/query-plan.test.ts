import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode, type QueryPlan, type SubscriptionNode } from '@apollo/query-planner';
import { SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeFirstQuery } from './readme-query.js';

function fetchesOf(node: PlanNode | SubscriptionNode | undefined): string[] {
  if (!node) return [];
  switch (node.kind) {
    case 'Fetch':
      return [node.serviceName];
    case 'Flatten':
      return fetchesOf(node.node);
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap(fetchesOf);
    default:
      return [];
  }
}

function planFor(query: string): QueryPlan {
  const supergraph = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const operation = operationFromDocument(supergraph.schema, parse(query));
  return new QueryPlanner(supergraph).buildQueryPlan(operation);
}

describe('query plans over the supergraph', () => {
  it('plans the README query across all four subgraphs with one fetch each', () => {
    const fetches = fetchesOf(planFor(readmeFirstQuery()).node);
    expect([...fetches].sort()).toEqual(['analytics', 'mentoring', 'planning', 'registry']);
  });

  it('fetches the mentoring counts of a whole page of organizations in one call', () => {
    const fetches = fetchesOf(
      planFor(
        '{ organizations(first: 50) { edges { node { name activeMentoringPairCount municipality { roadmaps { title } } } } } }',
      ).node,
    );
    expect(fetches[0]).toBe('registry');
    expect([...fetches].sort()).toEqual(['mentoring', 'planning', 'registry']);
  });
});

describe('a page of mentoring pairs with people and organizations', () => {
  it('is planned as one mentoring fetch and one batched registry fetch per entity path, whatever the page size', () => {
    const query = (size: number) => `{ mentoringPairs(first: ${size}) { edges { node {
      mentor { fullName } organization { shortName }
      mentees { person { fullName } organization { shortName } }
    } } } }`;
    const [small, large] = [10, 50].map((size) => fetchesOf(planFor(query(size)).node));
    // mentor, organization, mentees' people and mentees' organizations: four paths, each one _entities call for the whole page.
    expect(small).toEqual(['mentoring', 'registry', 'registry', 'registry', 'registry']);
    expect(large).toEqual(small);
  });
});
