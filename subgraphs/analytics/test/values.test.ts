import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { todayIso } from '@mentoring/platform/validation';
import { sourceProblem, seedTexts } from '@mentoring/sources/testing';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { municipalityIdOf, regionIdOf, ZNAMENSKY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES } from '../src/modules/values/families.js';
import { planAgainstFact, projectTo } from '../src/modules/values/plan.js';
import { pastQuarterEnds, previousQuarterEnd } from '../src/modules/values/snapshots.js';
import { analyticsSubgraph } from '../src/subgraph.js';

let analytics: TestSubgraph;
beforeAll(async () => {
  analytics = await startTestSubgraph(analyticsSubgraph, {
    alongside: [registrySubgraph, mentoringSubgraph, planningSubgraph],
  });
});
afterAll(() => analytics?.close());

interface Value {
  indicator: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unknown: number | null;
  suppressed: boolean;
  note: string | null;
  status: string;
  gap: number | null;
  target: { value: number | null; note: string | null; year: number } | null;
  reported: {
    printed: string;
    source: { document: string; clause: string; quote: string } | null;
    campaign: string | null;
    low: number | null;
    year: number | null;
    dataOrigin: string;
  }[];
}
const VALUE_FIELDS =
  'indicator { code } value numerator denominator unknown suppressed note status gap target { value note year } reported { printed campaign low year dataOrigin source { document clause quote } }';

const valuesOf = async (typename: string, id: string, token?: string, asOf = '2024-06-30') => {
  const response = await analytics.entities<{ indicators: Value[] }>(
    [{ __typename: typename, id }],
    `... on ${typename} { indicators(asOf: "${asOf}") { ${VALUE_FIELDS} } }`,
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0]!.indicators;
};
const byCode = (values: Value[], code: string) => values.find((value) => value.indicator.code === code)!;

/** The same count written another way, straight on the published views: what the indicator must agree with. */
async function youngCoveredInRegion(regionCode: string, asOf: string) {
  const [row] = await analytics.orm.em.fork().execute<{ young: string; covered: string }[]>(
    `select count(distinct s.person_id) as young,
            count(distinct s.person_id) filter (where exists (
              select 1 from mentoring_pub.participation_as_of(?::date) p where p.person_id = s.person_id and p.role = 'MENTEE')) as covered
     from registry_pub.staff_as_of(?::date) s where s.region_code = ? and s.young_under_35_under_3`,
    [asOf, asOf, regionCode],
  );
  return { young: Number(row!.young), covered: Number(row!.covered) };
}

describe('indicator values from the published views, plan against fact', () => {
  it('computes the Smolensk young-teacher coverage with numerator and denominator, against «не менее 70% к 2024 году»', async () => {
    const token = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const value = byCode(await valuesOf('Region', regionIdOf('67'), token), 'YOUNG_TEACHERS_UNDER_35_COVERED');
    const expected = await youngCoveredInRegion('67', '2024-06-30');
    expect(expected.young).toBeGreaterThan(0);
    expect(value.denominator).toBe(expected.young);
    expect(value.numerator).toBe(expected.covered);
    expect(value.value).toBeCloseTo((100 * expected.covered) / expected.young, 1);
    expect(value.target).toEqual({ value: 70, note: 'не менее 70% к 2024 году', year: 2024 });
    expect(value.gap).toBeCloseTo(70 - value.value!, 1);
    expect(['ACHIEVED', 'ON_TRACK', 'BEHIND']).toContain(value.status);
  });

  it('shows the seeds’ reported figures beside the computed value, each with a passage found in its seed', async () => {
    const values = await valuesOf('Region', regionIdOf('67'));
    expect(byCode(values, 'ORGS_IMPLEMENTING_TEACHER_MENTORING').reported.map((figure) => figure.printed)).toContain(
      '60-80%',
    );
    expect(byCode(values, 'YOUNG_TEACHERS_UNDER_35_COVERED').reported.map((figure) => figure.printed)).toEqual([
      'не более 25%',
    ]);
    expect(byCode(values, 'RMA_CANDIDATES_SHARE').reported[0]).toMatchObject({ printed: '1,3%', dataOrigin: 'SEED' });
    const texts = seedTexts();
    if (!texts) return;
    const problems = values.flatMap((value) =>
      value.reported.flatMap((figure) => (figure.source ? [sourceProblem(texts, figure.source)] : [])),
    );
    expect(problems.filter(Boolean)).toEqual([]);
  });

  it('gives Знаменский район its own target and its reported 100 %, and a Smolensk municipality its region’s target', async () => {
    const znamensky = await valuesOf('Municipality', municipalityIdOf(ZNAMENSKY_OKTMO), undefined, '2022-12-31');
    const orgs = byCode(znamensky, 'ORGS_IMPLEMENTING_TEACHER_MENTORING');
    expect(orgs.target).toMatchObject({ value: 100, year: 2022 });
    expect(orgs.reported[0]!.printed).toContain('100% общеобразовательных организаций внедрили');
    const [smolenskMunicipality] = await analytics.orm.em
      .fork()
      .execute<{ municipality_id: string }[]>(
        `select municipality_id from registry_pub.municipality_territory where region_code = '67' limit 1`,
      );
    const inherited = byCode(
      await valuesOf('Municipality', smolenskMunicipality!.municipality_id, undefined, '2022-12-31'),
      'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    );
    expect(inherited.target).toEqual({
      value: 100,
      year: 2022,
      note: '100% школ (ежегодно), в ОО разработано Положение о наставничестве педагогов',
    });
    // The region's documents say nothing of one municipality: only its own schools' monitoring answers are beside it.
    expect(inherited.reported.filter((figure) => figure.campaign === null)).toEqual([]);
  });

  it('shows the 2021 monitoring beside the computed share: 112 of 300 schools, aggregated from accepted answers', async () => {
    const em = analytics.orm.em.fork();
    const yesIn = async (where: string, parameters: string[]) => {
      const [row] = await em.execute<{ answers: string; yes: string }[]>(
        `select count(*) as answers, sum(a.number_value) as yes from analytics.campaign_indicator_answer a
           join registry_pub.organization_territory t on t.organization_id = a.organization_id
          where a.indicator_code = 'ORGS_IMPLEMENTING_TEACHER_MENTORING' and ${where}`,
        parameters,
      );
      return { answers: Number(row!.answers), yes: Number(row!.yes) };
    };
    const region = await yesIn('t.region_code = ?', ['67']);
    expect(region).toEqual({ answers: 300, yes: 112 });
    const monitoring = byCode(
      await valuesOf('Region', regionIdOf('67')),
      'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    ).reported.filter((figure) => figure.campaign !== null);
    expect(monitoring).toHaveLength(1);
    expect(monitoring[0]).toMatchObject({ printed: '37,3% (112 из 300 ОО)', low: 37.3, year: 2021 });
    // The campaign's own passage: seed 002 describes this monitoring.
    expect(monitoring[0]!.source?.document).toMatch(/^Справка о реализации/);
    expect(monitoring[0]!.campaign).toMatch(/^Мониторинг «Доля школ, реализующих целевую модель наставничества/);
    // Which schools answered yes is demo data; the total is the seed's.
    expect(monitoring[0]!.dataOrigin).toBe('SYNTHETIC');

    const [municipality] = await em.execute<{ municipality_id: string }[]>(
      `select t.municipality_id from analytics.campaign_indicator_answer a
         join registry_pub.organization_territory t on t.organization_id = a.organization_id
        where t.region_code = '67' group by 1 order by count(*) desc limit 1`,
    );
    const own = await yesIn('t.municipality_id = ?', [municipality!.municipality_id]);
    const figure = byCode(
      await valuesOf('Municipality', municipality!.municipality_id),
      'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    ).reported.find((reported) => reported.campaign !== null);
    expect(figure!.printed).toBe(
      `${String(Math.round((1000 * own.yes) / own.answers) / 10).replace('.', ',')}% (${own.yes} из ${own.answers} ОО)`,
    );
    // Before the monitoring's period ended there was nothing to report.
    const before = byCode(
      await valuesOf('Region', regionIdOf('67'), undefined, '2021-06-29'),
      'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    );
    expect(before.reported.filter((reported) => reported.campaign !== null)).toEqual([]);
  });

  it('counts the start monitoring’s participation: organizations that sent their form by the date, of those it targets', async () => {
    const em = analytics.orm.em.fork();
    const participation = async (asOf: string) => {
      const [row] = await em.execute<{ targeted: string; sent: string }[]>(
        `select count(*) as targeted,
                count(*) filter (where s.submitted_on <= ?::date
                  and s.status in ('SUBMITTED', 'ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR')) as sent
           from analytics.campaign_submission s
           join analytics.monitoring_campaign c on c.id = s.campaign_id
          where c.participation_indicator_code = 'START_MONITORING_PARTICIPATION' and c.region_code = '67'`,
        [asOf],
      );
      return { targeted: Number(row!.targeted), sent: Number(row!.sent) };
    };
    const atEnd = await participation('2022-12-25');
    expect(atEnd.targeted).toBeGreaterThan(0);
    const value = byCode(
      await valuesOf('Region', regionIdOf('67'), undefined, '2022-12-25'),
      'START_MONITORING_PARTICIPATION',
    );
    expect(value).toMatchObject({ numerator: atEnd.sent, denominator: atEnd.targeted, suppressed: false });
    expect(value.value).toBeCloseTo((100 * atEnd.sent) / atEnd.targeted, 1);
    expect(value.target?.value).toBe(100);

    const midway = await participation('2022-12-18');
    expect(midway.sent).toBeLessThan(atEnd.sent);
    const earlier = byCode(
      await valuesOf('Region', regionIdOf('67'), undefined, '2022-12-18'),
      'START_MONITORING_PARTICIPATION',
    );
    expect(earlier.numerator).toBe(midway.sent);

    const beforeOpening = byCode(
      await valuesOf('Region', regionIdOf('67'), undefined, '2022-12-14'),
      'START_MONITORING_PARTICIPATION',
    );
    expect(beforeOpening).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(beforeOpening.note).toMatch(/знаменатель равен нулю/);
  });

  it('suppresses a small cell of people for an analyst and shows it to the operator of the region', async () => {
    const [small] = await analytics.orm.em.fork().execute<{ organization_id: string }[]>(
      `select s.organization_id from registry_pub.staff_as_of('2024-06-30') s
       where s.region_code = '67' and s.young_under_35_under_3 group by 1 having count(distinct s.person_id) between 1 and 4 limit 1`,
    );
    expect(small).toBeDefined();
    const analyst = await analytics.tokenFor('ANALYST');
    const hidden = byCode(
      await valuesOf('Organization', small!.organization_id, analyst),
      'YOUNG_TEACHERS_UNDER_35_COVERED',
    );
    expect(hidden).toMatchObject({
      suppressed: true,
      value: null,
      numerator: null,
      denominator: null,
      status: 'NO_DATA',
    });
    expect(hidden.note).toMatch(/меньше 5 человек/);
    for (const token of [undefined, await analytics.tokenFor('EXTERNAL_SYSTEM', { regionCode: '67' })]) {
      expect(
        byCode(await valuesOf('Organization', small!.organization_id, token), 'YOUNG_TEACHERS_UNDER_35_COVERED')
          .suppressed,
      ).toBe(true);
    }
    const operator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const shown = byCode(
      await valuesOf('Organization', small!.organization_id, operator),
      'YOUNG_TEACHERS_UNDER_35_COVERED',
    );
    expect(shown.suppressed).toBe(false);
    expect(shown.denominator).toBeGreaterThanOrEqual(1);
    const otherOperator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    expect(
      byCode(await valuesOf('Organization', small!.organization_id, otherOperator), 'YOUNG_TEACHERS_UNDER_35_COVERED')
        .suppressed,
    ).toBe(true);
  });

  it('counts organizations for everyone: shares of organizations are not suppressed', async () => {
    const analyst = await analytics.tokenFor('ANALYST');
    const orgs = byCode(await valuesOf('Region', regionIdOf('67'), analyst), 'ORGS_IMPLEMENTING_TEACHER_MENTORING');
    expect(orgs.suppressed).toBe(false);
    expect(orgs.denominator).toBeGreaterThan(0);
  });

  it('computes every family for 27 and for 270 municipalities with the same number of statements', async () => {
    const selection = '... on Municipality { indicators(asOf: "2024-06-30") { value status target { value } } }';
    const [region67] = await analytics.orm.em
      .fork()
      .execute<{ ids: string[] }[]>(
        `select array_agg(municipality_id) as ids from registry_pub.municipality_territory where region_code = '67'`,
      );
    const real = region67!.ids.map((id) => ({ __typename: 'Municipality', id }));
    expect(real).toHaveLength(27);
    const many = [...real, ...Array.from({ length: 243 }, () => ({ __typename: 'Municipality', id: randomUUID() }))];
    const count = async (representations: typeof real) => {
      let response: Awaited<ReturnType<TestSubgraph['entities']>> | undefined;
      const statements = await analytics.sql.during(async () => {
        response = await analytics.entities(representations, selection);
      });
      expect(response!.errors).toBeUndefined();
      return statements.length;
    };
    const for27 = await count(real);
    const for270 = await count(many);
    expect(for270).toBe(for27);
    // One statement per family (six), and one each for places, targets, reported figures, campaign figures and snapshots.
    expect(for27).toBeLessThanOrEqual(13);
  });

  it('refuses unknown indicator codes and odd dates with BAD_USER_INPUT', async () => {
    const unknown = await analytics.entities(
      [{ __typename: 'Region', id: regionIdOf('67') }],
      '... on Region { indicators(codes: ["NO_SUCH\\u0000CODE"]) { value } }',
    );
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badDate = await analytics.entities(
      [{ __typename: 'Region', id: regionIdOf('67') }],
      '... on Region { indicators(asOf: "2024-02-30") { value } }',
    );
    expect(badDate.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const reversed = await analytics.query(
      `{ indicatorSeries(code: "YOUNG_TEACHERS_UNDER_35_COVERED", level: REGION, territoryId: "${regionIdOf('67')}", from: "2024-01-01", to: "2023-01-01") { current { value } } }`,
    );
    expect(reversed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('the roadmap thresholds «Не менее 50% ОО приняли участие», from planning’s participation', () => {
  it('counts the schools that took part in the January 2023 start session by the date, of the educational organizations', async () => {
    const em = analytics.orm.em.fork();
    const expected = async (asOf: string) => {
      const [row] = await em.execute<{ educational: string; took: string }[]>(
        `select count(*) filter (where t.kind in ('GENERAL_EDUCATION', 'ADDITIONAL_EDUCATION', 'VOCATIONAL')) as educational,
                count(*) filter (where t.kind in ('GENERAL_EDUCATION', 'ADDITIONAL_EDUCATION', 'VOCATIONAL') and exists (
                  select 1 from planning_pub.event_participation_as_of(?::date) p
                   where p.organization_id = t.organization_id and p.took_part and p.event_kind = 'START_SESSION'
                     and p.year = extract(year from ?::date))) as took
           from registry_pub.organization_territory t where t.region_code = '67'`,
        [asOf, asOf],
      );
      return { educational: Number(row!.educational), took: Number(row!.took) };
    };
    const after = await expected('2023-03-31');
    expect(after.took).toBeGreaterThan(0);
    const value = byCode(
      await valuesOf('Region', regionIdOf('67'), undefined, '2023-03-31'),
      'START_SESSION_PARTICIPATION',
    );
    expect(value).toMatchObject({ numerator: after.took, denominator: after.educational });
    expect(value.target).toMatchObject({ value: 50, year: 2023 });
    expect(['ACHIEVED', 'BEHIND', 'ON_TRACK']).toContain(value.status);
    // Before the session's year nothing counts; a year later the 2023 session no longer does either.
    for (const asOf of ['2022-12-31', '2024-03-31']) {
      const other = byCode(await valuesOf('Region', regionIdOf('67'), undefined, asOf), 'START_SESSION_PARTICIPATION');
      expect(other.numerator).toBe(0);
    }
  });
});

describe('formulas', () => {
  it('name, across a family, every published view and function its one statement reads', async () => {
    const rows = await analytics.orm.em
      .fork()
      .execute<{ family: string; formula: { reads: string[] } }[]>(
        `select family, formula from analytics.indicator where method = 'COMPUTED' and family is not null`,
      );
    // One statement computes every indicator of its family: together their formulas must name all it reads.
    const missing = Object.entries(FAMILIES).flatMap(([code, family]) => {
      const named = rows.filter((row) => row.family === code).flatMap((row) => row.formula.reads);
      const read = [
        ...family.sql('t."region_id"').matchAll(/"(registry_pub|mentoring_pub|planning_pub)"\."(\w+)"/g),
      ].map(([, schema, name]) => `${schema!}.${name!}`);
      return [...new Set(read)]
        .filter((name) => !named.some((reads) => reads.startsWith(name)))
        .map((name) => `${code}: ${name}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('series: quarterly snapshots and the live value', () => {
  it('holds a snapshot of every past quarter since 2022, rebuilt from the as-of views', async () => {
    const token = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const response = await analytics.query<{
      indicatorSeries: {
        points: { asOf: string; value: number | null; suppressed: boolean }[];
        current: { value: number };
      };
    }>(
      `{ indicatorSeries(code: "ORGS_IMPLEMENTING_TEACHER_MENTORING", level: REGION, territoryId: "${regionIdOf('67')}") { points { asOf value suppressed } current { value } } }`,
      {},
      token,
    );
    expect(response.errors).toBeUndefined();
    const points = response.data!.indicatorSeries.points;
    expect(points.map((point) => point.asOf)).toEqual(pastQuarterEnds(todayIso()));
    expect(points.at(-1)!.value).not.toBeNull();
  });

  it('lets an analyst rebuild a past date and refuses the public and future dates', async () => {
    const mutation = 'mutation ($asOf: Date!) { rebuildIndicatorSnapshot(asOf: $asOf) }';
    const analyst = await analytics.tokenFor('ANALYST');
    const rebuilt = await analytics.query<{ rebuildIndicatorSnapshot: number }>(
      mutation,
      { asOf: '2023-06-30' },
      analyst,
    );
    expect(rebuilt.errors).toBeUndefined();
    expect(rebuilt.data!.rebuildIndicatorSnapshot).toBeGreaterThan(0);
    const refused = await analytics.query(mutation, { asOf: '2023-06-30' });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // A date not ending a quarter would weigh in every projection as an extra point: refused, nothing written.
    for (const asOf of ['2099-12-31', '2023-05-15', '1999-12-31']) {
      const wrong = await analytics.query(mutation, { asOf }, analyst);
      expect(wrong.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const [written] = await analytics.orm.em
      .fork()
      .execute<{ count: string }[]>(`select count(*) from analytics.indicator_snapshot where as_of = '2023-05-15'`);
    expect(Number(written!.count)).toBe(0);
  });

  it('refuses dates not yet come or before 2000, and territories the registry does not know', async () => {
    const region = regionIdOf('67');
    for (const asOf of ['2099-01-01', '1999-12-31']) {
      const response = await analytics.entities(
        [{ __typename: 'Region', id: region }],
        `... on Region { indicators(asOf: "${asOf}") { value } }`,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const series = (territoryId: string, level = 'MUNICIPALITY', to = '2024-06-30') =>
      analytics.query(
        `{ indicatorSeries(code: "ORGS_IMPLEMENTING_TEACHER_MENTORING", level: ${level}, territoryId: "${territoryId}", to: "${to}") { current { value } } }`,
      );
    expect((await series(randomUUID())).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    // A region's id is no municipality.
    expect((await series(region)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await series(region, 'REGION', '2099-01-01')).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('draws an analyst’s projection through the points the analyst is shown, not through hidden ones', async () => {
    const em = analytics.orm.em.fork();
    // A municipality whose young-teacher series has a small cell (hidden from analysts) among shown points.
    const candidates = await em.execute<{ territory_id: string }[]>(
      `select territory_id from analytics.indicator_snapshot
        where indicator_code = 'YOUNG_TEACHERS_UNDER_35_COVERED' and level = 'MUNICIPALITY' and denominator > 0
        group by territory_id
       having bool_or(numerator between 1 and 4 or denominator between 1 and 4 or denominator - numerator between 1 and 4)
          and bool_or(not (numerator between 1 and 4 or denominator between 1 and 4 or denominator - numerator between 1 and 4))`,
    );
    const analyst = await analytics.tokenFor('ANALYST');
    for (const { territory_id: territoryId } of candidates) {
      const [value] = (
        await analytics.entities<{ indicators: (Value & { projected: number | null })[] }>(
          [{ __typename: 'Municipality', id: territoryId }],
          `... on Municipality { indicators(codes: ["YOUNG_TEACHERS_UNDER_35_COVERED"]) { ${VALUE_FIELDS} projected } }`,
          analyst,
        )
      ).data!._entities[0]!.indicators;
      if (!value || value.value === null || value.target === null || value.status === 'ACHIEVED') continue;
      // As the analyst is shown each point: counts rounded to base 5, the share computed from them.
      const points = await em.execute<{ as_of: string; value: string }[]>(
        `select to_char(as_of, 'YYYY-MM-DD') as as_of,
                round(1000.0 * (floor((numerator + 2.5) / 5) * 5) / (floor((denominator + 2.5) / 5) * 5)) / 10 as value
           from analytics.indicator_snapshot
          where indicator_code = 'YOUNG_TEACHERS_UNDER_35_COVERED' and level = 'MUNICIPALITY' and territory_id = ?
            and as_of < ? and value is not null
            and not (numerator between 1 and 4 or denominator between 1 and 4 or denominator - numerator between 1 and 4)
          order by as_of`,
        [territoryId, todayIso()],
      );
      const line = projectTo(
        [
          ...points.map((point) => ({ asOf: point.as_of, value: Number(point.value) })),
          { asOf: todayIso(), value: value.value },
        ],
        value.target.year,
      );
      expect(value.projected).toBeCloseTo(Math.min(100, Math.max(0, line!)), 1);
      return;
    }
    throw new Error('the demo data has no municipality whose projection draws on a hidden point');
  });

  it('shows a document’s figure only from its year, and hides a monitoring figure of under 5 schools from analysts', async () => {
    const before = byCode(
      await valuesOf('Municipality', municipalityIdOf(ZNAMENSKY_OKTMO), undefined, '2021-12-31'),
      'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    );
    expect(before.reported.filter((figure) => figure.campaign === null)).toEqual([]);
    const [school] = await analytics.orm.em
      .fork()
      .execute<{ organization_id: string }[]>(
        `select organization_id from analytics.campaign_indicator_answer where indicator_code = 'ORGS_IMPLEMENTING_TEACHER_MENTORING' limit 1`,
      );
    const figureFor = async (token: string) =>
      byCode(
        await valuesOf('Organization', school!.organization_id, token),
        'ORGS_IMPLEMENTING_TEACHER_MENTORING',
      ).reported.filter((figure) => figure.campaign !== null);
    const [hidden] = await figureFor(await analytics.tokenFor('ANALYST'));
    expect(hidden!.printed).toMatch(/^скрыто: ответы меньше 5 организаций/);
    expect(hidden!.low).toBeNull();
    const [shown] = await figureFor(await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }));
    expect(shown!.printed).toMatch(/^(0|100)% \(\d из 1 ОО\)$/);
  });

  it('finds the quarter before a date', () => {
    expect(previousQuarterEnd('2026-11-23')).toBe('2026-09-30');
    expect(previousQuarterEnd('2026-01-01')).toBe('2025-12-31');
    expect(previousQuarterEnd('2026-04-01')).toBe('2026-03-31');
  });
});

describe('plan against fact', () => {
  const target = (year: number, value: number | null) =>
    ({ year, value, indicator: { code: 'X' } }) as Parameters<typeof planAgainstFact>[3][number];

  it('is ACHIEVED when the value meets the target, in the indicator’s direction', () => {
    expect(planAgainstFact('INCREASE', 72, '2024-03-31', [target(2024, 70)], []).status).toBe('ACHIEVED');
    expect(planAgainstFact('DECREASE', 20, '2024-03-31', [target(2024, 25)], []).status).toBe('ACHIEVED');
  });

  it('projects the series to the end of the target year: ON_TRACK when the trend reaches it, BEHIND when not', () => {
    const rising = [
      { asOf: '2022-12-31', value: 20 },
      { asOf: '2023-06-30', value: 35 },
    ];
    expect(planAgainstFact('INCREASE', 50, '2023-12-31', [target(2024, 70)], rising).status).toBe('ON_TRACK');
    const flat = [
      { asOf: '2022-12-31', value: 50 },
      { asOf: '2023-06-30', value: 50 },
    ];
    expect(planAgainstFact('INCREASE', 50, '2023-12-31', [target(2024, 70)], flat).status).toBe('BEHIND');
    expect(planAgainstFact('INCREASE', 69, '2025-03-31', [target(2024, 70)], rising).status).toBe('BEHIND');
    expect(projectTo([{ asOf: '2024-01-01', value: 40 }], 2024)).toBe(40);
  });

  it('says NO_TARGET without a numeric target and NO_DATA without a value', () => {
    expect(planAgainstFact('INCREASE', 50, '2024-03-31', [], []).status).toBe('NO_TARGET');
    expect(planAgainstFact('ACHIEVE', null, '2024-03-31', [target(2022, null)], []).status).toBe('NO_TARGET');
    expect(planAgainstFact('INCREASE', null, '2024-03-31', [target(2024, 70)], []).status).toBe('NO_DATA');
  });
});
