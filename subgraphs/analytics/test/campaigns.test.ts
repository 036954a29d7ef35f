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
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignIdOf, SMOLENSK_2021_CAMPAIGN, SMOLENSK_2022_START_CAMPAIGN } from '../src/modules/campaigns/demo.js';
import { analyticsSubgraph } from '../src/subgraph.js';

let analytics: TestSubgraph;
beforeAll(async () => {
  analytics = await startTestSubgraph(analyticsSubgraph, { alongside: [registrySubgraph, mentoringSubgraph] });
});
afterAll(() => analytics?.close());

const OTHER_SMOLENSK_OKTMO = '66610000'; // Вяземский район
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
    ['an impossible date', { periodEnd: '2026-02-30' }],
  ])('refuses %s as BAD_USER_INPUT, changing nothing', async (_label, overrides) => {
    await refused('BAD_USER_INPUT', async () => gql(CREATE, { input: campaignInput(overrides) }, await operator67()));
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

  it('aggregates answers per question and territory for an analyst: numbers, choices, yes/no; text only as a count', async () => {
    const response = await gql<{
      campaignAnswerSummary: {
        questions: {
          question: { code: string };
          region: {
            answered: number;
            yes: number;
            sum: number | null;
            average: number | null;
            choices: { option: string; count: number }[];
          };
          municipalities: { municipalityOktmo: string; answered: number }[];
        }[];
      };
    }>(
      'query ($id: UUID!) { campaignAnswerSummary(campaignId: $id) { questions { question { code } region { answered yes no sum average choices { option count } } municipalities { municipalityOktmo answered } } } }',
      { id: campaign.id },
      await token('ANALYST'),
    );
    expect(response.errors).toBeUndefined();
    const byCode = new Map(response.data!.campaignAnswerSummary.questions.map((entry) => [entry.question.code, entry]));
    expect(byCode.get('HAS_REGULATION')!.region).toMatchObject({ answered: 1, yes: 1 });
    expect(byCode.get('MENTORS')!.region).toMatchObject({ answered: 1, sum: 14, average: 14 });
    expect(byCode.get('FORM')!.region.choices).toEqual([
      { option: 'учитель – учитель', count: 1 },
      { option: 'ученик – ученик', count: 0 },
    ]);
    expect(byCode.get('COMMENT')!.region.answered).toBe(1);
    expect(byCode.get('MENTORS')!.municipalities).toEqual([{ municipalityOktmo: SMOLENSK_CITY_OKTMO, answered: 1 }]);
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
