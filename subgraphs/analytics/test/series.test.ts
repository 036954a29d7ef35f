import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { todayIso } from '@mentoring/platform/validation';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { regionIdOf } from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pastQuarterEnds } from '../src/modules/values/snapshots.js';
import { analyticsSubgraph } from '../src/subgraph.js';

/** `IndicatorValue.series`: the sparkline of a dashboard card, the same points `indicatorSeries` answers. */

let analytics: TestSubgraph;
beforeAll(async () => {
  analytics = await startTestSubgraph(analyticsSubgraph, {
    alongside: [registrySubgraph, mentoringSubgraph, planningSubgraph],
  });
});
afterAll(() => analytics?.close());

interface Point {
  asOf: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}
interface ValueWithSeries extends Point {
  indicator: { code: string; method: string };
  series: Point[];
}
const POINT = 'asOf value numerator denominator suppressed';

const valuesWithSeries = async (typename: string, id: string, token: string | undefined, args = '') => {
  const response = await analytics.entities<{ indicators: ValueWithSeries[] }>(
    [{ __typename: typename, id }],
    `... on ${typename} { indicators${args} { indicator { code method } ${POINT} series { ${POINT} } } }`,
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0]!.indicators;
};

const seriesQuery = async (code: string, level: string, territoryId: string, to: string, token?: string) => {
  const response = await analytics.query<{ indicatorSeries: { points: Point[]; current: Point } }>(
    `query ($code: String!, $level: TerritoryLevel!, $territoryId: UUID!, $to: Date) {
       indicatorSeries(code: $code, level: $level, territoryId: $territoryId, to: $to) { points { ${POINT} } current { ${POINT} } }
     }`,
    { code, level, territoryId, to },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.indicatorSeries;
};

/** Every value's series is `indicatorSeries` for the same indicator, territory, date and viewer: points, then current. */
async function expectSeriesAsIndicatorSeries(values: ValueWithSeries[], level: string, id: string, token?: string) {
  for (const value of values) {
    const { points, current } = await seriesQuery(value.indicator.code, level, id, value.asOf, token);
    expect(value.series, value.indicator.code).toEqual([...points, current]);
    // The sparkline ends at what the card shows.
    const { asOf, value: fact, numerator, denominator, suppressed } = value;
    expect(value.series.at(-1)).toEqual({ asOf, value: fact, numerator, denominator, suppressed });
  }
}

describe('IndicatorValue.series', () => {
  it('is, for every indicator of Смоленская область, indicatorSeries’ points and then its current value, for the operator and the public', async () => {
    const region = regionIdOf('67');
    const operator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    for (const token of [operator, undefined]) {
      const values = await valuesWithSeries('Region', region, token);
      expect(values.length).toBeGreaterThan(10);
      await expectSeriesAsIndicatorSeries(values, 'REGION', region, token);
      // The demo rebuilds every past quarter from the as-of views: a computed card draws them all, then today.
      const computed = values.find((value) => value.indicator.code === 'ORGS_IMPLEMENTING_TEACHER_MENTORING')!;
      expect(computed.series.map((point) => point.asOf)).toEqual([...pastQuarterEnds(todayIso()), todayIso()]);
      // A reported figure has no snapshots: its card's series is its one (empty) live point.
      const reported = values.find((value) => value.indicator.method !== 'COMPUTED')!;
      expect(reported.series).toHaveLength(1);
    }
  });

  it('suppresses an analyst’s small cells exactly as indicatorSeries does', async () => {
    // A municipality whose young-teacher snapshots hold a small cell, hidden from an analyst.
    const [municipality] = await analytics.orm.em.fork().execute<{ territory_id: string }[]>(
      `select territory_id from analytics.indicator_snapshot
        where indicator_code = 'YOUNG_TEACHERS_UNDER_35_COVERED' and level = 'MUNICIPALITY' and denominator > 0
          and (numerator between 1 and 4 or denominator between 1 and 4 or denominator - numerator between 1 and 4)
        limit 1`,
    );
    expect(municipality).toBeDefined();
    const id = municipality!.territory_id;
    const analyst = await analytics.tokenFor('ANALYST');
    const values = await valuesWithSeries('Municipality', id, analyst);
    const young = values.find((value) => value.indicator.code === 'YOUNG_TEACHERS_UNDER_35_COVERED')!;
    expect(young.series.some((point) => point.suppressed && point.value === null && point.numerator === null)).toBe(
      true,
    );
    await expectSeriesAsIndicatorSeries(values, 'MUNICIPALITY', id, analyst);
    // Its operator works with the people of the territory: nothing hidden.
    const operator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const shown = (
      await valuesWithSeries('Municipality', id, operator, '(codes: ["YOUNG_TEACHERS_UNDER_35_COVERED"])')
    )[0]!;
    expect(shown.series.some((point) => point.suppressed)).toBe(false);
  });

  it('starts at `from` and ends at the value’s date; without `from`, at 2022 or, for an earlier value, at the value alone', async () => {
    const region = regionIdOf('67');
    const [untilMid2024] = await valuesWithSeries(
      'Region',
      region,
      undefined,
      `(asOf: "2024-06-30", codes: ["ORGS_IMPLEMENTING_TEACHER_MENTORING"])`,
    );
    // Quarters from 2022 before the value's date, then the value on 30 June 2024.
    expect(untilMid2024!.series.map((point) => point.asOf)).toEqual(pastQuarterEnds('2024-07-01'));
    const response = await analytics.entities<{ indicators: { series: Point[] }[] }>(
      [{ __typename: 'Region', id: region }],
      `... on Region { indicators(asOf: "2024-06-30", codes: ["ORGS_IMPLEMENTING_TEACHER_MENTORING"]) { series(from: "2023-01-01") { asOf } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0]!.indicators[0]!.series.map((point) => point.asOf)).toEqual([
      '2023-03-31',
      '2023-06-30',
      '2023-09-30',
      '2023-12-31',
      '2024-03-31',
      '2024-06-30',
    ]);
    const [before2022] = await valuesWithSeries(
      'Region',
      region,
      undefined,
      '(asOf: "2021-06-30", codes: ["ORGS_IMPLEMENTING_TEACHER_MENTORING"])',
    );
    expect(before2022!.series.map((point) => point.asOf)).toEqual(['2021-06-30']);
    // indicatorSeries shares the rule: a `to` before 2022 without `from` is the live value alone, not an error.
    expect((await seriesQuery('ORGS_IMPLEMENTING_TEACHER_MENTORING', 'REGION', region, '2021-06-30')).points).toEqual(
      [],
    );
  });

  it('refuses a `from` before 2000 or after the value’s date with BAD_USER_INPUT', async () => {
    const region = regionIdOf('67');
    for (const [from, message] of [
      ['1999-12-31', /раньше 2000-01-01/],
      ['2024-01-01', /Начало ряда 2024-01-01 позже конца 2023-06-30; from must not be after asOf/],
    ] as const) {
      const response = await analytics.entities(
        [{ __typename: 'Region', id: region }],
        `... on Region { indicators(asOf: "2023-06-30", codes: ["ORGS_IMPLEMENTING_TEACHER_MENTORING"]) { value series(from: "${from}") { asOf } } }`,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.['argument']).toBe('from');
      expect(response.errors?.[0]?.message).toMatch(message);
    }
  });
});

describe('IndicatorValue.series in batches', () => {
  const snapshotReads = (statements: string[]) =>
    statements.filter((statement) => statement.includes('indicator_snapshot'));

  /** Region 67 and its 27 municipalities in one request, as the gateway sends the dashboard's. */
  async function regionAndMunicipalities() {
    const [region67] = await analytics.orm.em
      .fork()
      .execute<{ ids: string[] }[]>(
        `select array_agg(municipality_id) as ids from registry_pub.municipality_territory where region_code = '67'`,
      );
    expect(region67!.ids).toHaveLength(27);
    return [
      { __typename: 'Region', id: regionIdOf('67') },
      ...region67!.ids.map((id) => ({ __typename: 'Municipality', id })),
    ];
  }

  const statementsFor = async (representations: Record<string, unknown>[], valueSelection: string) => {
    let response: Awaited<ReturnType<TestSubgraph['entities']>> | undefined;
    const statements = await analytics.sql.during(async () => {
      response = await analytics.entities(
        representations,
        `... on Region { ${valueSelection} } ... on Municipality { ${valueSelection} }`,
      );
    });
    expect(response!.errors).toBeUndefined();
    return statements;
  };

  it('reads the snapshots of a region’s and its 27 municipalities’ values in one statement per level, with no statement beyond the values’ own', async () => {
    const representations = await regionAndMunicipalities();
    const without = await statementsFor(representations, 'indicators { value status }');
    const withSeries = await statementsFor(
      representations,
      'indicators { value status series { asOf value suppressed } }',
    );
    const fromDate = await statementsFor(
      representations,
      'indicators { value status series(from: "2024-01-01") { asOf value suppressed } }',
    );
    expect(snapshotReads(withSeries)).toHaveLength(2);
    expect(withSeries).toHaveLength(without.length);
    expect(fromDate).toHaveLength(without.length);
  });

  it('reads them in one statement per level when only the series asks for them (indicators not computed)', async () => {
    const representations = await regionAndMunicipalities();
    const notComputed = await analytics.orm.em
      .fork()
      .execute<{ code: string }[]>(`select code from analytics.indicator where method <> 'COMPUTED' order by position`);
    expect(notComputed.length).toBeGreaterThan(0);
    const codes = JSON.stringify(notComputed.map((row) => row.code));
    const without = await statementsFor(representations, `indicators(codes: ${codes}) { value status }`);
    const withSeries = await statementsFor(
      representations,
      `indicators(codes: ${codes}) { value status series { asOf value } }`,
    );
    expect(snapshotReads(without)).toHaveLength(0);
    expect(snapshotReads(withSeries)).toHaveLength(2);
    expect(withSeries).toHaveLength(without.length + 2);
  });
});
