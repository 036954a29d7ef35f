import type { Role, TerritoryScope } from '@mentoring/platform/auth';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@mentoring/platform/testing';
import { seedTexts, sourceProblem } from '@mentoring/sources/testing';
import {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANIZATIONS,
  demoRegionOf,
  organizationIdOf,
  SMOLENSK_CITY_OKTMO,
  SPB_CENTRAL_OKTMO,
} from '@mentoring/subgraph-registry/demo';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignIdOf, SMOLENSK_2021_CAMPAIGN, SMOLENSK_2022_START_CAMPAIGN } from '../src/modules/campaigns/demo.js';
import { analyticsSubgraph } from '../src/subgraph.js';
import type { AnswerAggregate } from '../src/modules/campaigns/aggregates.js';

let analytics: TestSubgraph;
beforeAll(async () => {
  analytics = await startTestSubgraph(analyticsSubgraph, {
    alongside: [registrySubgraph, mentoringSubgraph, planningSubgraph],
  });
});
afterAll(() => analytics?.close());

const OTHER_SMOLENSK_OKTMO = '66610000'; // Вяземский район
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const schoolsIn = (oktmo: string) =>
  DEMO_ORGANIZATIONS.filter((school) => school.kind === 'GENERAL_EDUCATION' && school.municipalityOktmo === oktmo);
const [schoolA1, schoolA2] = schoolsIn(SMOLENSK_CITY_OKTMO).map((school) => organizationIdOf(school.inn)) as [
  string,
  string,
];
const smolenskSchools = DEMO_ORGANIZATIONS.filter(
  (school) => school.kind === 'GENERAL_EDUCATION' && demoRegionOf(school) === '67',
);

const token = (role: Exclude<Role, 'PUBLIC'>, scope: TerritoryScope = {}) => analytics.tokenFor(role, scope);
const operator67 = () => token('REGIONAL_OPERATOR', { regionCode: '67' });
const operator78 = () => token('REGIONAL_OPERATOR', { regionCode: '78' });
const coordinatorA = () => token('MUNICIPAL_COORDINATOR', { regionCode: '67', municipalityOktmo: SMOLENSK_CITY_OKTMO });
const coordinatorB = () =>
  token('MUNICIPAL_COORDINATOR', { regionCode: '67', municipalityOktmo: OTHER_SMOLENSK_OKTMO });
const school = (role: 'SCHOOL_CURATOR' | 'SCHOOL_HEAD', organizationId: string) =>
  token(role, { regionCode: '67', municipalityOktmo: SMOLENSK_CITY_OKTMO, organizationId });

async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  bearer: string | undefined,
): Promise<GraphQLResponse<T>> {
  return analytics.query<T>(query, variables, bearer);
}
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];
const sql = <T extends object>(statement: string, params: unknown[] = []) =>
  analytics.orm.em.getConnection().execute<T[]>(statement, params);

/** Every row of the campaign tables, so a refused mutation can be shown to have changed nothing. */
async function fingerprint(): Promise<string> {
  const tables = ['monitoring_campaign', 'campaign_question', 'campaign_submission', 'campaign_answer'];
  const sums: string[] = [];
  for (const table of tables) {
    const [row] = await analytics.orm.em
      .getConnection()
      .execute<{ sum: string | null }[]>(
        `select md5(string_agg(t::text, '' order by t::text)) as sum from analytics.${table} t`,
      );
    sums.push(`${table}:${row?.sum ?? 'empty'}`);
  }
  return sums.join('|');
}

/** Refused with the code, and nothing changed. */
async function refused(code: string, run: () => Promise<GraphQLResponse>): Promise<GraphQLResponse> {
  const before = await fingerprint();
  const response = await run();
  expect(codeOf(response), JSON.stringify(response.errors)).toBe(code);
  expect(response.errors![0]!.message.length).toBeGreaterThan(10);
  expect(await fingerprint()).toBe(before);
  return response;
}

const CREATE = `mutation ($input: MonitoringCampaignInput!) { createMonitoringCampaign(input: $input) { id version status questions { id code kind } } }`;
const OPEN = `mutation ($id: UUID!, $version: Int!) { openMonitoringCampaign(id: $id, version: $version) { id status version } }`;
const SAVE = `mutation ($campaignId: UUID!, $organizationId: UUID!, $answers: [CampaignAnswerInput!]!) {
  saveCampaignAnswers(campaignId: $campaignId, organizationId: $organizationId, answers: $answers) {
    id status version returnReason answers { question { code } yes number choice text } } }`;
const SUBMIT = `mutation ($id: UUID!, $version: Int!) { submitCampaignSubmission(id: $id, version: $version) { id status version submittedOn } }`;
const ACCEPT = `mutation ($id: UUID!, $version: Int!) { acceptCampaignSubmission(id: $id, version: $version) { id status version coordinatorAcceptedOn operatorAcceptedOn } }`;
const RETURN = `mutation ($id: UUID!, $version: Int!, $reason: String!) { returnCampaignSubmission(id: $id, version: $version, reason: $reason) { id status version returnReason } }`;
const SUBMISSIONS = `query ($campaignId: UUID!, $filter: CampaignSubmissionFilter, $first: Int, $after: String) {
  campaignSubmissions(campaignId: $campaignId, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status version organization { id } } } } }`;

const campaignInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Мониторинг наставничества, 1 квартал 2026 года',
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  opensOn: '2026-04-01',
  organizationDeadline: '2026-04-10',
  coordinatorDeadline: '2026-04-15',
  operatorDeadline: '2026-04-20',
  targetKinds: ['GENERAL_EDUCATION'],
  questions: [
    { code: 'HAS_REGULATION', text: 'Имеется положение о наставничестве', kind: 'YES_NO', required: true },
    { code: 'MENTORS', text: 'Число наставников', kind: 'NUMBER' },
    {
      code: 'COVERED_SHARE',
      text: 'Доля молодых педагогов, охваченных наставничеством, %',
      kind: 'PERCENT',
      indicatorCode: 'DISTRICTS_IMPLEMENTING_MODEL',
      aggregation: 'AVERAGE',
    },
    { code: 'FORM', text: 'Основная форма', kind: 'CHOICE', options: ['учитель – учитель', 'ученик – ученик'] },
    { code: 'COMMENT', text: 'Комментарий', kind: 'TEXT', maxLength: 50 },
    { code: 'REGULATION_URL', text: 'Ссылка на положение', kind: 'URL' },
    { code: 'ORDER_FILE', text: 'Приказ (файл)', kind: 'FILE_LINK' },
  ],
  ...overrides,
});

interface Created {
  id: string;
  version: number;
  questions: { id: string; code: string }[];
}
let campaign: Created;
const questionId = (code: string) => campaign.questions.find((question) => question.code === code)!.id;

async function submissionOf(organizationId: string) {
  const response = await gql<{
    campaignSubmissions: { edges: { node: { id: string; status: string; version: number } }[] };
  }>(SUBMISSIONS, { campaignId: campaign.id, filter: { organizationId } }, await operator67());
  return response.data!.campaignSubmissions.edges[0]!.node;
}

describe('creating and opening a campaign (regional operator)', () => {
  it('lets only the regional operator create a campaign for their region, as a draft', async () => {
    for (const bearer of [
      await coordinatorA(),
      await school('SCHOOL_CURATOR', schoolA1),
      await school('SCHOOL_HEAD', schoolA1),
      await token('ANALYST'),
      await token('EXTERNAL_SYSTEM', { regionCode: '67' }),
      undefined,
    ])
      await refused('FORBIDDEN', () => gql(CREATE, { input: campaignInput() }, bearer));
    const response = await gql<{ createMonitoringCampaign: Created & { status: string } }>(
      CREATE,
      { input: campaignInput() },
      await operator67(),
    );
    expect(response.errors).toBeUndefined();
    campaign = response.data!.createMonitoringCampaign;
    expect(response.data!.createMonitoringCampaign.status).toBe('DRAFT');
    expect(campaign.questions.map((question) => question.code)).toEqual([
      'HAS_REGULATION',
      'MENTORS',
      'COVERED_SHARE',
      'FORM',
      'COMMENT',
      'REGULATION_URL',
      'ORDER_FILE',
    ]);
  });

  it.each([
    ['deadlines out of order', { coordinatorDeadline: '2026-04-05' }],
    ['period out of order', { periodStart: '2026-04-01' }],
    ['a blank title', { title: '   ' }],
    ['no target kinds', { targetKinds: [] }],
    ['no questions', { questions: [] }],
    ['a lower-case question code', { questions: [{ code: 'has regulation', text: 'x', kind: 'YES_NO' }] }],
    [
      'a duplicate question code',
      {
        questions: [
          { code: 'A', text: 'x', kind: 'YES_NO' },
          { code: 'A', text: 'y', kind: 'NUMBER' },
        ],
      },
    ],
    ['a choice with one option', { questions: [{ code: 'A', text: 'x', kind: 'CHOICE', options: ['да'] }] }],
    ['options on a number question', { questions: [{ code: 'A', text: 'x', kind: 'NUMBER', options: ['1', '2'] }] }],
    ['a text length of 0', { questions: [{ code: 'A', text: 'x', kind: 'TEXT', maxLength: 0 }] }],
    [
      'an unknown indicator',
      { questions: [{ code: 'A', text: 'x', kind: 'YES_NO', indicatorCode: 'NO_SUCH', aggregation: 'SHARE_YES' }] },
    ],
    [
      'SHARE_YES on a number question',
      {
        questions: [
          {
            code: 'A',
            text: 'x',
            kind: 'NUMBER',
            indicatorCode: 'ORGS_IMPLEMENTING_TEACHER_MENTORING',
            aggregation: 'SHARE_YES',
          },
        ],
      },
    ],
    [
      'an indicator without aggregation',
      { questions: [{ code: 'A', text: 'x', kind: 'YES_NO', indicatorCode: 'ORGS_IMPLEMENTING_TEACHER_MENTORING' }] },
    ],
    ['a NUL byte in the title', { title: 'Мониторинг\u0000' }],
    [
      'a participation indicator that does not count participation',
      { participationIndicatorCode: 'ORGS_WITH_LOCAL_REGULATION' },
    ],
    ['an unknown participation indicator', { participationIndicatorCode: 'NO_SUCH\u0000' }],
    ['an empty participation indicator code (null or omitted means none)', { participationIndicatorCode: '' }],
    ['a blank participation indicator code', { participationIndicatorCode: '   ' }],
    ['an impossible date', { periodEnd: '2026-02-30' }],
  ])('refuses %s as BAD_USER_INPUT, changing nothing', async (_label, overrides) => {
    await refused('BAD_USER_INPUT', async () => gql(CREATE, { input: campaignInput(overrides) }, await operator67()));
  });

  it('binds a % indicator only to a share of «да» or a mean of percents, naming the question', async () => {
    const [percent] = await sql<{ code: string }>(
      "select code from analytics.indicator where unit = '%' and family <> 'CAMPAIGN_PARTICIPATION' order by code limit 1",
    );
    const [other] = await sql<{ code: string }>(
      "select code from analytics.indicator where unit <> '%' order by code limit 1",
    );
    const question = (kind: string, aggregation: string, indicatorCode: string) => ({
      questions: [
        { code: 'FIRST', text: 'x', kind: 'YES_NO' },
        { code: 'BOUND', text: 'y', kind, indicatorCode, aggregation },
      ],
    });
    for (const [kind, aggregation] of [
      ['NUMBER', 'SUM'],
      ['PERCENT', 'SUM'],
      ['NUMBER', 'AVERAGE'],
    ] as const) {
      const response = await refused('BAD_USER_INPUT', async () =>
        gql(CREATE, { input: campaignInput(question(kind, aggregation, percent!.code)) }, await operator78()),
      );
      expect(response.errors![0]!.extensions!['argument']).toBe('input.questions[1].aggregation');
      expect(response.errors![0]!.message).toContain(percent!.code);
    }
    // YOUNG_TEACHERS_UNDER_35_COVERED, the reviewer's case: «2 (сумма по 1 ОО)» beside a percentage.
    await refused('BAD_USER_INPUT', async () =>
      gql(
        CREATE,
        { input: campaignInput(question('NUMBER', 'SUM', 'YOUNG_TEACHERS_UNDER_35_COVERED')) },
        await operator78(),
      ),
    );
    for (const [kind, aggregation, code] of [
      ['YES_NO', 'SHARE_YES', percent!.code],
      ['PERCENT', 'AVERAGE', percent!.code],
      ['NUMBER', 'SUM', other!.code],
      ['NUMBER', 'AVERAGE', other!.code],
    ] as const) {
      const response = await gql(
        CREATE,
        { input: campaignInput(question(kind, aggregation, code)) },
        await operator78(),
      );
      expect(response.errors, `${kind} ${aggregation} ${code}`).toBeUndefined();
    }
  });

  it('refuses a participation indicator another campaign of the region counts, naming that campaign (CONFLICT)', async () => {
    const [seeded] = await sql<{ title: string }>(
      "select title from analytics.monitoring_campaign where region_code = '67' and participation_indicator_code = 'START_MONITORING_PARTICIPATION'",
    );
    expect(seeded).toBeDefined();
    const taken = await refused('CONFLICT', async () =>
      gql(
        CREATE,
        { input: campaignInput({ participationIndicatorCode: 'START_MONITORING_PARTICIPATION' }) },
        await operator67(),
      ),
    );
    expect(taken.errors![0]!.message).toContain(`«${seeded!.title}»`);
    // Another region's first binding is its own; its second one is refused the same way, even while a draft.
    const first = await gql<{ createMonitoringCampaign: Created }>(
      CREATE,
      {
        input: campaignInput({
          title: 'Мониторинг участия, Санкт-Петербург',
          participationIndicatorCode: ' START_MONITORING_PARTICIPATION ',
        }),
      },
      await operator78(),
    );
    expect(first.errors).toBeUndefined();
    const second = await refused('CONFLICT', async () =>
      gql(
        CREATE,
        { input: campaignInput({ participationIndicatorCode: 'START_MONITORING_PARTICIPATION' }) },
        await operator78(),
      ),
    );
    expect(second.errors![0]!.message).toContain('«Мониторинг участия, Санкт-Петербург»');
    const none = await gql(CREATE, { input: campaignInput({ participationIndicatorCode: null }) }, await operator78());
    expect(none.errors).toBeUndefined();
  });

  it("keeps a draft from others: another region's operator neither reads nor opens it", async () => {
    const read = await gql<{ monitoringCampaign: unknown }>(
      'query ($id: UUID!) { monitoringCampaign(id: $id) { id } }',
      { id: campaign.id },
      await operator78(),
    );
    expect(read.data!.monitoringCampaign).toBeNull();
    await refused('NOT_FOUND', async () =>
      gql(OPEN, { id: campaign.id, version: campaign.version }, await operator78()),
    );
    await refused('FORBIDDEN', async () =>
      gql(OPEN, { id: campaign.id, version: campaign.version }, await coordinatorA()),
    );
  });

  it('opens the draft: every general-education organization of the region gets a NOT_STARTED form', async () => {
    await refused('CONFLICT', async () => gql(OPEN, { id: campaign.id, version: 99 }, await operator67()));
    const opened = await gql<{ openMonitoringCampaign: { status: string; version: number } }>(
      OPEN,
      { id: campaign.id, version: campaign.version },
      await operator67(),
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openMonitoringCampaign.status).toBe('OPEN');
    const completion = await gql<{ campaignCompletion: { region: { targeted: number; submitted: number } } }>(
      'query ($id: UUID!) { campaignCompletion(campaignId: $id) { region { targeted submitted } } }',
      { id: campaign.id },
      await operator67(),
    );
    expect(completion.data!.campaignCompletion.region).toEqual({ targeted: smolenskSchools.length, submitted: 0 });
    expect((await submissionOf(schoolA1)).status).toBe('NOT_STARTED');
    await refused('CONFLICT', async () =>
      gql(OPEN, { id: campaign.id, version: opened.data!.openMonitoringCampaign.version }, await operator67()),
    );
  });
});

describe('filling the form (координатор ОО: school curator or head of the organization)', () => {
  const save = async (answers: unknown[], bearer?: string, organizationId = schoolA1) =>
    gql<{ saveCampaignAnswers: { status: string; answers: { question: { code: string } }[] } }>(
      SAVE,
      { campaignId: campaign.id, organizationId, answers },
      bearer ?? (await school('SCHOOL_CURATOR', schoolA1)),
    );

  it('saves answers of every kind for its own organization; the form becomes a DRAFT', async () => {
    const response = await save([
      { questionId: questionId('HAS_REGULATION'), yes: true },
      { questionId: questionId('MENTORS'), number: 12 },
      { questionId: questionId('COVERED_SHARE'), number: 62.5 },
      { questionId: questionId('FORM'), choice: 'учитель – учитель' },
      { questionId: questionId('COMMENT'), text: '  Положение принято в 2022 году  ' },
      { questionId: questionId('REGULATION_URL'), text: 'https://school.example.org/polozhenie' },
      { questionId: questionId('ORDER_FILE'), text: 'http://school.example.org/prikaz.pdf' },
    ]);
    expect(response.errors).toBeUndefined();
    expect(response.data!.saveCampaignAnswers.status).toBe('DRAFT');
    expect(response.data!.saveCampaignAnswers.answers).toHaveLength(7);
    expect(response.data!.saveCampaignAnswers.answers[4]).toMatchObject({ text: 'Положение принято в 2022 году' });
  });

  it('refuses a save without answers as BAD_USER_INPUT («нет ответов»), keeping the version', async () => {
    const before = await submissionOf(schoolA1);
    const response = await refused('BAD_USER_INPUT', () => save([]));
    expect(response.errors![0]!.message).toContain('Нет ответов');
    expect((await submissionOf(schoolA1)).version).toBe(before.version);
  });

  it.each([
    ['a percent of 101', () => [{ questionId: questionId('COVERED_SHARE'), number: 101 }]],
    ['a negative percent', () => [{ questionId: questionId('COVERED_SHARE'), number: -0.5 }]],
    ['a number beyond 10¹²', () => [{ questionId: questionId('MENTORS'), number: 1e13 }]],
    ['an ftp URL', () => [{ questionId: questionId('REGULATION_URL'), text: 'ftp://school.example.org/x' }]],
    ['a javascript: URL', () => [{ questionId: questionId('ORDER_FILE'), text: 'javascript:alert(1)' }]],
    ['a URL with spaces', () => [{ questionId: questionId('REGULATION_URL'), text: 'https://a b' }]],
    ['an unknown choice', () => [{ questionId: questionId('FORM'), choice: 'работодатель – студент' }]],
    ['text over the question’s 50 characters', () => [{ questionId: questionId('COMMENT'), text: 'я'.repeat(51) }]],
    ['100,000 characters', () => [{ questionId: questionId('COMMENT'), text: 'я'.repeat(100_000) }]],
    ['a NUL byte', () => [{ questionId: questionId('COMMENT'), text: 'Поло\u0000жение' }]],
    ['a yes/no answer to a number question', () => [{ questionId: questionId('MENTORS'), yes: true }]],
    ['two values for one question', () => [{ questionId: questionId('MENTORS'), number: 1, text: '1' }]],
    [
      'the same question twice',
      () => [
        { questionId: questionId('MENTORS'), number: 1 },
        { questionId: questionId('MENTORS'), number: 2 },
      ],
    ],
    ['a question of another campaign', () => [{ questionId: '00000000-0000-4000-8000-000000000000', yes: true }]],
    ['a malformed question id', () => [{ questionId: 'not-a-uuid', yes: true }]],
  ])('refuses %s as BAD_USER_INPUT, changing nothing', async (_label, answers) => {
    await refused('BAD_USER_INPUT', () => save(answers()));
  });

  it("refuses another school's curator, the coordinator and the operator", async () => {
    const answers = [{ questionId: questionId('MENTORS'), number: 3 }];
    await refused('FORBIDDEN', async () => save(answers, await school('SCHOOL_CURATOR', schoolA2)));
    await refused('FORBIDDEN', async () => save(answers, await school('SCHOOL_HEAD', schoolA2)));
    await refused('FORBIDDEN', async () => save(answers, await coordinatorA()));
    await refused('FORBIDDEN', async () => save(answers, await operator67()));
    const submission = await submissionOf(schoolA1);
    await refused('FORBIDDEN', async () =>
      gql(SUBMIT, { id: submission.id, version: submission.version }, await school('SCHOOL_CURATOR', schoolA2)),
    );
  });

  it('refuses malformed ids as BAD_USER_INPUT', async () => {
    const response = await gql(
      SAVE,
      { campaignId: "' or 1=1 --", organizationId: schoolA1, answers: [] },
      await school('SCHOOL_CURATOR', schoolA1),
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});

describe('the status machine: organization → municipal coordinator → regional operator', () => {
  it('runs submit, return with a reason, resubmit, accept by coordinator then operator, and nothing after', async () => {
    const curator = await school('SCHOOL_CURATOR', schoolA1);
    let submission = await submissionOf(schoolA1);
    // No accept before submit.
    await refused('CONFLICT', async () =>
      gql(ACCEPT, { id: submission.id, version: submission.version }, await coordinatorA()),
    );
    const submitted = await gql<{ submitCampaignSubmission: { status: string; version: number } }>(
      SUBMIT,
      { id: submission.id, version: submission.version },
      curator,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitCampaignSubmission.status).toBe('SUBMITTED');
    submission = await submissionOf(schoolA1);
    // No editing after submit; the operator does not accept before the coordinator; another municipality's coordinator is refused.
    await refused('CONFLICT', () =>
      gql(SAVE, { campaignId: campaign.id, organizationId: schoolA1, answers: [] }, curator),
    );
    await refused('CONFLICT', async () =>
      gql(ACCEPT, { id: submission.id, version: submission.version }, await operator67()),
    );
    await refused('FORBIDDEN', async () =>
      gql(ACCEPT, { id: submission.id, version: submission.version }, await coordinatorB()),
    );
    await refused('FORBIDDEN', async () =>
      gql(ACCEPT, { id: submission.id, version: submission.version }, await operator78()),
    );
    await refused('FORBIDDEN', () => gql(ACCEPT, { id: submission.id, version: submission.version }, curator));
    // Return needs a reason.
    await refused('BAD_USER_INPUT', async () =>
      gql(RETURN, { id: submission.id, version: submission.version, reason: '   ' }, await coordinatorA()),
    );
    const returned = await gql<{ returnCampaignSubmission: { status: string; returnReason: string } }>(
      RETURN,
      { id: submission.id, version: submission.version, reason: 'Не указана ссылка на приказ' },
      await coordinatorA(),
    );
    expect(returned.data!.returnCampaignSubmission).toMatchObject({
      status: 'RETURNED',
      returnReason: 'Не указана ссылка на приказ',
    });
    // The organization edits the returned form and submits again.
    const edited = await gql<{ saveCampaignAnswers: { status: string } }>(
      SAVE,
      {
        campaignId: campaign.id,
        organizationId: schoolA1,
        answers: [{ questionId: questionId('MENTORS'), number: 14 }],
      },
      await school('SCHOOL_HEAD', schoolA1),
    );
    expect(edited.data!.saveCampaignAnswers.status).toBe('RETURNED');
    submission = await submissionOf(schoolA1);
    await refused('CONFLICT', () => gql(SUBMIT, { id: submission.id, version: submission.version - 1 }, curator));
    await gql(SUBMIT, { id: submission.id, version: submission.version }, curator);
    submission = await submissionOf(schoolA1);
    const byCoordinator = await gql<{ acceptCampaignSubmission: { status: string; coordinatorAcceptedOn: string } }>(
      ACCEPT,
      { id: submission.id, version: submission.version },
      await coordinatorA(),
    );
    expect(byCoordinator.data!.acceptCampaignSubmission.status).toBe('ACCEPTED_BY_COORDINATOR');
    submission = await submissionOf(schoolA1);
    // No editing after acceptance; the coordinator cannot return what they accepted.
    await refused('CONFLICT', () =>
      gql(
        SAVE,
        {
          campaignId: campaign.id,
          organizationId: schoolA1,
          answers: [{ questionId: questionId('MENTORS'), number: 1 }],
        },
        curator,
      ),
    );
    await refused('CONFLICT', () => gql(SUBMIT, { id: submission.id, version: submission.version }, curator));
    await refused('CONFLICT', async () =>
      gql(RETURN, { id: submission.id, version: submission.version, reason: 'ещё раз' }, await coordinatorA()),
    );
    const byOperator = await gql<{ acceptCampaignSubmission: { status: string } }>(
      ACCEPT,
      { id: submission.id, version: submission.version },
      await operator67(),
    );
    expect(byOperator.data!.acceptCampaignSubmission.status).toBe('ACCEPTED_BY_OPERATOR');
    submission = await submissionOf(schoolA1);
    await refused('CONFLICT', async () =>
      gql(RETURN, { id: submission.id, version: submission.version, reason: 'поздно' }, await operator67()),
    );
    await refused('CONFLICT', async () =>
      gql(ACCEPT, { id: submission.id, version: submission.version }, await operator67()),
    );
  });

  it('puts accepted answers of bound questions, and only those, into analytics.campaign_indicator_answer', async () => {
    const rows = await analytics.orm.em
      .getConnection()
      .execute<{ number_value: string; aggregation: string; period_end: string | Date; organization_id: string }[]>(
        'select number_value, aggregation, period_end, organization_id from analytics.campaign_indicator_answer where campaign_id = ?',
        [campaign.id],
      );
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.number_value)).toBe(62.5);
    expect(rows[0]).toMatchObject({ aggregation: 'AVERAGE', organization_id: schoolA1 });
  });
});

describe('reading forms in the viewer’s territory', () => {
  const total = async (bearer: string | undefined, filter?: Record<string, unknown>) => {
    const response = await gql<{ campaignSubmissions: { totalCount: number } }>(
      SUBMISSIONS,
      { campaignId: campaign.id, ...(filter ? { filter } : {}) },
      bearer,
    );
    return codeOf(response) ?? response.data!.campaignSubmissions.totalCount;
  };

  it('shows the operator the region, the coordinator the municipality, the curator and head their school', async () => {
    expect(await total(await operator67())).toBe(smolenskSchools.length);
    expect(await total(await coordinatorA())).toBe(schoolsIn(SMOLENSK_CITY_OKTMO).length);
    expect(await total(await school('SCHOOL_CURATOR', schoolA1))).toBe(1);
    expect(await total(await school('SCHOOL_HEAD', schoolA2))).toBe(1);
    expect(await total(await operator78())).toBe(0);
    expect(await total(await operator67(), { municipalityOktmo: OTHER_SMOLENSK_OKTMO })).toBe(
      schoolsIn(OTHER_SMOLENSK_OKTMO).length,
    );
    expect(await total(await coordinatorA(), { municipalityOktmo: OTHER_SMOLENSK_OKTMO })).toBe(0);
    expect(await total(await operator67(), { status: 'ACCEPTED_BY_OPERATOR' })).toBe(1);
  });

  it('gives analysts, other regions’ systems and the public no single organization’s form', async () => {
    expect(await total(await token('ANALYST'))).toBe('FORBIDDEN');
    expect(await total(await token('EXTERNAL_SYSTEM', { regionCode: '67' }))).toBe('FORBIDDEN');
    expect(await total(undefined)).toBe('FORBIDDEN');
  });

  it('pages with cursors and refuses tampered cursors, page sizes and dates', async () => {
    const bearer = await operator67();
    const first = await gql<{ campaignSubmissions: { pageInfo: { endCursor: string }; edges: unknown[] } }>(
      SUBMISSIONS,
      { campaignId: campaign.id, first: 5 },
      bearer,
    );
    expect(first.data!.campaignSubmissions.edges).toHaveLength(5);
    const next = await gql<{ campaignSubmissions: { edges: { node: { id: string } }[] } }>(
      SUBMISSIONS,
      { campaignId: campaign.id, first: 5, after: first.data!.campaignSubmissions.pageInfo.endCursor },
      bearer,
    );
    expect(next.data!.campaignSubmissions.edges).toHaveLength(5);
    for (const after of ['!!!', Buffer.from('[1,2]').toString('base64url'), 'x'.repeat(3000)])
      expect(codeOf(await gql(SUBMISSIONS, { campaignId: campaign.id, after }, bearer))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(SUBMISSIONS, { campaignId: campaign.id, first: 101 }, bearer))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(SUBMISSIONS, { campaignId: 'x' }, bearer))).toBe('BAD_USER_INPUT');
    const badDate = await gql(
      'query ($id: UUID!) { campaignOverdue(campaignId: $id, level: ORGANIZATION, asOf: "2024-02-30") { totalCount } }',
      { id: campaign.id },
      bearer,
    );
    expect(codeOf(badDate)).toBe('BAD_USER_INPUT');
  });
});

describe('cursors: only those the list issued', () => {
  const CAMPAIGNS = `query ($first: Int, $after: String, $filter: MonitoringCampaignFilter) {
    monitoringCampaigns(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
  type Page = {
    monitoringCampaigns: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string } }[];
    };
  };
  const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

  it('pages through every campaign an operator may see, one by one, in the order of the reporting period', async () => {
    const bearer = await operator67();
    const expected = await sql<{ id: string }>(
      "select id from analytics.monitoring_campaign where status <> 'DRAFT' or region_code = '67' order by period_end desc, id asc",
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < expected.length + 1; page++) {
      const response: GraphQLResponse<Page> = await gql<Page>(CAMPAIGNS, { first: 1, after }, bearer);
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = response.data!.monitoringCampaigns;
      expect(totalCount).toBe(expected.length);
      seen.push(...edges.map((edge) => edge.node.id));
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((row) => row.id));
  });

  it('refuses forged, foreign and hidden cursors as BAD_USER_INPUT', async () => {
    const bearer = await operator67();
    const page = await gql<Page>(CAMPAIGNS, { first: 1, filter: { status: 'DRAFT' } }, await operator78());
    const draftCursor = page.data!.monitoringCampaigns.edges[0]!.cursor;
    const submissions = await gql<{ campaignSubmissions: { pageInfo: { endCursor: string } } }>(
      SUBMISSIONS,
      { campaignId: campaign.id, first: 1 },
      bearer,
    );
    const submissionCursor = submissions.data!.campaignSubmissions.pageInfo.endCursor;
    const [someSubmission] = await sql<{ id: string; organization_id: string }>(
      'select id, organization_id from analytics.campaign_submission where campaign_id = ? order by organization_id limit 1',
      [campaign.id],
    );
    for (const [after, bearerOf] of [
      // The reviewer's cursor: well-typed sort values of no campaign.
      [forged(['2099-01-01', '00000000-0000-0000-0000-000000000000']), operator67],
      [forged(['2021-06-30', campaignIdOf(SMOLENSK_2021_CAMPAIGN)]), operator67],
      [Buffer.from(`MonitoringCampaign:${UNKNOWN}`).toString('base64url'), operator67],
      [submissionCursor, operator67],
      // Another region's operator does not see the draft the cursor names.
      [draftCursor, operator67],
    ] as const) {
      const response = await gql(CAMPAIGNS, { first: 1, after }, await bearerOf());
      expect(codeOf(response), after).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await gql(CAMPAIGNS, { first: 1, after: draftCursor }, await operator78()))).toBeUndefined();
    for (const after of [
      forged([someSubmission!.organization_id, someSubmission!.id]),
      draftCursor,
      Buffer.from(`CampaignSubmission:${someSubmission!.id}`).toString('base64'),
    ])
      expect(codeOf(await gql(SUBMISSIONS, { campaignId: campaign.id, after }, bearer)), after).toBe('BAD_USER_INPUT');
    // A form outside the coordinator's municipality is no cursor of their list.
    const [outside] = await sql<{ id: string }>(
      `select s.id from analytics.campaign_submission s join registry_pub.organization_territory t on t.organization_id = s.organization_id
        where s.campaign_id = ? and t.municipality_oktmo <> ? limit 1`,
      [campaign.id, SMOLENSK_CITY_OKTMO],
    );
    const outsideCursor = Buffer.from(`CampaignSubmission:${outside!.id}`).toString('base64url');
    expect(codeOf(await gql(SUBMISSIONS, { campaignId: campaign.id, after: outsideCursor }, bearer))).toBeUndefined();
    expect(
      codeOf(await gql(SUBMISSIONS, { campaignId: campaign.id, after: outsideCursor }, await coordinatorA())),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('aggregates', () => {
  it('counts completion for all municipalities in ONE statement joined on registry_pub.organization_territory', async () => {
    const bearer = await token('ANALYST');
    let response: GraphQLResponse<{
      campaignCompletion: { municipalities: { municipalityOktmo: string }[] };
    }> = { status: 0 };
    const statements = await analytics.sql.during(async () => {
      response = await gql(
        'query ($id: UUID!) { campaignCompletion(campaignId: $id) { region { targeted } municipalities { municipalityOktmo targeted submitted accepted share acceptedShare } } }',
        { id: campaign.id },
        bearer,
      );
    });
    expect(response.errors).toBeUndefined();
    const aggregating = statements.filter((statement) => statement.includes('organization_territory'));
    expect(aggregating).toHaveLength(1);
    expect(aggregating[0]).toMatch(/group by grouping sets/);
    // The other statement reads the campaign itself.
    expect(statements).toHaveLength(2);
    expect(response.data!.campaignCompletion.municipalities).toHaveLength(27);
  });

  const SUMMARY = `query ($id: UUID!) { campaignAnswerSummary(campaignId: $id) { questions { question { code }
    region { answered yes no yesShare sum average choices { option count } suppressed note }
    municipalities { municipalityOktmo answered yes no yesShare sum average choices { option count } suppressed note } } } }`;
  /** As the query selects it: the aggregate without the municipality reference. */
  type Aggregate = Omit<AnswerAggregate, 'municipality' | 'municipalityOktmo'> & { municipalityOktmo?: string | null };
  const summary = async (id: string, bearer: string | undefined) => {
    const response = await gql<{
      campaignAnswerSummary: {
        questions: { question: { code: string }; region: Aggregate; municipalities: Aggregate[] }[];
      };
    }>(SUMMARY, { id }, bearer);
    expect(response.errors).toBeUndefined();
    return new Map(response.data!.campaignAnswerSummary.questions.map((entry) => [entry.question.code, entry]));
  };
  const hiddenFigures = {
    yes: null,
    no: null,
    yesShare: null,
    sum: null,
    average: null,
    suppressed: true,
  };

  it('aggregates answers per question and territory for the region’s operator: numbers, choices, yes/no; text only as a count', async () => {
    const byCode = await summary(campaign.id, await operator67());
    expect(byCode.get('HAS_REGULATION')!.region).toMatchObject({ answered: 1, yes: 1, suppressed: false, note: null });
    expect(byCode.get('MENTORS')!.region).toMatchObject({ answered: 1, sum: 14, average: 14 });
    expect(byCode.get('FORM')!.region.choices).toEqual([
      { option: 'учитель – учитель', count: 1 },
      { option: 'ученик – ученик', count: 0 },
    ]);
    expect(byCode.get('COMMENT')!.region.answered).toBe(1);
    expect(byCode.get('MENTORS')!.municipalities).toMatchObject([
      { municipalityOktmo: SMOLENSK_CITY_OKTMO, answered: 1, sum: 14, suppressed: false },
    ]);
  });

  it('hides an aggregate of fewer than 5 organizations from analysts, other systems and other territories', async () => {
    for (const bearer of [
      await token('ANALYST'),
      await token('EXTERNAL_SYSTEM', { regionCode: '67' }),
      await operator78(),
      await coordinatorB(),
    ]) {
      const byCode = await summary(campaign.id, bearer);
      for (const entry of byCode.values())
        for (const row of [entry.region, ...entry.municipalities]) {
          expect(row).toMatchObject({ answered: 1, ...hiddenFigures });
          expect(row.note).toMatch(/меньше 5 организаций/);
        }
      expect(byCode.get('FORM')!.region.choices).toEqual([
        { option: 'учитель – учитель', count: null },
        { option: 'ученик – ученик', count: null },
      ]);
    }
    // The coordinator of the municipality sees its row; the region's row of one school stays hidden from them.
    const byCode = await summary(campaign.id, await coordinatorA());
    expect(byCode.get('MENTORS')!.municipalities).toMatchObject([{ answered: 1, sum: 14, suppressed: false }]);
    expect(byCode.get('MENTORS')!.region).toMatchObject({ answered: 1, ...hiddenFigures });
  });

  it('shows the 2021 monitoring’s municipalities of 5 or more forms to an analyst, and no small one, not even by difference', async () => {
    const id = campaignIdOf(SMOLENSK_2021_CAMPAIGN);
    const expected = await sql<{ oktmo: string; answered: string; yes: string }>(
      `select t.municipality_oktmo as oktmo, count(*) as answered, count(*) filter (where a.yes_value) as yes
         from analytics.campaign_answer a
         join analytics.campaign_question q on q.id = a.question_id and q.position = 1
         join analytics.campaign_submission s on s.id = a.submission_id
         join registry_pub.organization_territory t on t.organization_id = s.organization_id
        where s.campaign_id = ? and s.status in ('ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR')
        group by t.municipality_oktmo`,
      [id],
    );
    const sqlOf = new Map(expected.map((row) => [row.oktmo, { answered: Number(row.answered), yes: Number(row.yes) }]));
    const [first] = (await summary(id, await token('ANALYST'))).values();
    const total = [...sqlOf.values()].reduce((sum, row) => sum + row.yes, 0);
    expect(first!.region).toMatchObject({ yes: total, suppressed: false });
    expect(first!.municipalities).toHaveLength(sqlOf.size);
    const hidden = first!.municipalities.filter((row) => row.suppressed);
    for (const row of first!.municipalities) {
      const truth = sqlOf.get(row.municipalityOktmo!)!;
      expect(row.answered).toBe(truth.answered);
      if (truth.answered < 5) expect(row).toMatchObject(hiddenFigures);
      if (!row.suppressed) expect(row.yes).toBe(truth.yes);
    }
    // Hidden rows, if any, are never one alone or under 5 forms together: region minus shown rows names no school.
    if (hidden.length > 0) {
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      expect(hidden.reduce((sum, row) => sum + row.answered, 0)).toBeGreaterThanOrEqual(5);
    }
    // The region's operator sees every municipality as counted.
    const [own] = (await summary(id, await operator67())).values();
    for (const row of own!.municipalities)
      expect(row).toMatchObject({ suppressed: false, yes: sqlOf.get(row.municipalityOktmo!)!.yes });
  });

  it('lists overdue forms per level as of a day (the 2022 start monitoring, deadlines 25 December 2022)', async () => {
    const id = campaignIdOf(SMOLENSK_2022_START_CAMPAIGN);
    const overdue = async (level: string, asOf: string) => {
      const response = await gql<{ campaignOverdue: { totalCount: number } }>(
        'query ($id: UUID!, $level: CampaignLevel!, $asOf: Date) { campaignOverdue(campaignId: $id, level: $level, asOf: $asOf) { totalCount } }',
        { id, level, asOf },
        await operator67(),
      );
      expect(response.errors).toBeUndefined();
      return response.data!.campaignOverdue.totalCount;
    };
    // The synthetic mix: per 20 schools 11 accepted by the operator, 3 by the coordinator, 2 submitted, 1 returned, 1 draft, 2 not started.
    expect(await overdue('ORGANIZATION', '2022-12-20')).toBe(0);
    expect(await overdue('ORGANIZATION', '2022-12-26')).toBe(60);
    expect(await overdue('COORDINATOR', '2022-12-26')).toBe(30);
    expect(await overdue('OPERATOR', '2022-12-26')).toBe(45);
    const coordinatorView = await gql<{ campaignOverdue: { totalCount: number } }>(
      'query ($id: UUID!) { campaignOverdue(campaignId: $id, level: ORGANIZATION, asOf: "2022-12-26") { totalCount } }',
      { id },
      await coordinatorA(),
    );
    expect(coordinatorView.data!.campaignOverdue.totalCount).toBeLessThan(60);
    expect(coordinatorView.data!.campaignOverdue.totalCount).toBeGreaterThan(0);
  });
});

describe('demo data: the monitorings of seeds 002 and 000', () => {
  it('holds the 2021 monitoring: 300 accepted forms from 27 municipalities, 112 answering yes', async () => {
    const id = campaignIdOf(SMOLENSK_2021_CAMPAIGN);
    const response = await gql<{
      campaignCompletion: { region: { targeted: number; accepted: number }; municipalities: unknown[] };
      campaignAnswerSummary: { questions: { region: { yes: number; no: number } }[] };
    }>(
      'query ($id: UUID!) { campaignCompletion(campaignId: $id) { region { targeted accepted } municipalities { municipalityOktmo } } campaignAnswerSummary(campaignId: $id) { questions { region { yes no } } } }',
      { id },
      await token('ANALYST'),
    );
    expect(response.data!.campaignCompletion.region).toEqual({ targeted: 300, accepted: 300 });
    expect(response.data!.campaignCompletion.municipalities).toHaveLength(
      DEMO_MUNICIPALITIES.filter((municipality) => municipality.regionCode === '67').length,
    );
    expect(response.data!.campaignAnswerSummary.questions[0]!.region).toEqual({ yes: 112, no: 188 });
  });

  it('gives analytics.campaign_indicator_answer 300 rows for ORGS_IMPLEMENTING_TEACHER_MENTORING summing to 112, for the first half of 2021', async () => {
    const [row] = await analytics.orm.em.getConnection().execute<{ rows: string; yes: string; periods: string[] }[]>(
      `select count(*) as rows, sum(number_value) as yes, array_agg(distinct period_end::text) as periods
           from analytics.campaign_indicator_answer where indicator_code = 'ORGS_IMPLEMENTING_TEACHER_MENTORING'`,
    );
    expect(Number(row!.rows)).toBe(300);
    expect(Number(row!.yes)).toBe(112);
    expect(row!.periods).toEqual(['2021-06-30']);
  });

  it('binds the 2022 start monitoring to its roadmap result «100% ОО приняли участие», and the 2021 one to none', async () => {
    const read = async (id: string) => {
      const response = await gql<{ monitoringCampaign: { participationIndicator: { code: string } | null } }>(
        'query ($id: UUID!) { monitoringCampaign(id: $id) { participationIndicator { code } } }',
        { id },
        await token('ANALYST'),
      );
      expect(response.errors).toBeUndefined();
      return response.data!.monitoringCampaign.participationIndicator;
    };
    expect(await read(campaignIdOf(SMOLENSK_2022_START_CAMPAIGN))).toEqual({ code: 'START_MONITORING_PARTICIPATION' });
    expect(await read(campaignIdOf(SMOLENSK_2021_CAMPAIGN))).toBeNull();
  });

  it('marks the synthetic parts and quotes the seeds word for word', async () => {
    const response = await gql<{
      monitoringCampaigns: {
        edges: {
          node: {
            dataOrigin: string;
            source: { document: string; clause: string; quote: string } | null;
            questions: { dataOrigin: string; source: { document: string; clause: string; quote: string } | null }[];
          };
        }[];
      };
      campaignSubmissions: { edges: { node: { dataOrigin: string; answers: { dataOrigin: string }[] } }[] };
    }>(
      `query ($id: UUID!) { monitoringCampaigns(filter: { regionCode: "67", status: CLOSED }) { edges { node { dataOrigin source { document clause quote } questions { dataOrigin source { document clause quote } } } } }
         campaignSubmissions(campaignId: $id, first: 3) { edges { node { dataOrigin answers { dataOrigin } } } } }`,
      { id: campaignIdOf(SMOLENSK_2021_CAMPAIGN) },
      await operator67(),
    );
    expect(response.errors).toBeUndefined();
    const campaigns = response.data!.monitoringCampaigns.edges.map((edge) => edge.node);
    expect(campaigns).toHaveLength(2);
    for (const edge of response.data!.campaignSubmissions.edges) {
      expect(edge.node.dataOrigin).toBe('SYNTHETIC');
      for (const answer of edge.node.answers) expect(answer.dataOrigin).toBe('SYNTHETIC');
    }
    const texts = seedTexts();
    for (const node of campaigns) {
      expect(node.dataOrigin).toBe('SEED');
      const sources = [node.source, ...node.questions.map((question) => question.source)];
      for (const question of node.questions) expect(question.source === null).toBe(question.dataOrigin === 'SYNTHETIC');
      if (texts)
        for (const source of sources) if (source) expect(sourceProblem(texts, source), source.quote).toBeNull();
    }
  });

  it('shows no campaign of another region to an operator as a draft, but lists open and closed ones to every role', async () => {
    const response = await gql<{ monitoringCampaigns: { totalCount: number } }>(
      '{ monitoringCampaigns { totalCount } }',
      {},
      await operator78(),
    );
    expect(response.data!.monitoringCampaigns.totalCount).toBeGreaterThanOrEqual(3);
  });
});

describe("another region's operator", () => {
  it('is refused on region 67 forms, and region 67 operator on region 78 forms', async () => {
    const created = await gql<{ createMonitoringCampaign: Created }>(
      CREATE,
      { input: campaignInput({ title: 'Мониторинг Санкт-Петербурга' }) },
      await operator78(),
    );
    const spb = created.data!.createMonitoringCampaign;
    await gql(OPEN, { id: spb.id, version: spb.version }, await operator78());
    const spbSchool = organizationIdOf(schoolsIn(SPB_CENTRAL_OKTMO)[0]!.inn);
    const forms = await gql<{ campaignSubmissions: { edges: { node: { id: string; version: number } }[] } }>(
      SUBMISSIONS,
      { campaignId: spb.id, filter: { organizationId: spbSchool } },
      await operator78(),
    );
    const form = forms.data!.campaignSubmissions.edges[0]!.node;
    await refused('FORBIDDEN', async () => gql(ACCEPT, { id: form.id, version: form.version }, await operator67()));
    await refused('FORBIDDEN', async () =>
      gql(RETURN, { id: form.id, version: form.version, reason: 'чужой регион' }, await operator67()),
    );
    await refused('FORBIDDEN', async () =>
      gql(SAVE, { campaignId: spb.id, organizationId: spbSchool, answers: [] }, await school('SCHOOL_HEAD', schoolA1)),
    );
  });
});

describe('closing a campaign (regional operator)', () => {
  const CLOSE = `mutation ($id: UUID!, $version: Int!) { closeMonitoringCampaign(id: $id, version: $version) { id status version } }`;
  const schoolA3 = organizationIdOf(schoolsIn(SMOLENSK_CITY_OKTMO)[2]!.inn);

  it('closes only an open campaign of the operator’s region; afterwards no form is saved, submitted, accepted or returned', async () => {
    const created = await gql<{ createMonitoringCampaign: Created }>(
      CREATE,
      { input: campaignInput({ title: 'Мониторинг для закрытия' }) },
      await operator67(),
    );
    campaign = created.data!.createMonitoringCampaign;
    // A draft: another region's operator does not find it, its own operator cannot close it before it opens.
    await refused('NOT_FOUND', async () =>
      gql(CLOSE, { id: campaign.id, version: campaign.version }, await operator78()),
    );
    await refused('CONFLICT', async () =>
      gql(CLOSE, { id: campaign.id, version: campaign.version }, await operator67()),
    );
    await refused('NOT_FOUND', async () => gql(CLOSE, { id: UNKNOWN, version: 1 }, await operator67()));
    const opened = await gql<{ openMonitoringCampaign: { version: number } }>(
      OPEN,
      { id: campaign.id, version: campaign.version },
      await operator67(),
    );
    const version = opened.data!.openMonitoringCampaign.version;
    // Forms in every state a write could start from: submitted, accepted by the coordinator, a draft.
    const fill = async (organizationId: string) => {
      const bearer = await school('SCHOOL_CURATOR', organizationId);
      await gql(
        SAVE,
        { campaignId: campaign.id, organizationId, answers: [{ questionId: questionId('HAS_REGULATION'), yes: true }] },
        bearer,
      );
      const form = await submissionOf(organizationId);
      await gql(SUBMIT, { id: form.id, version: form.version }, bearer);
      return submissionOf(organizationId);
    };
    const submitted = await fill(schoolA1);
    const toAccept = await fill(schoolA2);
    await gql(ACCEPT, { id: toAccept.id, version: toAccept.version }, await coordinatorA());
    const accepted = await submissionOf(schoolA2);
    expect(accepted.status).toBe('ACCEPTED_BY_COORDINATOR');
    await gql(
      SAVE,
      {
        campaignId: campaign.id,
        organizationId: schoolA3,
        answers: [{ questionId: questionId('MENTORS'), number: 2 }],
      },
      await school('SCHOOL_CURATOR', schoolA3),
    );
    const draft = await submissionOf(schoolA3);
    expect(draft.status).toBe('DRAFT');

    for (const bearer of [
      await coordinatorA(),
      await school('SCHOOL_CURATOR', schoolA1),
      await token('ANALYST'),
      await token('EXTERNAL_SYSTEM', { regionCode: '67' }),
      await operator78(),
      undefined,
    ])
      await refused('FORBIDDEN', () => gql(CLOSE, { id: campaign.id, version }, bearer));
    await refused('CONFLICT', async () => gql(CLOSE, { id: campaign.id, version: version - 1 }, await operator67()));
    const closed = await gql<{ closeMonitoringCampaign: { status: string; version: number } }>(
      CLOSE,
      { id: campaign.id, version },
      await operator67(),
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeMonitoringCampaign.status).toBe('CLOSED');
    expect(closed.data!.closeMonitoringCampaign.version).toBeGreaterThan(version);
    const [row] = await sql<{ status: string }>('select status from analytics.monitoring_campaign where id = ?', [
      campaign.id,
    ]);
    expect(row!.status).toBe('CLOSED');
    await refused('CONFLICT', async () =>
      gql(CLOSE, { id: campaign.id, version: closed.data!.closeMonitoringCampaign.version }, await operator67()),
    );

    const curator = await school('SCHOOL_CURATOR', schoolA3);
    await refused('CONFLICT', () =>
      gql(
        SAVE,
        {
          campaignId: campaign.id,
          organizationId: schoolA3,
          answers: [{ questionId: questionId('MENTORS'), number: 3 }],
        },
        curator,
      ),
    );
    await refused('CONFLICT', () => gql(SUBMIT, { id: draft.id, version: draft.version }, curator));
    await refused('CONFLICT', async () =>
      gql(ACCEPT, { id: submitted.id, version: submitted.version }, await coordinatorA()),
    );
    await refused('CONFLICT', async () =>
      gql(RETURN, { id: submitted.id, version: submitted.version, reason: 'поздно' }, await coordinatorA()),
    );
    await refused('CONFLICT', async () =>
      gql(ACCEPT, { id: accepted.id, version: accepted.version }, await operator67()),
    );
    await refused('CONFLICT', async () =>
      gql(RETURN, { id: accepted.id, version: accepted.version, reason: 'поздно' }, await operator67()),
    );
    // What was collected stays readable.
    const completion = await gql<{ campaignCompletion: { region: { submitted: number; accepted: number } } }>(
      'query ($id: UUID!) { campaignCompletion(campaignId: $id) { region { submitted accepted } } }',
      { id: campaign.id },
      await operator67(),
    );
    expect(completion.data!.campaignCompletion.region).toEqual({ submitted: 2, accepted: 1 });
  });
});
