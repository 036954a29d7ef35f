import { type Role, type TerritoryScope } from '@mentoring/platform/auth';
import { stableId } from '@mentoring/platform/database';
import { DEMO_MUNICIPALITIES, DEMO_ORGANIZATIONS, organizationIdOf } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairSeeds } from '../src/demo-data.js';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
});
afterAll(() => mentoring?.close());

const territoryOf = (inn: string) => {
  const organization = DEMO_ORGANIZATIONS.find((candidate) => candidate.inn === inn)!;
  const municipality = DEMO_MUNICIPALITIES.find((candidate) => candidate.oktmo === organization.municipalityOktmo)!;
  return { oktmo: municipality.oktmo, regionCode: municipality.regionCode };
};
const pairsWhere = (keep: (inn: string) => boolean) => pairSeeds().filter((pair) => keep(pair.inn));
const pairId = (key: string) => stableId('mentoring-pair', key);

const smolenskSchool = pairsWhere((inn) => territoryOf(inn).regionCode === '67')[0]!;
const otherSmolenskSchool = pairsWhere(
  (inn) => territoryOf(inn).regionCode === '67' && territoryOf(inn).oktmo !== territoryOf(smolenskSchool.inn).oktmo,
)[0]!;
const spbPair = pairsWhere((inn) => territoryOf(inn).regionCode === '78')[0]!;

async function as(role: Exclude<Role, 'PUBLIC'> | 'PUBLIC', scope: TerritoryScope = {}) {
  return role === 'PUBLIC' ? undefined : mentoring.tokenFor(role, scope);
}

async function totalPairs(token: string | undefined) {
  const response = await mentoring.query<{ mentoringPairs: { totalCount: number } }>(
    '{ mentoringPairs { totalCount } }',
    undefined,
    token,
  );
  return response.errors?.[0]?.extensions?.['code'] ?? response.data?.mentoringPairs.totalCount;
}

describe('who may list mentoring pairs, and which', () => {
  it.each([
    ['PUBLIC', {}, 'FORBIDDEN'],
    ['EXTERNAL_SYSTEM', { regionCode: '67' }, 'FORBIDDEN'],
  ] as const)('%s may not', async (role, scope, expected) => {
    expect(await totalPairs(await as(role, scope))).toBe(expected);
  });

  it('a regional operator sees the pairs of the region’s organizations', async () => {
    expect(await totalPairs(await as('REGIONAL_OPERATOR', { regionCode: '67' }))).toBe(
      pairsWhere((inn) => territoryOf(inn).regionCode === '67').length,
    );
    expect(await totalPairs(await as('REGIONAL_OPERATOR', { regionCode: '78' }))).toBe(
      pairsWhere((inn) => territoryOf(inn).regionCode === '78').length,
    );
  });

  it('a municipal coordinator sees the municipality’s pairs only', async () => {
    const { oktmo, regionCode } = territoryOf(smolenskSchool.inn);
    expect(await totalPairs(await as('MUNICIPAL_COORDINATOR', { regionCode, municipalityOktmo: oktmo }))).toBe(
      pairsWhere((inn) => territoryOf(inn).oktmo === oktmo).length,
    );
  });

  it('a school curator and a head see their organization’s pairs only', async () => {
    const { oktmo, regionCode } = territoryOf(smolenskSchool.inn);
    const scope = { regionCode, municipalityOktmo: oktmo, organizationId: organizationIdOf(smolenskSchool.inn) };
    const expected = pairsWhere((inn) => inn === smolenskSchool.inn).length;
    expect(await totalPairs(await as('SCHOOL_CURATOR', scope))).toBe(expected);
    expect(await totalPairs(await as('SCHOOL_HEAD', scope))).toBe(expected);
  });

  it('an analyst sees the nation, or their region when the token names one', async () => {
    expect(await totalPairs(await as('ANALYST'))).toBe(pairSeeds().length);
    expect(await totalPairs(await as('ANALYST', { regionCode: '57' }))).toBe(
      pairsWhere((inn) => territoryOf(inn).regionCode === '57').length,
    );
  });
});

describe('no access around the rules (IDOR, forged references, nested paths)', () => {
  it('a curator cannot read another school’s pairs through Organization', async () => {
    const { oktmo, regionCode } = territoryOf(smolenskSchool.inn);
    const token = await as('SCHOOL_CURATOR', {
      regionCode,
      municipalityOktmo: oktmo,
      organizationId: organizationIdOf(smolenskSchool.inn),
    });
    const response = await mentoring.entities(
      [{ __typename: 'Organization', id: organizationIdOf(otherSmolenskSchool.inn) }],
      '... on Organization { mentoring { pairs { totalCount } } }',
      token,
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('a coordinator gets nothing for a forged reference to a pair of another municipality', async () => {
    const { oktmo, regionCode } = territoryOf(smolenskSchool.inn);
    const token = await as('MUNICIPAL_COORDINATOR', { regionCode, municipalityOktmo: oktmo });
    const response = await mentoring.entities(
      [{ __typename: 'MentoringPair', id: pairId(otherSmolenskSchool.key) }],
      '... on MentoringPair { id status }',
      token,
    );
    expect(response.data?._entities).toEqual([null]);
    const own = await mentoring.entities(
      [{ __typename: 'MentoringPair', id: pairId(smolenskSchool.key) }],
      '... on MentoringPair { id }',
      token,
    );
    expect(own.data?._entities).toEqual([{ id: pairId(smolenskSchool.key) }]);
  });

  it('an operator of one region cannot read a pair of another by id', async () => {
    const token = await as('REGIONAL_OPERATOR', { regionCode: '67' });
    const response = await mentoring.query<{ mentoringPair: unknown }>(
      `{ mentoringPair(id: "${pairId(spbPair.key)}") { id } }`,
      undefined,
      token,
    );
    expect(response.data?.mentoringPair).toBeNull();
  });

  it('an anonymous caller learns nothing from a forged MentoringPair reference', async () => {
    const response = await mentoring.entities(
      [{ __typename: 'MentoringPair', id: pairId(smolenskSchool.key) }],
      '... on MentoringPair { id status }',
    );
    expect(response.data?._entities).toEqual([null]);
  });

  it('refuses every field of a pair to a role without access, even when it reaches one', async () => {
    const token = await as('EXTERNAL_SYSTEM', { regionCode: '67' });
    const response = await mentoring.query(
      `{ mentoringPair(id: "${pairId(smolenskSchool.key)}") { id status } }`,
      undefined,
      token,
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'Query.mentoringPair' });
    expect(response.data?.['mentoringPair'] ?? null).toBeNull();
  });

  it('anyone may read the public aggregate activeMentoringPairCount, 1–4 hidden and the rest rounded to base 5', async () => {
    const response = await mentoring.entities<{ activeMentoringPairCount: number | null }>(
      [{ __typename: 'Organization', id: organizationIdOf(smolenskSchool.inn) }],
      '... on Organization { activeMentoringPairCount }',
    );
    expect(response.errors).toBeUndefined();
    const active = pairsWhere((inn) => inn === smolenskSchool.inn).filter((pair) => pair.status === 'ACTIVE').length;
    expect(response.data?._entities[0]?.activeMentoringPairCount).toBe(
      active >= 1 && active <= 4 ? null : Math.round(active / 5) * 5,
    );
  });
});
