import { postGraphQL, startTestSubgraphs, type TestSubgraphs } from '@mentoring/platform/testing';
import { issueToken } from '@mentoring/platform/auth';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from './harness.js';

/**
 * Calendars of a region and of all its municipalities in one request through a real gateway: the planning subgraph
 * answers them in a constant number of SQL statements (one for events, one for deadlines and one for reporting obligations’ due dates per level), whatever the
 * number of municipalities — the same for Смоленская область's 27 as for a region of a few.
 */
const QUERY = `query ($code: String!) {
  region(code: $code) {
    calendar(from: "2022-06-01", to: "2023-05-31", first: 100) { totalCount edges { node { id } } }
    municipalities(first: 100) { totalCount edges { node { calendar(from: "2022-06-01", to: "2023-05-31", first: 100) { totalCount } } } }
  }
}`;

let subgraphs: TestSubgraphs;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
beforeAll(async () => {
  subgraphs = await startTestSubgraphs([registrySubgraph, planningSubgraph]);
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

async function planningStatements(code: string) {
  const token = await issueToken(subgraphs.tokens, {
    subject: `operator-${code}`,
    role: 'REGIONAL_OPERATOR',
    scope: { regionCode: code },
  });
  let answer: Awaited<ReturnType<typeof postGraphQL<{ region: { municipalities: { totalCount: number } } }>>>;
  const statements = await subgraphs.byName.get('planning')!.sql.during(async () => {
    answer = await postGraphQL(gateway.url, QUERY, {
      variables: { code },
      headers: { authorization: `Bearer ${token}` },
    });
  });
  expect(answer!.errors).toBeUndefined();
  return { municipalities: answer!.data!.region.municipalities.totalCount, statements: statements.length };
}

describe('region { calendar municipalities { calendar } } through the gateway', () => {
  it('costs planning six statements (events, deadlines and obligations’ due dates of the region, of all its municipalities), whatever their number', async () => {
    const smolensk = await planningStatements('67');
    const spb = await planningStatements('78');
    expect(smolensk.municipalities).toBe(27);
    expect(spb.municipalities).not.toBe(smolensk.municipalities);
    expect(smolensk.statements).toBe(6);
    expect(spb.statements).toBe(6);
  });
});
