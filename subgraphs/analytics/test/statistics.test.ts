import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressCells } from '../src/modules/statistics/suppression.js';
import { analyticsSubgraph } from '../src/subgraph.js';

let analytics: TestSubgraph;
beforeAll(async () => {
  analytics = await startTestSubgraph(analyticsSubgraph, {
    alongside: [registrySubgraph, mentoringSubgraph, planningSubgraph],
  });
});
afterAll(() => analytics?.close());

interface Row {
  region: { id: string } | null;
  municipality: { id: string } | null;
  organization: { id: string } | null;
  form: { code: string; name: string } | null;
  status: string | null;
  year: number | null;
  count: number | null;
  rounded: boolean;
  suppressed: boolean;
  note: string | null;
}
interface Table {
  measure: string;
  level: string;
  asOf: string;
  region: { id: string };
  rows: Row[];
  total: { count: number | null; rounded: boolean; suppressed: boolean; note: string | null };
}
const TABLE =
  'measure level asOf region { id } rows { region { id } municipality { id } organization { id } form { code name } status year count rounded suppressed note } total { count rounded suppressed note }';

const statistics = async (args: string, token?: string) =>
  analytics.query<{ statistics: Table }>(`{ statistics(${args}) { ${TABLE} } }`, {}, token);
const table = async (args: string, token?: string) => {
  const response = await statistics(args, token);
  expect(response.errors).toBeUndefined();
  return response.data!.statistics;
};
const codeOf = (response: Awaited<ReturnType<typeof statistics>>) => response.errors?.[0]?.extensions?.['code'];

/** The same counts written another way, straight on the published views: municipality id → count. */
async function countedByMunicipality(sql: string, params: unknown[]) {
  const rows = await analytics.orm.em.fork().execute<{ municipality_id: string; count: string }[]>(sql, params);
  return new Map(rows.map((row) => [row.municipality_id, Number(row.count)]));
}
const PAST = '2024-06-30';
/** Base-5 rounding worked out here, apart from the subgraph's: the nearest multiple of 5, halves up. */
const toBase5 = (count: number) => Math.round(count / 5) * 5;
const operatorOf67 = () => analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });

describe('statistics for analysts: counts grouped by territory, form, status and year on a date', () => {
  it('counts the pairs active on a past date in every municipality of region 67, as mentoring_pub.pair_as_of has them', async () => {
    const expected = await countedByMunicipality(
      `select m.municipality_id, count(distinct p.pair_id) as count
       from registry_pub.municipality_territory m
       left join registry_pub.organization_territory t on t.municipality_id = m.municipality_id
       left join mentoring_pub.pair_as_of(?::date) p on p.organization_id = t.organization_id
       where m.region_code = '67' group by 1`,
      [PAST],
    );
    const result = await table(`measure: PAIRS, regionCode: "67", asOf: "${PAST}"`, await operatorOf67());
    expect(result).toMatchObject({ measure: 'PAIRS', level: 'MUNICIPALITY', asOf: PAST });
    expect(result.rows).toHaveLength(27);
    expect(new Map(result.rows.map((row) => [row.municipality!.id, row.count]))).toEqual(expected);
    const sum = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0);
    expect(result.total).toEqual({ count: sum, rounded: false, suppressed: false, note: null });
    expect(result.rows.every((row) => !row.rounded)).toBe(true);
  });

  it('counts a pair terminated since the date among those active on it', async () => {
    const em = analytics.orm.em.fork();
    const [pair] = await em.execute<{ id: string; start_date: string }[]>(
      `select id, to_char(start_date, 'YYYY-MM-DD') as start_date from mentoring.mentoring_pair
       where status = 'ACTIVE' and start_date <= '2025-01-01' and planned_end_date is null limit 1`,
    );
    expect(pair).toBeDefined();
    const before = (
      await table(`measure: PAIRS, groupBy: [], regionCode: "67", asOf: "2025-01-01"`, await operatorOf67())
    ).total.count;
    await em.execute(
      `update mentoring.mentoring_pair set status = 'TERMINATED', ended_on = '2025-06-01' where id = ?`,
      [pair!.id],
    );
    try {
      const after = await table(
        `measure: PAIRS, groupBy: [], regionCode: "67", asOf: "2025-01-01"`,
        await operatorOf67(),
      );
      expect(after.total.count).toBe(before);
      const later = await table(
        `measure: PAIRS, groupBy: [], regionCode: "67", asOf: "2025-07-01"`,
        await operatorOf67(),
      );
      expect(later.total.count).toBeLessThan(before!);
    } finally {
      await em.execute(`update mentoring.mentoring_pair set status = 'ACTIVE', ended_on = null where id = ?`, [
        pair!.id,
      ]);
    }
  });

  it('counts young specialists as the indicator does: under 35 with under 3 years, per municipality', async () => {
    const expected = await countedByMunicipality(
      `select m.municipality_id, count(distinct s.person_id) filter (where s.young_under_35_under_3) as count
       from registry_pub.municipality_territory m
       left join registry_pub.organization_territory t on t.municipality_id = m.municipality_id
       left join registry_pub.staff_as_of(?::date) s on s.organization_id = t.organization_id
       where m.region_code = '67' group by 1`,
      [PAST],
    );
    const result = await table(`measure: YOUNG_SPECIALISTS, regionCode: "67", asOf: "${PAST}"`, await operatorOf67());
    expect(new Map(result.rows.map((row) => [row.municipality!.id, row.count]))).toEqual(expected);
  });

  it('groups mentors by form with the forms’ names, and programmes by status and year', async () => {
    const [forms] = await analytics.orm.em.fork().execute<{ forms: string }[]>(
      `select count(distinct p.form_code) as forms from mentoring_pub.participation_as_of(?::date) p
       join registry_pub.organization_territory t on t.organization_id = p.person_organization_id
       where p.role = 'MENTOR' and t.region_code = '67'`,
      [PAST],
    );
    const mentors = await table(
      `measure: MENTORS, groupBy: [FORM], regionCode: "67", asOf: "${PAST}"`,
      await operatorOf67(),
    );
    expect(mentors.rows.filter((row) => row.form !== null)).toHaveLength(Number(forms!.forms));
    expect(mentors.rows.every((row) => row.municipality === null)).toBe(true);
    const programmes = await table(
      `measure: PROGRAMMES, groupBy: [STATUS, YEAR], regionCode: "67"`,
      await operatorOf67(),
    );
    const [counted] = await analytics.orm.em.fork().execute<{ count: string }[]>(
      `select count(*) as count from mentoring_pub.programme_outcome o
       join registry_pub.organization_territory t on t.organization_id = o.organization_id
       where t.region_code = '67' and o.status <> 'DRAFT' and o.start_date <= current_date`,
    );
    expect(programmes.total.count).toBe(Number(counted!.count));
    expect(programmes.rows.reduce((sum, row) => sum + row.count!, 0)).toBe(Number(counted!.count));
    for (const row of programmes.rows) expect(['RUNNING', 'ENDED']).toContain(row.status);
  });

  it('suppresses 1–4 people for an analyst with the reason, one more cell so the hidden one is not the total’s remainder, and rounds the rest to base 5', async () => {
    const expected = await countedByMunicipality(
      `select t.municipality_id, count(distinct s.person_id) as count from registry_pub.staff_as_of(?::date) s
       join registry_pub.organization_territory t on t.organization_id = s.organization_id
       where t.region_code = '67' and s.young_under_35_under_3 group by 1`,
      [PAST],
    );
    const small = [...expected.values()].filter((count) => count >= 1 && count <= 4);
    expect(small.length).toBeGreaterThan(0);
    const result = await table(
      `measure: YOUNG_SPECIALISTS, regionCode: "67", asOf: "${PAST}"`,
      await analytics.tokenFor('ANALYST'),
    );
    const hidden = result.rows.filter((row) => row.suppressed);
    for (const row of result.rows) {
      const count = expected.get(row.municipality!.id) ?? 0;
      if (count >= 1 && count <= 4) expect(row).toMatchObject({ count: null, suppressed: true });
      if (!row.suppressed) expect(row).toMatchObject({ count: toBase5(count), rounded: true });
      else expect(row.rounded).toBe(false);
    }
    for (const row of hidden) expect(row.note).toMatch(/меньше 5 человек|Скрыто вместе с малым числом/);
    const hiddenSum = hidden.reduce((sum, row) => sum + (expected.get(row.municipality!.id) ?? 0), 0);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(hiddenSum).toBeGreaterThanOrEqual(5);
    const total = [...expected.values()].reduce((sum, count) => sum + count, 0);
    expect(result.total).toMatchObject({ count: toBase5(total), rounded: true, suppressed: false });
  });

  it('rounds counts of people to base 5 for an analyst, so subtracting [TERRITORY, FORM] or [TERRITORY, YEAR] rows from [TERRITORY] rows no longer gives a hidden count', async () => {
    const exact = await analytics.orm.em
      .fork()
      .execute<{ municipality_id: string; form_code: string | null; year: number; count: string }[]>(
        `select t.municipality_id, o.form_code, extract(year from o.start_date)::int as year, count(*) as count
       from mentoring_pub.programme_outcome o
       join registry_pub.organization_territory t on t.organization_id = o.organization_id
       where t.region_code = '67' and o.status <> 'DRAFT' and o.start_date <= current_date group by 1, 2, 3`,
      );
    const exactly = (municipalityId: string, part: (row: (typeof exact)[number]) => boolean) =>
      exact
        .filter((row) => row.municipality_id === municipalityId && part(row))
        .reduce((sum, row) => sum + Number(row.count), 0);
    const analyst = await analytics.tokenFor('ANALYST');
    const whole = await table('measure: PROGRAMMES, regionCode: "67"', analyst);
    const splits = {
      FORM: (row: Row) => (counted: (typeof exact)[number]) => counted.form_code === (row.form?.code ?? null),
      YEAR: (row: Row) => (counted: (typeof exact)[number]) => counted.year === row.year,
    };
    let attacked = 0;
    for (const [dimension, partOf] of Object.entries(splits)) {
      const parts = await table(`measure: PROGRAMMES, groupBy: [TERRITORY, ${dimension}], regionCode: "67"`, analyst);
      for (const result of [whole, parts]) {
        for (const row of result.rows.filter((row) => !row.suppressed)) {
          expect(row.rounded).toBe(true);
          expect(row.count! % 5).toBe(0);
          expect(row.count).toBe(toBase5(exactly(row.municipality!.id, result === whole ? () => true : partOf(row))));
        }
        expect(result.total.rounded).toBe(true);
        expect(result.total.count! % 5).toBe(0);
      }
      // The reviewer's attack: a territory shown whole, split into parts of which one is hidden.
      for (const territory of whole.rows.filter((row) => !row.suppressed)) {
        const split = parts.rows.filter((row) => row.municipality!.id === territory.municipality!.id);
        const hidden = split.filter((row) => row.suppressed);
        if (hidden.length !== 1) continue;
        attacked += 1;
        const guess = territory.count! - split.reduce((sum, row) => sum + (row.count ?? 0), 0);
        const truth = exactly(territory.municipality!.id, partOf(hidden[0]!));
        expect(truth).toBeGreaterThan(0);
        expect(guess).not.toBe(truth);
      }
    }
    expect(attacked).toBeGreaterThan(0);
    const operators = await table(
      'measure: PROGRAMMES, groupBy: [TERRITORY, FORM], regionCode: "67"',
      await operatorOf67(),
    );
    for (const row of operators.rows) {
      expect(row).toMatchObject({ rounded: false, suppressed: false });
      expect(row.count).toBe(exactly(row.municipality!.id, splits.FORM(row)));
    }
  });

  it('shows the regional operator every count of the region and the municipal coordinator small counts of their own municipality only', async () => {
    const args = `measure: YOUNG_SPECIALISTS, regionCode: "67", asOf: "${PAST}"`;
    const operators = await table(args, await operatorOf67());
    expect(operators.rows.some((row) => row.suppressed || row.rounded)).toBe(false);
    expect(operators.total.rounded).toBe(false);
    const [own] = await analytics.orm.em.fork().execute<{ municipality_id: string; municipality_oktmo: string }[]>(
      `select t.municipality_id, t.municipality_oktmo from registry_pub.staff_as_of(?::date) s
       join registry_pub.organization_territory t on t.organization_id = s.organization_id
       where t.region_code = '67' and s.young_under_35_under_3 group by 1, 2
       having count(distinct s.person_id) between 1 and 4 limit 1`,
      [PAST],
    );
    const coordinator = await analytics.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '67',
      municipalityOktmo: own!.municipality_oktmo,
    });
    const rows = (await table(args, coordinator)).rows;
    expect(rows.find((row) => row.municipality!.id === own!.municipality_id)).toMatchObject({
      suppressed: false,
      rounded: false,
    });
    expect(rows.filter((row) => row.suppressed).length).toBeGreaterThan(0);
    for (const row of rows)
      if (row.municipality!.id !== own!.municipality_id && !row.suppressed) expect(row.rounded).toBe(true);
    const otherOperator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    expect((await table(args, otherOperator)).rows.some((row) => row.suppressed)).toBe(true);
  });

  it('counts organizations openly for an analyst, by the status of their mentoring system on the date', async () => {
    const [expected] = await analytics.orm.em.fork().execute<{ all: string; implementing: string }[]>(
      `select count(*) as all, count(*) filter (where s.implements_model) as implementing
       from registry_pub.organization_territory t
       left join mentoring_pub.organization_system_as_of(?::date) s on s.organization_id = t.organization_id
       where t.region_code = '67'`,
      [PAST],
    );
    const result = await table(
      `measure: ORGANIZATIONS, groupBy: [STATUS], regionCode: "67", asOf: "${PAST}"`,
      await analytics.tokenFor('ANALYST'),
    );
    expect(result.rows.some((row) => row.suppressed || row.rounded)).toBe(false);
    expect(result.total).toMatchObject({ count: Number(expected!.all), rounded: false });
    expect(result.rows.find((row) => row.status === 'IMPLEMENTS_MODEL')?.count ?? 0).toBe(
      Number(expected!.implementing),
    );
  });

  it('refuses dimensions that do not apply, odd scopes and dates, and the public', async () => {
    const analyst = await analytics.tokenFor('ANALYST');
    const formOfOrganizations = await statistics('measure: ORGANIZATIONS, groupBy: [FORM], regionCode: "67"', analyst);
    expect(codeOf(formOfOrganizations)).toBe('BAD_USER_INPUT');
    expect(formOfOrganizations.errors?.[0]?.message).toMatch(/Разрез FORM не применим к ORGANIZATIONS/);
    expect(codeOf(await statistics('measure: PAIRS', analyst))).toBe('BAD_USER_INPUT');
    expect(codeOf(await statistics('measure: PAIRS, regionCode: "6x"', analyst))).toBe('BAD_USER_INPUT');
    const twice = await statistics('measure: PAIRS, groupBy: [TERRITORY, TERRITORY], regionCode: "67"', analyst);
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors?.[0]?.message).toMatch(/Разрез TERRITORY указан дважды/);
    expect(codeOf(await statistics('measure: PAIRS, regionCode: "00"', analyst))).toBe('NOT_FOUND');
    expect(codeOf(await statistics('measure: PAIRS, municipalityId: "not-a-uuid"', analyst))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await statistics('measure: PAIRS, municipalityId: "00000000-0000-4000-8000-000000000000"', analyst)),
    ).toBe('NOT_FOUND');
    expect(codeOf(await statistics('measure: PAIRS, regionCode: "67", asOf: "2099-01-01"', analyst))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await statistics('measure: PAIRS, regionCode: "67", asOf: "2024-02-30"', analyst))).toBe(
      'BAD_USER_INPUT',
    );
    const analystOf78 = await analytics.tokenFor('ANALYST', { regionCode: '78' });
    expect(codeOf(await statistics('measure: PAIRS, regionCode: "67"', analystOf78))).toBe('FORBIDDEN');
    expect(codeOf(await statistics('measure: ORGANIZATIONS, regionCode: "67"'))).toBe('FORBIDDEN');
  });
});

describe('one statement per table, whatever the number of territories', () => {
  /** Adds municipalities to a region, copies of one of its own with new ids and ОКТМО: a region of that size. */
  async function addMunicipalities(regionCode: string, count: number) {
    await analytics.orm.em.fork().execute(
      `insert into registry.municipality
       select (jsonb_populate_record(null::registry.municipality, to_jsonb(m) || jsonb_build_object(
         'id', gen_random_uuid(), 'oktmo', '9' || lpad(i::text, 7, '0'), 'name', 'Тестовое МО ' || i))).*
       from (select m.* from registry.municipality m join registry.region r on r.id = m.region_id where r.code = ? limit 1) m,
            generate_series(1, ?) i`,
      [regionCode, count],
    );
  }

  it('counts every measure for 27 and for 270 municipalities of a region with the same number of statements', async () => {
    const measures = ['ORGANIZATIONS', 'STAFF', 'YOUNG_SPECIALISTS', 'MENTORS', 'MENTEES', 'PAIRS', 'PROGRAMMES'];
    const analyst = await analytics.tokenFor('ANALYST');
    const run = async () => {
      const rows: number[] = [];
      const statements = await analytics.sql.during(async () => {
        for (const measure of measures) {
          const result = await table(`measure: ${measure}, regionCode: "67", asOf: "${PAST}"`, analyst);
          rows.push(result.rows.length);
        }
      });
      return { statements: statements.length, rows };
    };
    const for27 = await run();
    expect(for27.rows).toEqual(measures.map(() => 27));
    await addMunicipalities('67', 243);
    const for270 = await run();
    expect(for270.rows).toEqual(measures.map(() => 270));
    expect(for270.statements).toBe(for27.statements);
    expect(for27.statements).toBeLessThanOrEqual(2 * measures.length);
  });
});

describe('small cells and their complements', () => {
  const outside = (count: number) => ({ count, mayShowPeople: false });

  it('hides a second cell when one small cell would be the total’s remainder', () => {
    const { rows, totalWouldExpose } = suppressCells([outside(3), outside(12), outside(7), outside(0)], true);
    expect(rows.map((row) => row.count)).toEqual([null, 10, null, 0]);
    expect(rows.map((row) => row.rounded)).toEqual([false, true, false, true]);
    expect(rows[2]!.note).toMatch(/Скрыто вместе с малым числом/);
    expect(totalWouldExpose).toBe(false);
  });

  it('hides the total when nothing else can cover the one small cell', () => {
    const { rows, totalWouldExpose } = suppressCells([outside(2), { count: 9, mayShowPeople: true }], true);
    expect(rows.map((row) => row.count)).toEqual([null, 9]);
    expect(rows[1]!.rounded).toBe(false);
    expect(totalWouldExpose).toBe(true);
  });

  it('never hides nor rounds organizations', () => {
    const { rows } = suppressCells([outside(1), outside(2), outside(8)], false);
    expect(rows.map((row) => row.count)).toEqual([1, 2, 8]);
    expect(rows.some((row) => row.rounded)).toBe(false);
  });

  it('rounds counts of people outside the territory to base 5, halves up, 0 staying 0', () => {
    const counts = [0, 5, 7, 8, 12, 13, 100];
    const { rows } = suppressCells([...counts.map(outside), outside(3), outside(4)], true);
    expect(rows.slice(0, counts.length).map((row) => row.count)).toEqual([0, 5, 5, 10, 10, 15, 100]);
    expect(rows.slice(0, counts.length).every((row) => row.rounded)).toBe(true);
  });
});
