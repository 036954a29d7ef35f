import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { OrganizationSchema } from '../src/modules/organizations/organization.entity.js';
import { organizationsWhere } from '../src/modules/organizations/organization-search.js';
import { MunicipalitySchema } from '../src/modules/territories/municipality.entity.js';
import { municipalitiesWhere } from '../src/modules/territories/municipalities-where.js';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

/** The plan PostgreSQL chooses for a statement when sequential scans are ruled out, as on a large table. */
async function planOf(statement: string): Promise<string> {
  const connection = registry.orm.em.getConnection();
  return connection.transactional(async (trx) => {
    await connection.execute('set local enable_seqscan = off', [], 'run', trx);
    const rows = await connection.execute<{ 'QUERY PLAN': string }[]>(`explain ${statement}`, [], 'all', trx);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

/** The statement the resolvers' own filter builds, with its values inlined. */
function searchSql<T extends object>(entity: EntityName<T>, where: FilterQuery<T>): string {
  return registry.orm.em
    .fork()
    .createQueryBuilder(entity)
    .select('*')
    .where(where as never)
    .getFormattedQuery();
}

describe('name search', () => {
  it('finds organizations by a case-insensitive part of the name, in Russian', async () => {
    const response = await registry.query<{ organizations: { edges: { node: { shortName: string } }[] } }>(
      '{ organizations(filter: { nameContains: "ДЕСНОГОРСК" }, first: 10) { edges { node { shortName } } } }',
    );
    expect(response.data?.organizations.edges.length).toBeGreaterThan(0);
    expect(response.data?.organizations.edges.every((edge) => edge.node.shortName.includes('Десногорск'))).toBe(true);
  });

  it('uses the trigram index for organization names (EXPLAIN)', async () => {
    const sql = searchSql(OrganizationSchema, organizationsWhere({ nameContains: 'средняя школа № 1' }));
    expect(await planOf(sql)).toMatch(/Bitmap Index Scan on organization_names_trgm/);
  });

  it('uses the trigram index for municipality names (EXPLAIN)', async () => {
    const sql = searchSql(MunicipalitySchema, municipalitiesWhere({ nameContains: 'ский' }));
    expect(await planOf(sql)).toMatch(/Bitmap Index Scan on municipality_name_trgm/);
  });

  it('treats % and _ in the search text literally', async () => {
    const response = await registry.query<{ organizations: { totalCount: number } }>(
      '{ organizations(filter: { nameContains: "%" }) { totalCount } }',
    );
    expect(response.data?.organizations.totalCount).toBe(0);
  });
});
