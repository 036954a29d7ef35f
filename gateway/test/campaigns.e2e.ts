import { stableId } from '@mentoring/platform/database';
import { federationClient, type GraphQLResponse } from '@mentoring/platform/testing';
import { DEMO_ORGANIZATIONS, organizationIdOf } from '@mentoring/subgraph-registry/demo';
import { describe, expect, it } from 'vitest';

/*
 * Monitoring campaigns (мониторинг) through the gateway: the demo monitorings of seeds 002 and 000 read back
 * with the registry's names of organizations and municipalities, and the chain of seed 000
 * («ЦНППМ – оператор ОМСУ – координатор ОО – заполнение форм») walked by each role. The walk runs in
 * St Petersburg (region 78), so a region-67 operator is the one from elsewhere.
 */
const federation = federationClient();
const SMOLENSK_2021 = stableId('monitoring-campaign', 'smolensk-2021-h1');
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

const CENTRAL = '40319000'; // Центральный район
const ADMIRALTEISKY = '40302000'; // Адмиралтейский район
const schoolsOf = (oktmo: string) =>
  DEMO_ORGANIZATIONS.filter((school) => school.kind === 'GENERAL_EDUCATION' && school.municipalityOktmo === oktmo).map(
    (school) => organizationIdOf(school.inn),
  );
const [ownSchool, otherSchool] = schoolsOf(CENTRAL) as [string, string];

describe('the 2021 monitoring of seed 002 through the gateway', () => {
  it('reads 300 accepted forms from 27 municipalities, 112 organizations answering yes', async () => {
    const response = await federation.query<{
      monitoringCampaign: {
        title: string;
        periodEnd: string;
        region: { name: string };
        questions: { indicator: { code: string; name: string } }[];
      };
      campaignCompletion: {
        region: { targeted: number; accepted: number; share: number };
        municipalities: { municipality: { name: string }; targeted: number }[];
      };
      campaignAnswerSummary: { questions: { region: { answered: number; yes: number; yesShare: number } }[] };
      campaignSubmissions: {
        totalCount: number;
        edges: { node: { organization: { name: string }; municipality: { name: string } } }[];
      };
    }>(
      `query ($id: UUID!) {
        monitoringCampaign(id: $id) { title periodEnd region { name } questions { indicator { code name } } }
        campaignCompletion(campaignId: $id) { region { targeted accepted share } municipalities { municipality { name } targeted } }
        campaignAnswerSummary(campaignId: $id) { questions { region { answered yes yesShare } } }
        campaignSubmissions(campaignId: $id, first: 2, filter: { status: ACCEPTED_BY_OPERATOR }) { totalCount edges { node { organization { name } municipality { name } } } }
      }`,
      { token: await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }), variables: { id: SMOLENSK_2021 } },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.monitoringCampaign.region.name).toBe('Смоленская область');
    expect(data.monitoringCampaign.periodEnd).toBe('2021-06-30');
    expect(data.monitoringCampaign.questions[0]!.indicator.code).toBe('ORGS_IMPLEMENTING_TEACHER_MENTORING');
    expect(data.campaignCompletion.region).toEqual({ targeted: 300, accepted: 300, share: 100 });
    expect(data.campaignCompletion.municipalities).toHaveLength(27);
    expect(data.campaignCompletion.municipalities.map((row) => row.municipality.name)).toContain('город Смоленск');
    expect(data.campaignAnswerSummary.questions[0]!.region).toEqual({ answered: 300, yes: 112, yesShare: 37.3 });
    expect(data.campaignSubmissions.totalCount).toBe(300);
    for (const { node } of data.campaignSubmissions.edges) {
      expect(node.organization.name).toMatch(/Демонстрационная школа/);
      expect(node.municipality.name).toBeTruthy();
    }
  });

  it('gives an analyst and another region’s system the aggregates, never a single organization’s form', async () => {
    for (const token of [
      await federation.tokenFor('ANALYST'),
      await federation.tokenFor('EXTERNAL_SYSTEM', { regionCode: '67' }),
    ]) {
      const aggregates = await federation.query<{ campaignCompletion: { region: { targeted: number } } }>(
        `{ campaignCompletion(campaignId: "${SMOLENSK_2021}") { region { targeted } } }`,
        { token },
      );
      expect(aggregates.data!.campaignCompletion.region.targeted).toBe(300);
      const forms = await federation.query(
        `{ campaignSubmissions(campaignId: "${SMOLENSK_2021}") { edges { node { answers { text } } } } }`,
        { token },
      );
      expect(codeOf(forms)).toBe('FORBIDDEN');
    }
  });
});

describe('the chain of seed 000 through the gateway, role by role', () => {
  it('operator creates and opens, school fills and submits, coordinator then operator accept; others are refused', async () => {
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' }, 'e2e-campaign-operator');
    const smolenskOperator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const coordinator = await federation.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '78',
      municipalityOktmo: CENTRAL,
    });
    const otherCoordinator = await federation.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '78',
      municipalityOktmo: ADMIRALTEISKY,
    });
    const scope = { regionCode: '78', municipalityOktmo: CENTRAL };
    const curator = await federation.tokenFor('SCHOOL_CURATOR', { ...scope, organizationId: ownSchool });
    const otherCurator = await federation.tokenFor('SCHOOL_CURATOR', { ...scope, organizationId: otherSchool });

    const input = {
      title: 'Ежеквартальный мониторинг наставничества (e2e)',
      periodEnd: '2026-09-30',
      opensOn: '2026-10-01',
      organizationDeadline: '2026-10-10',
      coordinatorDeadline: '2026-10-15',
      operatorDeadline: '2026-10-20',
      targetKinds: ['GENERAL_EDUCATION'],
      questions: [
        { code: 'HAS_REGULATION', text: 'Имеется положение о наставничестве', kind: 'YES_NO', required: true },
        { code: 'MENTORED_SHARE', text: 'Доля молодых педагогов с наставником, %', kind: 'PERCENT' },
      ],
    };
    const CREATE =
      'mutation ($input: MonitoringCampaignInput!) { createMonitoringCampaign(input: $input) { id version questions { id code } } }';
    expect(codeOf(await federation.query(CREATE, { token: coordinator, variables: { input } }))).toBe('FORBIDDEN');
    const created = await federation.query<{
      createMonitoringCampaign: { id: string; version: number; questions: { id: string; code: string }[] };
    }>(CREATE, { token: operator, variables: { input } });
    expect(created.errors).toBeUndefined();
    const campaign = created.data!.createMonitoringCampaign;
    const opened = await federation.query<{ openMonitoringCampaign: { status: string } }>(
      'mutation ($id: UUID!, $version: Int!) { openMonitoringCampaign(id: $id, version: $version) { status } }',
      { token: operator, variables: { id: campaign.id, version: campaign.version } },
    );
    expect(opened.data!.openMonitoringCampaign.status).toBe('OPEN');

    const SAVE =
      'mutation ($campaignId: UUID!, $organizationId: UUID!, $answers: [CampaignAnswerInput!]!) { saveCampaignAnswers(campaignId: $campaignId, organizationId: $organizationId, answers: $answers) { id status version } }';
    const [yesNo, percent] = campaign.questions.map((question) => question.id) as [string, string];
    const answers = [
      { questionId: yesNo, yes: true },
      { questionId: percent, number: 40 },
    ];
    expect(
      codeOf(
        await federation.query(SAVE, {
          token: otherCurator,
          variables: { campaignId: campaign.id, organizationId: ownSchool, answers },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await federation.query(SAVE, {
          token: curator,
          variables: {
            campaignId: campaign.id,
            organizationId: ownSchool,
            answers: [{ questionId: percent, number: 101 }],
          },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const saved = await federation.query<{ saveCampaignAnswers: { id: string; status: string; version: number } }>(
      SAVE,
      { token: curator, variables: { campaignId: campaign.id, organizationId: ownSchool, answers } },
    );
    expect(saved.data!.saveCampaignAnswers.status).toBe('DRAFT');
    const form = saved.data!.saveCampaignAnswers;

    const step = async (mutation: string, token: string, version: number) =>
      federation.query<Record<string, { status: string; version: number }>>(
        `mutation ($id: UUID!, $version: Int!) { ${mutation}(id: $id, version: $version) { status version } }`,
        { token, variables: { id: form.id, version } },
      );
    expect(codeOf(await step('acceptCampaignSubmission', coordinator, form.version))).toBe('CONFLICT');
    const submitted = await step('submitCampaignSubmission', curator, form.version);
    expect(submitted.data!['submitCampaignSubmission']!.status).toBe('SUBMITTED');
    let version = submitted.data!['submitCampaignSubmission']!.version;
    expect(codeOf(await step('acceptCampaignSubmission', otherCoordinator, version))).toBe('FORBIDDEN');
    expect(codeOf(await step('acceptCampaignSubmission', smolenskOperator, version))).toBe('FORBIDDEN');
    expect(codeOf(await step('acceptCampaignSubmission', curator, version))).toBe('FORBIDDEN');
    const byCoordinator = await step('acceptCampaignSubmission', coordinator, version);
    expect(byCoordinator.data!['acceptCampaignSubmission']!.status).toBe('ACCEPTED_BY_COORDINATOR');
    version = byCoordinator.data!['acceptCampaignSubmission']!.version;
    const byOperator = await step('acceptCampaignSubmission', operator, version);
    expect(byOperator.data!['acceptCampaignSubmission']!.status).toBe('ACCEPTED_BY_OPERATOR');

    const seen = await federation.query<{
      campaignSubmissions: {
        totalCount: number;
        edges: { node: { status: string; answers: { number: number | null }[] } }[];
      };
      campaignCompletion: { municipalities: { municipalityOktmo: string; accepted: number; acceptedShare: number }[] };
    }>(
      `query ($id: UUID!) { campaignSubmissions(campaignId: $id) { totalCount edges { node { status answers { number } } } }
         campaignCompletion(campaignId: $id) { municipalities { municipalityOktmo accepted acceptedShare } } }`,
      { token: curator, variables: { id: campaign.id } },
    );
    expect(seen.data!.campaignSubmissions.totalCount).toBe(1);
    expect(seen.data!.campaignSubmissions.edges[0]!.node.status).toBe('ACCEPTED_BY_OPERATOR');
    expect(seen.data!.campaignCompletion.municipalities.find((row) => row.municipalityOktmo === CENTRAL)).toEqual({
      municipalityOktmo: CENTRAL,
      accepted: 1,
      acceptedShare: 50,
    });
  });
});
