import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentoringSubgraph } from '../src/subgraph.js';

/*
 * Active pair counts are counts of people (each pair has a наставник): outside the viewer's working territory they are
 * shown as statistics show PAIRS — null for 1–4, rounded to base 5 otherwise — and exactly within it. The expected
 * counts are worked out here in SQL on the tables and the registry's published view.
 */
let mentoring: TestSubgraph;
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
});
afterAll(() => mentoring?.close());

type Level = 'Organization' | 'Municipality' | 'Region';
const COLUMN: Record<Level, string> = {
  Organization: 'organization_id',
  Municipality: 'municipality_id',
  Region: 'region_id',
};

/** Active pairs per territory of region 67 at one level, with where it lies: territory id → count. */
async function counted(level: Level) {
  const rows = await mentoring.orm.em.fork().execute<{ id: string; oktmo: string | null; count: string }[]>(
    `select t.${COLUMN[level]} as id, min(t.municipality_oktmo) as oktmo, count(p.id) as count
     from registry_pub.organization_territory t
     left join mentoring.mentoring_pair p on p.organization_id = t.organization_id and p.status = 'ACTIVE'
     where t.region_code = '67' group by 1`,
  );
  return rows.map((row) => ({ id: row.id, oktmo: row.oktmo, count: Number(row.count) }));
}

/** What a viewer outside the territory is shown, worked out apart from the subgraph: null for 1–4, else base 5. */
const outside = (count: number) => (count >= 1 && count <= 4 ? null : Math.round(count / 5) * 5);

async function shown(level: Level, ids: string[], token?: string) {
  const response = await mentoring.entities<{ activeMentoringPairCount: number | null }>(
    ids.map((id) => ({ __typename: level, id })),
    `... on ${level} { activeMentoringPairCount }`,
    token,
  );
  expect(response.errors).toBeUndefined();
  return new Map(ids.map((id, index) => [id, response.data!._entities[index]!.activeMentoringPairCount]));
}

describe('active pair counts: small counts of people are hidden outside the territory, as in statistics', () => {
  it('shows anonymous viewers, analysts and other regions null for 1–4 active pairs of an organization, else a multiple of 5 or 0', async () => {
    const organizations = await counted('Organization');
    expect(organizations.some((organization) => organization.count >= 1 && organization.count <= 4)).toBe(true);
    expect(organizations.some((organization) => organization.count === 0)).toBe(true);
    const ids = organizations.map((organization) => organization.id);
    const viewers = [
      undefined,
      await mentoring.tokenFor('ANALYST'),
      await mentoring.tokenFor('ANALYST', { regionCode: '67' }),
      await mentoring.tokenFor('EXTERNAL_SYSTEM', { regionCode: '67' }),
      await mentoring.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' }),
    ];
    for (const token of viewers) {
      const counts = await shown('Organization', ids, token);
      for (const organization of organizations) {
        const count = counts.get(organization.id);
        expect(count).toBe(outside(organization.count));
        if (count !== null) expect(count! % 5).toBe(0);
      }
    }
  });

  it('shows the region’s operator every count exactly, and a municipal coordinator their own municipality’s', async () => {
    const operator = await mentoring.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    for (const level of ['Organization', 'Municipality', 'Region'] as const) {
      const territories = await counted(level);
      const counts = await shown(
        level,
        territories.map((territory) => territory.id),
        operator,
      );
      expect(new Map(territories.map((territory) => [territory.id, territory.count]))).toEqual(counts);
    }
    const organizations = await counted('Organization');
    const small = organizations.find((organization) => organization.count >= 1 && organization.count <= 4)!;
    const coordinator = await mentoring.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '67',
      municipalityOktmo: small.oktmo!,
    });
    const counts = await shown(
      'Organization',
      organizations.map((organization) => organization.id),
      coordinator,
    );
    for (const organization of organizations)
      expect(counts.get(organization.id)).toBe(
        organization.oktmo === small.oktmo ? organization.count : outside(organization.count),
      );
  });

  it('hides or rounds municipalities’ and the region’s counts for viewers outside them', async () => {
    const analyst = await mentoring.tokenFor('ANALYST');
    for (const level of ['Municipality', 'Region'] as const) {
      const territories = await counted(level);
      for (const token of [undefined, analyst]) {
        const counts = await shown(
          level,
          territories.map((territory) => territory.id),
          token,
        );
        for (const territory of territories) expect(counts.get(territory.id)).toBe(outside(territory.count));
      }
    }
    const region = (await counted('Region'))[0]!;
    expect(region.count).toBeGreaterThan(4);
  });

  it('counts N territories of each level with one statement', async () => {
    for (const level of ['Organization', 'Municipality', 'Region'] as const) {
      const ids = (await counted(level)).map((territory) => territory.id);
      const statements = await mentoring.sql.during(() => shown(level, ids));
      expect(statements).toHaveLength(1);
    }
  });
});
