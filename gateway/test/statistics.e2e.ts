import { federationClient } from '@mentoring/platform/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * The analysts' statistics through the gateway: pairs active on a past date in each municipality of Смоленская
 * область, with the municipalities' names from the registry. The expected counts are worked out here on mentoring's
 * and the registry's published views, independently of analytics.
 */
const federation = federationClient();
const database = new pg.Client({ connectionString: inject('federationDatabaseUrl') });
beforeAll(() => database.connect());
afterAll(() => database.end());

const PAST = '2024-06-30';

describe('statistics through the gateway', () => {
  it('gives an analyst the pairs active on a past date per municipality of region 67, named by the registry', async () => {
    const expected = await database.query<{ oktmo: string; name: string; count: number }>(
      `select m.municipality_oktmo as oktmo, m.municipality_name as name, count(distinct p.pair_id)::int as count
       from registry_pub.municipality_territory m
       left join registry_pub.organization_territory t on t.municipality_id = m.municipality_id
       left join mentoring_pub.pair_as_of($1::date) p on p.organization_id = t.organization_id
       where m.region_code = '67' group by 1, 2`,
      [PAST],
    );
    const response = await federation.query<{
      statistics: {
        asOf: string;
        region: { name: string };
        rows: {
          municipality: { oktmo: string; name: string };
          count: number | null;
          rounded: boolean;
          suppressed: boolean;
          note: string | null;
        }[];
        total: { count: number | null; rounded: boolean };
      };
    }>(
      `query ($asOf: Date) {
        statistics(measure: PAIRS, regionCode: "67", asOf: $asOf) {
          asOf region { name } rows { municipality { oktmo name } count rounded suppressed note } total { count rounded }
        }
      }`,
      { token: await federation.tokenFor('ANALYST'), variables: { asOf: PAST } },
    );
    expect(response.errors).toBeUndefined();
    const table = response.data!.statistics;
    expect(table.asOf).toBe(PAST);
    expect(table.region.name).toBe('Смоленская область');
    expect(table.rows).toHaveLength(expected.rows.length);
    const byOktmo = new Map(expected.rows.map((row) => [row.oktmo, row]));
    for (const row of table.rows) {
      const own = byOktmo.get(row.municipality.oktmo)!;
      expect(row.municipality.name).toBe(own.name);
      if (own.count >= 1 && own.count <= 4) expect(row).toMatchObject({ count: null, suppressed: true });
      // Outside the analyst's working territory (none) every count of people shown is rounded to base 5.
      if (!row.suppressed) expect(row).toMatchObject({ count: Math.round(own.count / 5) * 5, rounded: true });
      else expect(row.note).toMatch(/Скрыто/);
    }
    const sum = expected.rows.reduce((total, row) => total + row.count, 0);
    expect(sum).toBeGreaterThan(0);
    expect(table.total).toEqual({ count: Math.round(sum / 5) * 5, rounded: true });
  });
});
