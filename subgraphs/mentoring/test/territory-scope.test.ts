import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { SMOLENSK_CITY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
});
afterAll(() => mentoring?.close());

const READS = `query {
  mentoringPairs(first: 50) { totalCount edges { node { id } } }
  mentors(first: 50) { totalCount edges { node { id } } }
}`;

/** The text of every statement the reads cost a viewer. */
async function statementsOf(token: string): Promise<string[]> {
  const statements = await mentoring.sql.during(async () => {
    const response = await mentoring.query(READS, {}, token);
    expect(response.errors).toBeUndefined();
  });
  // The two lists run side by side, so their order varies; the log's timing suffix is not the statement.
  return statements.map((statement) => statement.replace(/ \[took [^\]]*\]/, '')).sort();
}

/** Adds synthetic organizations (copies of one of the region's, under new ids and ИНН starting «00») to a municipality. */
async function addOrganizations(oktmo: string, count: number): Promise<void> {
  await mentoring.orm.em.fork().execute(
    `insert into registry.organization
     select (jsonb_populate_record(null::registry.organization, to_jsonb(o) || jsonb_build_object(
       'id', gen_random_uuid(), 'inn', '00' || lpad(g::text, 8, '0'), 'short_name', 'Синтетическая школа № ' || g))).*
     from registry.organization o cross join generate_series(1, ?) g
     where o.id = (select organization_id from registry_pub.organization_territory where municipality_oktmo = ? limit 1)`,
    [count, oktmo],
  );
}

describe('territory scope is a condition in SQL, not a list of organizations', () => {
  it('costs the same statements, of the same text, however many organizations the territory has', async () => {
    const operator = await mentoring.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const coordinator = await mentoring.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '67',
      municipalityOktmo: SMOLENSK_CITY_OKTMO,
    });
    const before = { operator: await statementsOf(operator), coordinator: await statementsOf(coordinator) };
    await addOrganizations(SMOLENSK_CITY_OKTMO, 500);
    const after = { operator: await statementsOf(operator), coordinator: await statementsOf(coordinator) };
    expect(after).toEqual(before);
    for (const statement of [...after.operator, ...after.coordinator]) {
      expect(statement).not.toMatch(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'\s*,\s*'[0-9a-f]{8}-/,
      );
      expect(statement).toContain('registry_pub.organization_territory');
    }
  });
});
