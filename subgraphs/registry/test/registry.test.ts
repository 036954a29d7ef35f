import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { DEMO_ORGANIZATIONS, municipalityIdOf, organizationIdOf, regionIdOf } from '../src/demo/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

describe('registry entities as the gateway resolves them', () => {
  it('resolves a Region by id and by code', async () => {
    const response = await registry.entities(
      [
        { __typename: 'Region', id: regionIdOf('78') },
        { __typename: 'Region', code: '67' },
      ],
      '... on Region { code name }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([
      { code: '78', name: 'Санкт-Петербург' },
      { code: '67', name: 'Смоленская область' },
    ]);
  });

  it('resolves a Municipality by id and by ОКТМО with its region', async () => {
    const response = await registry.entities(
      [
        { __typename: 'Municipality', id: municipalityIdOf('54618000') },
        { __typename: 'Municipality', oktmo: '66701000' },
      ],
      '... on Municipality { name kind region { code } }',
    );
    expect(response.data?._entities).toEqual([
      { name: 'Знаменский район', kind: 'MUNICIPAL_DISTRICT', region: { code: '57' } },
      { name: 'город Смоленск', kind: 'URBAN_OKRUG', region: { code: '67' } },
    ]);
  });

  it('resolves an Organization by id and by ИНН', async () => {
    const [first, second] = DEMO_ORGANIZATIONS;
    const response = await registry.entities(
      [
        { __typename: 'Organization', id: organizationIdOf(first!.inn) },
        { __typename: 'Organization', inn: second!.inn },
      ],
      '... on Organization { inn shortName }',
    );
    expect(response.data?._entities).toEqual([
      { inn: first!.inn, shortName: first!.shortName },
      { inn: second!.inn, shortName: second!.shortName },
    ]);
  });

  it('answers null for a reference that does not exist', async () => {
    const response = await registry.entities([{ __typename: 'Region', code: '99' }], '... on Region { name }');
    expect(response.data?._entities).toEqual([null]);
  });

  it('resolves N organization references with one SQL statement', async () => {
    const representations = DEMO_ORGANIZATIONS.slice(0, 40).map((organization) => ({
      __typename: 'Organization',
      id: organizationIdOf(organization.inn),
    }));
    const statements = await registry.sql.during(async () => {
      const response = await registry.entities(representations, '... on Organization { id inn }');
      expect(response.data?._entities).toHaveLength(40);
    });
    expect(statements).toHaveLength(1);
  });

  it('loads the municipalities of N organizations with one more statement, not N', async () => {
    const representations = DEMO_ORGANIZATIONS.slice(0, 30).map((organization) => ({
      __typename: 'Organization',
      inn: organization.inn,
    }));
    const statements = await registry.sql.during(() =>
      registry.entities(representations, '... on Organization { municipality { oktmo region { code } } }'),
    );
    expect(statements).toHaveLength(3);
  });
});

describe('registry queries', () => {
  it('finds a region by code with its 27 Smolensk municipalities', async () => {
    const response = await registry.query<{ region: { name: string; municipalities: { totalCount: number } } }>(
      '{ region(code: "67") { name municipalities(first: 5) { totalCount } } }',
    );
    expect(response.data?.region).toEqual({ name: 'Смоленская область', municipalities: { totalCount: 27 } });
  });

  it('answers a page that does not hold the whole list, and its totalCount, in one statement', async () => {
    type Page = {
      region: {
        municipalities: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
          edges: { node: { oktmo: string } }[];
        };
      };
    };
    const page = (after: string | null) =>
      registry.query<Page>(
        `query ($after: String) { region(code: "67") { municipalities(first: 10, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { oktmo } } } } }`,
        { after },
      );
    const seen: string[] = [];
    let after: string | null = null;
    for (const expected of [
      { size: 10, hasNextPage: true, hasPreviousPage: false },
      { size: 10, hasNextPage: true, hasPreviousPage: true },
      { size: 7, hasNextPage: false, hasPreviousPage: true },
    ]) {
      let response: Awaited<ReturnType<typeof page>> | undefined;
      const statements = await registry.sql.during(async () => {
        response = await page(after);
      });
      const municipalities = response?.data?.region.municipalities;
      // The region, then the page that carries the count of the whole list.
      expect(statements).toHaveLength(2);
      expect(statements[1]).toMatch(/count\(\*\).*from "registry"\."municipality"/s);
      expect(municipalities?.totalCount).toBe(27);
      expect(municipalities?.edges).toHaveLength(expected.size);
      expect(municipalities?.pageInfo).toMatchObject({
        hasNextPage: expected.hasNextPage,
        hasPreviousPage: expected.hasPreviousPage,
      });
      seen.push(...(municipalities?.edges.map((edge) => edge.node.oktmo) ?? []));
      after = municipalities?.pageInfo.endCursor ?? null;
    }
    expect(new Set(seen).size).toBe(27);
  });

  it('filters organizations by kind, tag and a case-insensitive part of the name', async () => {
    const response = await registry.query<{
      organizations: { totalCount: number; edges: { node: { shortName: string } }[] };
    }>(
      '{ organizations(filter: { regionCode: "67", kind: METHODICAL_CENTER, nameContains: "соиро" }) { totalCount edges { node { shortName } } } }',
    );
    expect(response.data?.organizations.edges.map((edge) => edge.node.shortName)).toEqual(['ГАУ ДПО СОИРО (ЦНППМ)']);
    const tagged = await registry.query<{ organizations: { totalCount: number } }>(
      '{ organizations(filter: { tag: "500+" }) { totalCount } }',
    );
    expect(tagged.data?.organizations.totalCount).toBe(
      DEMO_ORGANIZATIONS.filter((o) => o.tags.includes('500+')).length,
    );
  });

  it('walks all pages of a connection without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const response: Awaited<
        ReturnType<
          typeof registry.query<{
            municipalities: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: { oktmo: string } }[];
            };
          }>
        >
      > = await registry.query(
        'query ($after: String) { municipalities(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { oktmo } } } }',
        { after },
      );
      const page = response.data!.municipalities;
      total = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.oktmo));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});

describe('registry rejects bad input with a clear error', () => {
  it('needs exactly one of code and id', async () => {
    const response = await registry.query(
      '{ region(code: "67", id: "00000000-0000-4000-8000-000000000000") { name } }',
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/exactly one/);
  });

  it('refuses a page larger than the maximum', async () => {
    const response = await registry.query('{ organizations(first: 101) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await registry.query('{ organizations(after: "not-a-cursor") { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
