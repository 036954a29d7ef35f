import { federationClient, postGraphQL } from '@mentoring/platform/testing';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { operationHash } from '../src/persisted-operations.js';
import { readmeFirstQuery } from './readme-query.js';

const federation = federationClient();
const gatewayUrl = federation.gatewayUrl;
let operator: string;
beforeAll(async () => {
  operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
});

interface RegionOverview {
  region: {
    name: string;
    municipalities: { totalCount: number; edges: { node: { name: string; oktmo: string } }[] };
    organizations: {
      totalCount: number;
      edges: {
        node: { shortName: string; municipality: { name: string }; activeMentoringPairCount: number | null };
      }[];
    };
    roadmaps: {
      title: string;
      approvedBy: string;
      items: { number: number; activity: string; schedule: string; status: string }[];
    }[];
    indicatorTargets: { indicator: { name: string; unit: string }; value: number | null; note: string | null }[];
  };
}

/**
 * The README's schools counted another way: the operator lists the same
 * first three schools and each one's pairs in status ACTIVE, one by one.
 */
async function activePairsOfFirstSmolenskSchools(): Promise<number[]> {
  const schools = await federation.query<{ region: { organizations: { edges: { node: { id: string } }[] } } }>(
    '{ region(code: "67") { organizations(first: 3, filter: { kind: GENERAL_EDUCATION }) { edges { node { id } } } } }',
    { token: operator },
  );
  return Promise.all(
    schools.data!.region.organizations.edges.map(async ({ node }) => {
      const pairs = await federation.query<{ mentoringPairs: { edges: { node: { status: string } }[] } }>(
        'query ($id: UUID!) { mentoringPairs(filter: { organizationId: $id, status: ACTIVE }, first: 100) { edges { node { status } } } }',
        { token: operator, variables: { id: node.id } },
      );
      expect(pairs.errors).toBeUndefined();
      return pairs.data!.mentoringPairs.edges.filter((edge) => edge.node.status === 'ACTIVE').length;
    }),
  );
}

describe('the README query through the gateway', () => {
  it('returns Smolensk data from all four subgraphs, without a token (it is a registered operation), each school counting its ACTIVE pairs as statistics would show them: 1–4 hidden, the rest rounded to base 5; exactly for the region’s operator', async () => {
    const response = await postGraphQL<RegionOverview>(gatewayUrl, readmeFirstQuery());
    expect(response.errors).toBeUndefined();
    const region = response.data!.region;
    expect(region.name).toBe('Смоленская область');
    expect(region.municipalities.totalCount).toBe(27);
    expect(region.organizations.edges).toHaveLength(3);
    const exact = await activePairsOfFirstSmolenskSchools();
    expect(exact.some((count) => count > 0)).toBe(true);
    expect(region.organizations.edges.map((edge) => edge.node.activeMentoringPairCount)).toEqual(
      exact.map((count) => (count >= 1 && count <= 4 ? null : Math.round(count / 5) * 5)),
    );
    const operators = await postGraphQL<RegionOverview>(gatewayUrl, readmeFirstQuery(), {
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(operators.errors).toBeUndefined();
    expect(operators.data!.region.organizations.edges.map((edge) => edge.node.activeMentoringPairCount)).toEqual(exact);
    expect(region.roadmaps[0]?.approvedBy).toBe(
      'Приказ Департамента Смоленской области по образованию и науке от 08.11.2022 №933-Од "Об утверждении плана мероприятий ("дорожной карты") по внедрению и развитию системы наставничества педагогических работников образовательных организаций Смоленской области на 2022-2024 годы"',
    );
    expect(region.roadmaps[0]?.items).toHaveLength(5);
    expect(region.indicatorTargets).toContainEqual(
      expect.objectContaining({ value: 70, note: 'не менее 70% к 2024 году' }),
    );
  });

  it('counts the nine «500+» менторские пары руководителей (project pairs, seed 002) across Smolensk schools', async () => {
    const response = await federation.query<{
      mentoringPairs: {
        totalCount: number;
        edges: { node: { organization: { municipality: { region: { code: string } } } } }[];
      };
    }>(
      '{ mentoringPairs(filter: { project: PROJECT_500_PLUS }, first: 20) { totalCount edges { node { organization { municipality { region { code } } } } } } }',
      { token: operator },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.mentoringPairs.totalCount).toBe(9);
    expect(
      new Set(response.data?.mentoringPairs.edges.map((edge) => edge.node.organization.municipality.region.code)),
    ).toEqual(new Set(['67']));
  });

  it("shows a portal St Petersburg's 2021–2022 table as the seed prints it: 24 rows with their sources, none DONE without a completion record", async () => {
    const response = await postGraphQL<{
      region: {
        roadmaps: {
          title: string;
          approvedBy: string | null;
          dataOrigin: string;
          items: {
            status: string;
            completion: unknown;
            dataOrigin: string;
            source: { document: string; quote: string };
          }[];
        }[];
      };
    }>(gatewayUrl, readFileSync(join(PERSISTED_OPERATIONS_DIR, 'region-roadmaps.graphql'), 'utf8'), {
      variables: { regionCode: '78' },
    });
    expect(response.errors).toBeUndefined();
    const [roadmap] = response.data!.region.roadmaps;
    expect(roadmap).toMatchObject({ title: 'ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД', approvedBy: null, dataOrigin: 'SEED' });
    expect(roadmap!.items).toHaveLength(24);
    expect(
      roadmap!.items.every(
        (item) => item.dataOrigin === 'SEED' && item.source.document.includes('СПб АППО') && item.completion === null,
      ),
    ).toBe(true);
    expect(roadmap!.items.filter((item) => item.status === 'DONE')).toEqual([]);
  });

  it('joins Знаменский район with its municipal roadmap and its 100% target for 2022', async () => {
    const response = await federation.query<{
      municipality: { name: string; roadmaps: { items: unknown[] }[]; indicatorTargets: { value: number }[] };
    }>(
      '{ municipality(oktmo: "54618000") { name roadmaps { items { number } } indicatorTargets(year: 2022) { value } } }',
      {
        token: await federation.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '57', municipalityOktmo: '54618000' }),
      },
    );
    expect(response.data?.municipality).toEqual({
      name: 'Знаменский район',
      roadmaps: [{ items: [1, 2, 3, 4, 5].map((number) => ({ number })) }],
      indicatorTargets: [{ value: 100 }],
    });
  });
});

describe('the gateway as a client sees it', () => {
  it('passes a subgraph’s BAD_USER_INPUT with its message and nothing else', async () => {
    const response = await federation.query('{ organizations(first: 500) { totalCount } }', { token: operator });
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(response.errors?.[0]?.message).toMatch(/first must be between 1 and 100/);
  });

  it('refuses an operation whose estimated cost exceeds the role’s budget before planning it', async () => {
    const nested =
      '{ organizations(first: 100) { edges { node { municipality { organizations(first: 100) { edges { node { municipality { organizations(first: 100) { totalCount } } } } } } } } } }';
    const response = await federation.query(nested, { token: operator });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost', max: 50_000 });
  });

  it('rejects an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await federation.query('{ region(code: "67") { password } }', { token: operator });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a request body over the limit', async () => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }${' '.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('reports health', async () => {
    const response = await fetch(new URL('/health', gatewayUrl));
    expect(await response.json()).toEqual({ status: 'ok', service: 'gateway' });
  });
});

describe('subgraphs behind the gateway', () => {
  it.each(Object.entries(inject('subgraphUrls')))('%s refuses a client that calls it directly', async (_name, url) => {
    const response = await postGraphQL(url, '{ _service { sdl } }');
    expect(response.status).toBe(403);
  });
});

describe('registered operations', () => {
  it('keeps the README query registered, so anonymous dashboards can run it by hash', async () => {
    const registered = readFileSync(join(PERSISTED_OPERATIONS_DIR, 'region-overview.graphql'), 'utf8');
    expect(operationHash(parse(registered))).toBe(operationHash(parse(readmeFirstQuery())));
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(parse(registered)) } },
      }),
    });
    const body = (await response.json()) as { data?: { region: { name: string } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.region.name).toBe('Смоленская область');
  });
});

describe('personal data through the gateway', () => {
  it('logs a coordinator’s read with the client operation’s hash, for the region’s operator to see', async () => {
    const coordinator = await federation.tokenFor(
      'MUNICIPAL_COORDINATOR',
      { regionCode: '57', municipalityOktmo: '54618000' },
      'pekhtereva',
    );
    const query = '{ people(filter: { municipalityOktmo: "54618000" }, first: 1) { edges { node { id fullName } } } }';
    const read = await federation.query<{ people: { edges: { node: { id: string; fullName: string } }[] } }>(query, {
      token: coordinator,
    });
    expect(read.errors).toBeUndefined();
    const person = read.data!.people.edges[0]!.node;
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    const log = await federation.query<{
      personalDataReads: { edges: { node: { viewerSubject: string; operationHash: string; fields: string[] } }[] };
    }>(
      `{ personalDataReads(filter: { subjectId: "${person.id}" }) { edges { node { viewerSubject operationHash fields } } } }`,
      { token: operator },
    );
    expect(log.data?.personalDataReads.edges[0]?.node).toEqual({
      viewerSubject: 'pekhtereva',
      operationHash: operationHash(parse(query)),
      fields: ['Person.fullName'],
    });
  });

  it('keeps other regions’ operators out of the log of people they do not cover', async () => {
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    const log = await federation.query<{ personalDataReads: { edges: { node: { viewerSubject: string } }[] } }>(
      '{ personalDataReads { edges { node { viewerSubject } } } }',
      { token: operator },
    );
    expect(log.data?.personalDataReads.edges.map((edge) => edge.node.viewerSubject)).not.toContain('pekhtereva');
  });
});
