import { stableId } from '@mentoring/platform/database';
import { todayIso } from '@mentoring/platform/validation';
import { isQuotedFrom, seedTexts, sourceProblem } from '@mentoring/sources/testing';
import {
  DEMO_ORGANIZATIONS,
  organizationIdOf,
  municipalityIdOf,
  regionIdOf,
  SMOLENSK_CITY_OKTMO,
  ZNAMENSKY_OKTMO,
} from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smolenskMunicipalities, submissionSeeds } from '../src/demo-submissions.js';
import { ReportingObligationSchema } from '../src/modules/submissions/obligation.entity.js';
import { ReportSubmissionSchema } from '../src/modules/submissions/submission.entity.js';
import { planningSubgraph } from '../src/subgraph.js';

/**
 * Plans and reports due up the hierarchy (seed 000: «Муниципальный план / отчет — До 25 декабря 2022 / до 15 июня
 * 2023 — ОМСУ»): obligations of a region, its municipalities' submissions, the state of each municipality derived in
 * one statement from the registry's published territory view; who may set, submit and withdraw.
 */
let planning: TestSubgraph;
let operator67: string;
let operator78: string;
let coordinator: string;
let otherCoordinator: string;
let curator: string;
let analyst: string;

const PLAN = stableId('reporting-obligation', 'smolensk-2022-municipal-plan');
const REPORT = stableId('reporting-obligation', 'smolensk-2023-municipal-report');
const OTHER_OKTMO = smolenskMunicipalities().find((municipality) => municipality.oktmo !== SMOLENSK_CITY_OKTMO)!.oktmo;
const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = todayIso();

const errorCode = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

const CREATE = `mutation ($input: CreateReportingObligationInput!) { createReportingObligation(input: $input) { id kind title dueDate version dataOrigin region { id } roadmapItem { id } summary { total onTime late missing pending } } }`;
const SUBMIT = `mutation ($obligationId: UUID!, $municipalityId: UUID!, $input: SubmitReportInput!, $submittedOn: Date) {
  submitReport(obligationId: $obligationId, municipalityId: $municipalityId, input: $input, submittedOn: $submittedOn) { id submittedOn onBehalf submittedByRole documentTitle documentUrl municipality { id } obligation { id } } }`;
const WITHDRAW = `mutation ($id: UUID!, $reason: String!) { withdrawSubmission(id: $id, reason: $reason) { id withdrawnAt withdrawalReason } }`;
const STATES = `query ($id: UUID!, $state: SubmissionState, $first: Int, $after: String) { reportingObligation(id: $id) {
  summary { total onTime late missing pending includesSyntheticData }
  territories(state: $state, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { state synthetic municipality { id } submission { submittedOn dataOrigin } } } } } }`;

interface States {
  reportingObligation: {
    summary: Record<string, number | boolean>;
    territories: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: {
          state: string;
          synthetic: boolean;
          municipality: { id: string };
          submission: { submittedOn: string } | null;
        };
      }[];
    };
  };
}

const stateOf = async (obligationId: string, municipalityId: string) => {
  const response = await planning.query<States>(STATES, { id: obligationId, first: 100 });
  return response.data!.reportingObligation.territories.edges.find(
    (edge) => edge.node.municipality.id === municipalityId,
  )?.node;
};

const newObligation = async (dueDate: string, title = 'Отчёт о наставничестве (тест)') => {
  const response = await planning.query<{ createReportingObligation: { id: string } }>(
    CREATE,
    { input: { kind: 'REPORT', title, dueDate } },
    operator67,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createReportingObligation.id;
};

beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph, { alongside: [registrySubgraph] });
  operator67 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  operator78 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
  coordinator = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
    regionCode: '67',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
  });
  otherCoordinator = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
    regionCode: '67',
    municipalityOktmo: OTHER_OKTMO,
  });
  const school = DEMO_ORGANIZATIONS.find(
    (organization) =>
      organization.municipalityOktmo === SMOLENSK_CITY_OKTMO && organization.kind === 'GENERAL_EDUCATION',
  )!;
  curator = await planning.tokenFor('SCHOOL_CURATOR', {
    regionCode: '67',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
    organizationId: organizationIdOf(school.inn),
  });
  analyst = await planning.tokenFor('ANALYST');
});
afterAll(() => planning?.close());

describe('seed 000’s municipal plan and report', () => {
  const texts = seedTexts();

  it.skipIf(!texts)('are quoted from the roadmap row that sets them, title and all', async () => {
    interface Obligation {
      kind: string;
      title: string;
      dueDate: string;
      dataOrigin: string;
      roadmapItem: { number: number; activity: string };
      source: { document: string; clause: string; quote: string };
    }
    const response = await planning.query<{
      region: { reportingObligations: { edges: { node: Obligation }[] } }[];
    }>(
      `{ region: _entities(representations: [{ __typename: "Region", id: "${regionIdOf('67')}" }]) { ... on Region {
         reportingObligations { edges { node { kind title dueDate dataOrigin roadmapItem { number activity } source { document clause quote } } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const obligations = response.data!.region[0]!.reportingObligations.edges.map((edge) => edge.node);
    expect(obligations.map((obligation) => [obligation.kind, obligation.dueDate, obligation.dataOrigin])).toEqual([
      ['PLAN', '2022-12-25', 'SEED'],
      ['REPORT', '2023-06-15', 'SEED'],
    ]);
    for (const obligation of obligations) {
      expect(sourceProblem(texts!, obligation.source)).toBeNull();
      expect(isQuotedFrom(obligation.source.quote, obligation.title)).toBe(true);
      expect(obligation.source.quote).toContain('До 25 декабря 2022 / до 15 июня 2023');
      expect(obligation.roadmapItem).toEqual({ number: 1, activity: 'Муниципальный план / отчет' });
    }
  });

  it('show every Smolensk municipality of the registry with its state: the synthetic submissions on time, late, and the missing ones', async () => {
    const response = await planning.query<States>(STATES, { id: PLAN, first: 100 });
    expect(response.errors).toBeUndefined();
    const { summary, territories } = response.data!.reportingObligation;
    const seeds = submissionSeeds().filter((seed) => seed.obligation.kind === 'PLAN');
    const expected = {
      total: smolenskMunicipalities().length,
      onTime: seeds.filter((seed) => seed.outcome === 'ON_TIME').length,
      late: seeds.filter((seed) => seed.outcome === 'LATE').length,
      pending: 0,
    };
    expect(summary).toMatchObject(expected);
    expect(summary['missing']).toBe(expected.total - expected.onTime - expected.late);
    expect(expected.onTime * expected.late * (summary['missing'] as number)).toBeGreaterThan(0);
    expect(territories.totalCount).toBe(expected.total);
    const byId = new Map(territories.edges.map((edge) => [edge.node.municipality.id, edge.node]));
    for (const seed of seeds) {
      const node = byId.get(municipalityIdOf(seed.municipality.oktmo))!;
      expect(node.state).toBe(seed.outcome === 'ON_TIME' ? 'SUBMITTED_ON_TIME' : 'SUBMITTED_LATE');
      expect(node.submission).toMatchObject({ submittedOn: seed.submittedOn, dataOrigin: 'SYNTHETIC' });
    }
  });

  it('filter and page the municipalities’ states with cursors, and refuse a foreign cursor or a page over 100', async () => {
    const missing = await planning.query<States>(STATES, { id: REPORT, state: 'NOT_SUBMITTED', first: 2 });
    const page = missing.data!.reportingObligation.territories;
    expect(page.edges.every((edge) => edge.node.state === 'NOT_SUBMITTED' && edge.node.submission === null)).toBe(true);
    const next = await planning.query<States>(STATES, {
      id: REPORT,
      state: 'NOT_SUBMITTED',
      first: 100,
      after: page.pageInfo.endCursor,
    });
    const rest = next.data!.reportingObligation.territories;
    expect(page.edges.length + rest.edges.length).toBe(page.totalCount);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    for (const after of ['garbage', Buffer.from(municipalityIdOf(ZNAMENSKY_OKTMO)).toString('base64url')])
      expect(errorCode(await planning.query(STATES, { id: REPORT, after }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await planning.query(STATES, { id: REPORT, first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('mark every state of the demo obligations, and their summaries, as synthetic: the missing municipalities are the demo’s, not real districts’ failures', async () => {
    for (const id of [PLAN, REPORT]) {
      const response = await planning.query<States>(STATES, { id, first: 100 });
      expect(response.errors).toBeUndefined();
      const { summary, territories } = response.data!.reportingObligation;
      expect(summary['includesSyntheticData']).toBe(true);
      expect(territories.edges.map((edge) => edge.node.synthetic)).toEqual(territories.edges.map(() => true));
      expect(territories.edges.some((edge) => edge.node.state === 'NOT_SUBMITTED')).toBe(true);
    }
  });

  it('mark nothing synthetic under an obligation entered by users: its states are facts', async () => {
    const obligation = await newObligation(shiftDays(today, -1), 'Без демо-данных (тест)');
    const submitted = await planning.query(
      SUBMIT,
      {
        obligationId: obligation,
        municipalityId: municipalityIdOf(SMOLENSK_CITY_OKTMO),
        input: { documentNumber: '12-р' },
      },
      coordinator,
    );
    expect(submitted.errors).toBeUndefined();
    const response = await planning.query<States>(STATES, { id: obligation, first: 100 });
    const { summary, territories } = response.data!.reportingObligation;
    expect(summary['includesSyntheticData']).toBe(false);
    expect(new Set(territories.edges.map((edge) => edge.node.state))).toEqual(
      new Set(['SUBMITTED_LATE', 'NOT_SUBMITTED']),
    );
    expect(territories.edges.every((edge) => !edge.node.synthetic)).toBe(true);
  });

  it('cost one statement for the obligations of three regions, each with its own page and count, asked for through _entities', async () => {
    const representations = ['67', '78', '57'].map((code) => ({ __typename: 'Region', id: regionIdOf(code) }));
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region {
      reportingObligations(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id dueDate } } } } } }`;
    interface Page {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: { node: { id: string; dueDate: string } }[];
    }
    let response: { data?: { _entities: { reportingObligations: Page }[] } | null; errors?: unknown } | undefined;
    const statements = await planning.sql.during(async () => {
      response = await planning.query<{ _entities: { reportingObligations: Page }[] }>(query, { representations });
    });
    expect(response!.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    const [smolensk, spb, oryol] = response!.data!._entities.map((region) => region.reportingObligations);
    const count = async (code: string) =>
      planning.orm.em.fork().count(ReportingObligationSchema, { regionId: regionIdOf(code) });
    expect(smolensk!.totalCount).toBe(await count('67'));
    expect(spb!.totalCount).toBe(await count('78'));
    expect(oryol!.totalCount).toBe(await count('57'));
    expect(smolensk!.edges.map((edge) => edge.node.id)).toEqual([PLAN]);
    expect(smolensk!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const PAGE = `query ($id: ID!, $after: String) { _entities(representations: [{ __typename: "Region", id: $id }]) { ... on Region {
      reportingObligations(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } } } }`;
    const second = await planning.query<{ _entities: { reportingObligations: Page }[] }>(PAGE, {
      id: regionIdOf('67'),
      after: smolensk!.pageInfo.endCursor,
    });
    expect(second.errors).toBeUndefined();
    const next = second.data!._entities[0]!.reportingObligations;
    expect(next.edges.map((edge) => edge.node.id)).toEqual([REPORT]);
    expect(next).toMatchObject({ totalCount: smolensk!.totalCount, pageInfo: { hasPreviousPage: true } });
    for (const after of ['garbage', Buffer.from(JSON.stringify(['x', 1, 2])).toString('base64url')])
      expect(errorCode(await planning.query(PAGE, { id: regionIdOf('67'), after }))).toBe('BAD_USER_INPUT');
  });

  it('cost one statement for the states of every municipality of several obligations, summary and page together', async () => {
    const query = `{ a: reportingObligation(id: "${PLAN}") { summary { total } territories(first: 100) { edges { node { state } } } }
                     b: reportingObligation(id: "${REPORT}") { summary { missing } territories(first: 5) { edges { node { state } } } } }`;
    const statements = await planning.sql.during(() => planning.query(query));
    // One for the two obligations (by id), one for the states of all their municipalities.
    expect(statements).toHaveLength(2);
    expect(statements.filter((sql) => sql.includes('municipality_territory'))).toHaveLength(1);
  });
});

describe('createReportingObligation', () => {
  it('lets the regional operator require a document of the region’s municipalities, from a row of the regional roadmap; all are pending before the due date', async () => {
    const response = await planning.query<{
      createReportingObligation: Record<string, unknown> & { summary: Record<string, number> };
    }>(
      CREATE,
      {
        input: {
          kind: 'PLAN',
          title: 'Муниципальный план на 2027 год (тест)',
          dueDate: shiftDays(today, 30),
          roadmapItemId: stableId('roadmap-item', 'smolensk-2022-2024-1'),
        },
      },
      operator67,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createReportingObligation).toMatchObject({
      kind: 'PLAN',
      version: 1,
      dataOrigin: 'ENTERED',
      region: { id: regionIdOf('67') },
      roadmapItem: { id: stableId('roadmap-item', 'smolensk-2022-2024-1') },
    });
    const { summary } = response.data!.createReportingObligation;
    expect(summary).toEqual({
      total: smolenskMunicipalities().length,
      onTime: 0,
      late: 0,
      missing: 0,
      pending: summary['total'],
    });
  });

  it('refuses coordinators, curators, analysts and anonymous viewers, and a roadmap row of another region', async () => {
    const input = { kind: 'REPORT', title: 'Отчёт', dueDate: today };
    for (const token of [coordinator, curator, analyst, undefined])
      expect(errorCode(await planning.query(CREATE, { input }, token))).toBe('FORBIDDEN');
    const foreign = await planning.query(
      CREATE,
      { input: { ...input, roadmapItemId: stableId('roadmap-item', 'spb-2021-2022-1') } },
      operator67,
    );
    expect(errorCode(foreign)).toBe('FORBIDDEN');
  });

  it('refuses bad input — blank or huge title, NUL bytes, impossible dates, odd ids — and creates nothing', async () => {
    const count = async () =>
      (
        await planning.orm.em
          .fork()
          .execute<{ n: number }[]>('select count(*)::int as n from planning.reporting_obligation')
      )[0]!.n;
    const before = await count();
    const input = { kind: 'REPORT', title: 'Отчёт', dueDate: today };
    for (const change of [
      { title: '  ' },
      { title: 'x'.repeat(501) },
      { title: 'a\u0000b' },
      { dueDate: '2023-02-30' },
      { dueDate: '23-01-01' },
      { kind: 'SONG' },
      { roadmapItemId: 'not-a-uuid' },
    ])
      expect(
        errorCode(await planning.query(CREATE, { input: { ...input, ...change } }, operator67)),
        JSON.stringify(change),
      ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await planning.query(
          CREATE,
          { input: { ...input, roadmapItemId: '00000000-0000-4000-8000-000000000000' } },
          operator67,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });
});

describe('submitReport and withdrawSubmission', () => {
  const city = municipalityIdOf(SMOLENSK_CITY_OKTMO);
  const document = { documentTitle: 'Муниципальный план (тест)', documentUrl: 'https://example.org/plan.pdf' };

  it('record the coordinator’s submission today: on time until the due date, late after it', async () => {
    const open = await newObligation(shiftDays(today, 10));
    expect((await stateOf(open, city))!.state).toBe('PENDING');
    const submitted = await planning.query<{ submitReport: Record<string, unknown> }>(
      SUBMIT,
      { obligationId: open, municipalityId: city, input: document },
      coordinator,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitReport).toMatchObject({
      submittedOn: today,
      onBehalf: false,
      submittedByRole: 'MUNICIPAL_COORDINATOR',
      municipality: { id: city },
      obligation: { id: open },
    });
    expect((await stateOf(open, city))!.state).toBe('SUBMITTED_ON_TIME');

    const dueToday = await newObligation(today, 'Срок сегодня (тест)');
    await planning.query(SUBMIT, { obligationId: dueToday, municipalityId: city, input: document }, coordinator);
    expect((await stateOf(dueToday, city))!.state).toBe('SUBMITTED_ON_TIME');

    const overdue = await newObligation(shiftDays(today, -1), 'Срок вчера (тест)');
    expect((await stateOf(overdue, city))!.state).toBe('NOT_SUBMITTED');
    await planning.query(SUBMIT, { obligationId: overdue, municipalityId: city, input: document }, coordinator);
    expect((await stateOf(overdue, city))!.state).toBe('SUBMITTED_LATE');
  });

  it('let the regional operator submit on the municipality’s behalf, recorded as such', async () => {
    const obligation = await newObligation(shiftDays(today, 10), 'За муниципалитет (тест)');
    const response = await planning.query<{ submitReport: Record<string, unknown> }>(
      SUBMIT,
      { obligationId: obligation, municipalityId: municipalityIdOf(OTHER_OKTMO), input: { documentNumber: '12-р' } },
      operator67,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.submitReport).toMatchObject({ onBehalf: true, submittedByRole: 'REGIONAL_OPERATOR' });
  });

  it('keep one valid submission per municipality and obligation (CONFLICT); a withdrawn one, with its reason, makes room for another', async () => {
    const obligation = await newObligation(shiftDays(today, 10), 'Один документ (тест)');
    const first = await planning.query<{ submitReport: { id: string } }>(
      SUBMIT,
      { obligationId: obligation, municipalityId: city, input: document },
      coordinator,
    );
    const again = await planning.query(
      SUBMIT,
      { obligationId: obligation, municipalityId: city, input: document },
      operator67,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    const id = first.data!.submitReport.id;
    expect(errorCode(await planning.query(WITHDRAW, { id, reason: '   ' }, coordinator))).toBe('BAD_USER_INPUT');
    expect(errorCode(await planning.query(WITHDRAW, { id, reason: 'x'.repeat(1001) }, coordinator))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await planning.query(WITHDRAW, { id, reason: 'Чужой' }, otherCoordinator))).toBe('FORBIDDEN');
    const withdrawn = await planning.query<{ withdrawSubmission: { withdrawnAt: string; withdrawalReason: string } }>(
      WITHDRAW,
      { id, reason: 'Направлен не тот файл' },
      coordinator,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawSubmission.withdrawalReason).toBe('Направлен не тот файл');
    expect((await stateOf(obligation, city))!.state).toBe('PENDING');
    expect(errorCode(await planning.query(WITHDRAW, { id, reason: 'Ещё раз' }, coordinator))).toBe('CONFLICT');
    const second = await planning.query(
      SUBMIT,
      { obligationId: obligation, municipalityId: city, input: document },
      coordinator,
    );
    expect(second.errors).toBeUndefined();
    expect((await stateOf(obligation, city))!.state).toBe('SUBMITTED_ON_TIME');
    expect(await planning.orm.em.fork().count(ReportSubmissionSchema, { obligation, municipalityId: city })).toBe(2);
  });

  it('let the regional operator record a paper submission received earlier on the day it came, not in the future nor before the obligation was set', async () => {
    const obligation = await newObligation(shiftDays(today, -5), 'Бумажный документ (тест)');
    // Set 30 days ago (UTC), as if entered then.
    await planning.orm.em
      .fork()
      .nativeUpdate(
        ReportingObligationSchema,
        { id: obligation },
        { createdAt: new Date(Date.parse(`${shiftDays(today, -30)}T12:00:00Z`)) },
      );
    const variables = { obligationId: obligation, municipalityId: city, input: document };
    expect(
      errorCode(await planning.query(SUBMIT, { ...variables, submittedOn: shiftDays(today, -10) }, coordinator)),
    ).toBe('FORBIDDEN');
    for (const submittedOn of [shiftDays(today, -31), shiftDays(today, 1)])
      expect(errorCode(await planning.query(SUBMIT, { ...variables, submittedOn }, operator67)), submittedOn).toBe(
        'BAD_USER_INPUT',
      );
    const paper = await planning.query<{ submitReport: Record<string, unknown> }>(
      SUBMIT,
      { ...variables, submittedOn: shiftDays(today, -10) },
      operator67,
    );
    expect(paper.errors).toBeUndefined();
    expect(paper.data!.submitReport).toMatchObject({ submittedOn: shiftDays(today, -10), onBehalf: true });
    expect((await stateOf(obligation, city))!.state).toBe('SUBMITTED_ON_TIME');
  });

  it('refuse another municipality’s coordinator, another region’s operator, curators, analysts and anonymous viewers', async () => {
    const obligation = await newObligation(shiftDays(today, 10), 'Права (тест)');
    const variables = { obligationId: obligation, municipalityId: city, input: document };
    for (const token of [otherCoordinator, operator78, curator, analyst, undefined])
      expect(errorCode(await planning.query(SUBMIT, variables, token))).toBe('FORBIDDEN');
  });

  it('refuse bad input — no document, a non-http address, a document dated tomorrow, NUL bytes, huge strings, odd or unknown ids, a municipality of another region — and record nothing', async () => {
    const obligation = await newObligation(shiftDays(today, 10), 'Плохой ввод (тест)');
    const before = await planning.orm.em.fork().count(ReportSubmissionSchema, {});
    const cases: [Record<string, unknown>, string][] = [
      [{ input: {} }, 'BAD_USER_INPUT'],
      [{ input: { documentTitle: '  ' } }, 'BAD_USER_INPUT'],
      [{ input: { documentNumber: '\u200b' } }, 'BAD_USER_INPUT'],
      [{ input: { documentTitle: '\u2060\ufeff\u00a0\u200e' } }, 'BAD_USER_INPUT'],
      [{ input: { documentUrl: 'http://localhost/plan.pdf' } }, 'BAD_USER_INPUT'],
      [{ input: { documentUrl: 'https://intranet/plan.pdf' } }, 'BAD_USER_INPUT'],
      [{ input: { documentUrl: 'http://127.0.0.1:8080/plan.pdf' } }, 'BAD_USER_INPUT'],
      [{ input: document, submittedOn: shiftDays(today, 1) }, 'BAD_USER_INPUT'],
      [{ input: document, submittedOn: shiftDays(today, -1) }, 'BAD_USER_INPUT'],
      [{ input: { documentUrl: 'javascript:alert(1)' } }, 'BAD_USER_INPUT'],
      [{ input: { documentNumber: '1', documentDate: shiftDays(today, 1) } }, 'BAD_USER_INPUT'],
      [{ input: { documentNumber: '1', documentDate: '2023-13-01' } }, 'BAD_USER_INPUT'],
      [{ input: { documentTitle: 'a\u0000b' } }, 'BAD_USER_INPUT'],
      [{ input: { documentTitle: 'x'.repeat(501) } }, 'BAD_USER_INPUT'],
      [{ input: { documentNumber: 'x'.repeat(101) } }, 'BAD_USER_INPUT'],
      [{ obligationId: 'not-a-uuid' }, 'BAD_USER_INPUT'],
      [{ obligationId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      [{ municipalityId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      [{ municipalityId: municipalityIdOf(ZNAMENSKY_OKTMO) }, 'BAD_USER_INPUT'],
    ];
    for (const [change, code] of cases) {
      const response = await planning.query(
        SUBMIT,
        { obligationId: obligation, municipalityId: city, input: document, ...change },
        operator67,
      );
      expect(errorCode(response), JSON.stringify(change)).toBe(code);
    }
    expect(
      errorCode(
        await planning.query(WITHDRAW, { id: '00000000-0000-4000-8000-000000000000', reason: 'x' }, operator67),
      ),
    ).toBe('NOT_FOUND');
    expect(await planning.orm.em.fork().count(ReportSubmissionSchema, {})).toBe(before);
  });
});
