import { DEMO_REGIONS, municipalityIdOf, regionIdOf, ZNAMENSKY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { analyticsSubgraph } from '../src/subgraph.js';

let analytics: TestSubgraph;
beforeAll(async () => {
  analytics = await startTestSubgraph(analyticsSubgraph, {
    alongside: [registrySubgraph, mentoringSubgraph, planningSubgraph],
  });
});
afterAll(() => analytics?.close());

type Targets = { indicatorTargets: { indicator: { code: string }; value: number | null; note: string | null }[] };

describe('analytics contributes indicator targets to territories', () => {
  it('gives Smolensk "не менее 70% к 2024 году" for young teachers covered by mentoring', async () => {
    const response = await analytics.entities<Targets>(
      [{ __typename: 'Region', code: '67', id: regionIdOf('67') }],
      '... on Region { indicatorTargets(year: 2024) { indicator { code } value note } }',
    );
    expect(response.data!._entities[0]!.indicatorTargets).toContainEqual({
      indicator: { code: 'YOUNG_TEACHERS_UNDER_35_COVERED' },
      value: 70,
      note: 'не менее 70% к 2024 году',
    });
  });

  it('holds the St Petersburg 2020–2024 table of seed 004', async () => {
    const response = await analytics.query<{ indicator: { targets: { year: number; value: number }[] } }>(
      '{ indicator(code: "YOUNG_TEACHERS_0_3_MENTEES") { targets { year value } } }',
    );
    expect(response.data?.indicator.targets).toEqual([
      { year: 2020, value: 15 },
      { year: 2021, value: 25 },
      { year: 2022, value: 35 },
      { year: 2023, value: 50 },
      { year: 2024, value: 85 },
    ]);
  });

  it('loads targets of N regions with one statement and their indicators with one more', async () => {
    const representations = DEMO_REGIONS.map((region) => ({ __typename: 'Region', id: regionIdOf(region.code) }));
    const statements = await analytics.sql.during(() =>
      analytics.entities(representations, '... on Region { indicatorTargets { value indicator { name } } }'),
    );
    expect(statements).toHaveLength(2);
  });
});

describe('analytics entities as the gateway resolves them', () => {
  it('resolves Indicator references by code in one statement', async () => {
    const codes = ['YOUNG_TEACHERS_UNDER_35_COVERED', 'MENTEE_SATISFACTION', 'REGIONAL_MENTOR_DATABASE'];
    const statements = await analytics.sql.during(async () => {
      const response = await analytics.entities<{ code: string; method: string }>(
        codes.map((code) => ({ __typename: 'Indicator', code })),
        '... on Indicator { code method }',
      );
      expect(response.data!._entities).toEqual([
        { code: 'YOUNG_TEACHERS_UNDER_35_COVERED', method: 'COMPUTED' },
        { code: 'MENTEE_SATISFACTION', method: 'COMPUTED' },
        { code: 'REGIONAL_MENTOR_DATABASE', method: 'MILESTONE' },
      ]);
    });
    expect(statements).toHaveLength(1);
  });

  it('gives Знаменский район its municipal target of 100% for 2022', async () => {
    const response = await analytics.entities<{ indicatorTargets: { year: number; value: number }[] }>(
      [{ __typename: 'Municipality', id: municipalityIdOf(ZNAMENSKY_OKTMO) }],
      '... on Municipality { indicatorTargets { year value } }',
    );
    expect(response.data!._entities[0]!.indicatorTargets).toEqual([{ year: 2022, value: 100 }]);
  });
});
