import { Supergraph } from '@apollo/federation-internals';
import { SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { postGraphQL, startTestSubgraphs, type TestSubgraphs } from '@mentoring/platform/testing';
import { issueToken } from '@mentoring/platform/auth';
import { analyticsSubgraph } from '@mentoring/subgraph-analytics/subgraph';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { operationCost } from '../src/limits/cost.js';
import { measureShape } from '../src/limits/document-shape.js';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';
import { operationHash } from '../src/persisted-operations.js';
import { startTestGateway } from './harness.js';
import { readmeDashboardQuery } from './readme-query.js';

/**
 * The regional dashboard (the README's second query) through a real gateway over four real subgraphs on one
 * database: what it answers, and how many SQL statements it costs each subgraph — the same for a region of 27
 * municipalities as for one of a few, since every list is fetched in batches grouped by territory.
 */
const DASHBOARD = readFileSync(join(PERSISTED_OPERATIONS_DIR, 'region-dashboard.graphql'), 'utf8');

interface DashboardValue {
  indicator: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  suppressed: boolean;
}
interface Dashboard {
  region: {
    name: string;
    organizationCount: number;
    /** Null when 1–4 for a viewer outside the region, rounded to base 5 for them otherwise. */
    activeMentoringPairCount: number | null;
    indicators: (DashboardValue & { reported: { printed: string; campaign: string | null }[] })[];
    municipalities: {
      totalCount: number;
      edges: {
        node: {
          oktmo: string;
          name: string;
          organizationCount: number;
          activeMentoringPairCount: number | null;
          roadmaps: { title: string }[];
          indicators: DashboardValue[];
        };
      }[];
    };
  };
}

let subgraphs: TestSubgraphs;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
beforeAll(async () => {
  // Analytics last: its demo snapshots read registry's and mentoring's published views.
  subgraphs = await startTestSubgraphs([registrySubgraph, mentoringSubgraph, planningSubgraph, analyticsSubgraph]);
  gateway = await startTestGateway({
    urls: subgraphs.urls,
    gatewaySecret: subgraphs.gatewaySecret,
    tokens: subgraphs.tokens,
  });
}, 300_000);
afterAll(async () => {
  await gateway?.close();
  await subgraphs?.close();
});

const operatorOf = (regionCode: string) =>
  issueToken(subgraphs.tokens, { subject: `operator-${regionCode}`, role: 'REGIONAL_OPERATOR', scope: { regionCode } });

/** Runs the dashboard and counts, per subgraph, the SQL statements it caused. */
async function dashboardWithStatements(regionCode: string, token?: string) {
  const recorders = [...subgraphs.byName].map(([name, running]) => [name, running.sql] as const);
  const counts: Record<string, number> = {};
  let answer: Awaited<ReturnType<typeof postGraphQL<Dashboard>>> | undefined;
  // Nested `during` calls: every recorder records while the one request runs.
  const run = async (index: number): Promise<void> => {
    const entry = recorders[index];
    if (!entry) {
      answer = await postGraphQL<Dashboard>(gateway.url, DASHBOARD, {
        variables: { regionCode, asOf: '2024-06-30' },
        ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      });
      return;
    }
    const [name, recorder] = entry;
    counts[name] = (await recorder.during(() => run(index + 1))).length;
  };
  await run(0);
  return { answer: answer!, counts };
}

describe('the regional dashboard in one request', () => {
  it('is the README’s second query, registered for the dashboard page', () => {
    expect(operationHash(parse(readmeDashboardQuery()))).toBe(operationHash(parse(DASHBOARD)));
  });

  it('stays within the anonymous cost and depth limits, so the page may send it without a token', () => {
    const schema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
    const document = parse(DASHBOARD);
    expect(operationCost(schema, document, undefined, { regionCode: '67' })).toBeLessThanOrEqual(
      DEFAULT_LIMITS.costBudget.PUBLIC,
    );
    expect(measureShape(schema, document).depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
  });

  it('answers for Смоленская область from all four subgraphs: every indicator, 27 municipalities with counts and values', async () => {
    const { answer } = await dashboardWithStatements('67', await operatorOf('67'));
    expect(answer.errors).toBeUndefined();
    const region = answer.data!.region;
    expect(region.name).toBe('Смоленская область');
    const catalogue = await subgraphs.byName
      .get('analytics')!
      .orm.em.fork()
      .execute<{ code: string }[]>('select code from analytics.indicator order by position');
    expect(region.indicators.map((value) => value.indicator.code)).toEqual(catalogue.map((row) => row.code));
    const orgs = region.indicators.find((value) => value.indicator.code === 'ORGS_IMPLEMENTING_TEACHER_MENTORING')!;
    expect(orgs.reported.map((figure) => figure.printed)).toContain('60-80%');
    expect(orgs.reported.some((figure) => figure.campaign !== null)).toBe(true);
    const [pairs] = await subgraphs.byName
      .get('mentoring')!
      .orm.em.fork()
      .execute<{ total: string }[]>(
        `select count(*) as total from mentoring.mentoring_pair p
         join registry_pub.organization_territory t on t.organization_id = p.organization_id
        where p.status = 'ACTIVE' and t.region_code = '67'`,
      );
    expect(region.activeMentoringPairCount).toBe(Number(pairs!.total));
    const municipalities = region.municipalities.edges.map((edge) => edge.node);
    expect(region.municipalities.totalCount).toBe(27);
    expect(municipalities).toHaveLength(27);
    expect(municipalities.reduce((sum, node) => sum + node.activeMentoringPairCount!, 0)).toBe(
      region.activeMentoringPairCount,
    );
    for (const node of municipalities)
      // In catalogue order, whatever order `codes` names them in.
      expect(node.indicators.map((value) => value.indicator.code)).toEqual([
        'ORGS_IMPLEMENTING_TEACHER_MENTORING',
        'YOUNG_TEACHERS_UNDER_35_COVERED',
        'ORGS_WITH_LOCAL_REGULATION',
      ]);
    expect(municipalities.reduce((sum, node) => sum + node.organizationCount, 0)).toBe(region.organizationCount);
    const [schools] = await subgraphs.byName
      .get('registry')!
      .orm.em.fork()
      .execute<{ total: string }[]>(
        `select count(*) as total from registry_pub.organization_territory where region_code = '67' and kind = 'GENERAL_EDUCATION'`,
      );
    expect(region.organizationCount).toBe(Number(schools!.total));
  });

  it('costs each subgraph the same number of SQL statements for 27 municipalities as for a region of fewer', async () => {
    const smolensk = await dashboardWithStatements('67', await operatorOf('67'));
    const orel = await dashboardWithStatements('57', await operatorOf('57'));
    expect(smolensk.answer.errors).toBeUndefined();
    expect(orel.answer.errors).toBeUndefined();
    expect(orel.answer.data!.region.municipalities.totalCount).toBeLessThan(27);
    // Знаменский район's own roadmap (seed 003) comes from planning.
    const znamensky = orel.answer.data!.region.municipalities.edges.find(
      (edge) => edge.node.name === 'Знаменский район',
    );
    expect(znamensky?.node.roadmaps.length).toBeGreaterThan(0);
    expect(JSON.stringify(orel.counts)).toBe(JSON.stringify(smolensk.counts));
    // Every subgraph answers; none with a statement per municipality or per indicator.
    for (const name of ['registry', 'mentoring', 'planning', 'analytics']) {
      expect(smolensk.counts[name]).toBeGreaterThan(0);
      expect(smolensk.counts[name]).toBeLessThan(27);
    }
    console.log(`dashboard SQL statements per subgraph (region 67): ${JSON.stringify(smolensk.counts)}`);
  });

  it('hides small counts of people from an anonymous dashboard and shows them to the region’s operator', async () => {
    const anonymous = await dashboardWithStatements('67');
    expect(anonymous.answer.errors).toBeUndefined();
    const operator = await dashboardWithStatements('67', await operatorOf('67'));
    const young = (answer: typeof anonymous.answer) =>
      answer.data!.region.municipalities.edges.flatMap((edge) =>
        edge.node.indicators.filter((value) => value.indicator.code === 'YOUNG_TEACHERS_UNDER_35_COVERED'),
      );
    const hidden = young(anonymous.answer).filter((value) => value.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const value of hidden) expect(value).toMatchObject({ value: null, numerator: null, denominator: null });
    expect(young(operator.answer).every((value) => !value.suppressed)).toBe(true);
    // Active pairs are counts of people too (each pair has a наставник): as statistics show PAIRS.
    const pairCounts = (answer: typeof anonymous.answer) => [
      answer.data!.region.activeMentoringPairCount,
      ...answer.data!.region.municipalities.edges.map((edge) => edge.node.activeMentoringPairCount),
    ];
    const exact = pairCounts(operator.answer).map((count) => count!);
    expect(exact.some((count) => count >= 1 && count <= 4)).toBe(true);
    expect(pairCounts(anonymous.answer)).toEqual(
      exact.map((count) => (count >= 1 && count <= 4 ? null : Math.round(count / 5) * 5)),
    );
  });
});
