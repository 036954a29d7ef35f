import { stableId } from '@mentoring/platform/database';
import { todayIso } from '@mentoring/platform/validation';
import { federationClient, type GraphQLResponse } from '@mentoring/platform/testing';
import { DEMO_ORGANIZATIONS, organizationIdOf } from '@mentoring/subgraph-registry/demo';
import { describe, expect, it } from 'vitest';

/*
 * Plans and reports due up the hierarchy, and course completions as mentor trainings, through the gateway: seed 000's
 * municipal plan read with the registry's names of the municipalities that owe it; a coordinator's submission and
 * withdrawal; a mentor's course training joined to planning's event.
 */
const federation = federationClient();
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];
const PLAN = stableId('reporting-obligation', 'smolensk-2022-municipal-plan');

describe('reporting obligations through the gateway', () => {
  it('read seed 000’s municipal plan from the region, with the names of the municipalities that missed it — marked as demo data', async () => {
    const response = await federation.query<{
      region: {
        name: string;
        reportingObligations: {
          edges: {
            node: {
              kind: string;
              dueDate: string;
              summary: { total: number; onTime: number; late: number; missing: number; includesSyntheticData: boolean };
              territories: {
                totalCount: number;
                edges: { node: { state: string; synthetic: boolean; municipality: { name: string } } }[];
              };
            };
          }[];
        };
      };
    }>(
      `{ region(code: "67") { name reportingObligations { edges { node { kind dueDate summary { total onTime late missing includesSyntheticData }
         territories(state: NOT_SUBMITTED, first: 3) { totalCount edges { node { state synthetic municipality { name } } } } } } } } }`,
      { token: await federation.tokenFor('ANALYST') },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const [plan, report] = response.data!.region.reportingObligations.edges.map((edge) => edge.node);
    expect([plan!.kind, plan!.dueDate, report!.kind, report!.dueDate]).toEqual([
      'PLAN',
      '2022-12-25',
      'REPORT',
      '2023-06-15',
    ]);
    const { summary, territories } = plan!;
    expect(summary.onTime + summary.late + summary.missing).toBe(summary.total);
    expect(territories.totalCount).toBe(summary.missing);
    // The demo recorded no plan for them: «не представили» is the demo's gap, not a fact about a real district.
    expect(summary.includesSyntheticData).toBe(true);
    for (const edge of territories.edges) {
      expect(edge.node.state).toBe('NOT_SUBMITTED');
      expect(edge.node.synthetic).toBe(true);
      expect(edge.node.municipality.name).toMatch(/район|город/);
    }
  });

  it('take a missing municipality’s coordinator’s plan today — late for seed 000’s obligation — and its withdrawal with a reason; another municipality’s coordinator is refused', async () => {
    const analyst = await federation.tokenFor('ANALYST');
    const territories = async () =>
      (
        await federation.query<{
          reportingObligation: {
            territories: { edges: { node: { state: string; municipality: { id: string; oktmo: string } } }[] };
          };
        }>(
          `{ reportingObligation(id: "${PLAN}") { territories(first: 100) { edges { node { state municipality { id oktmo } } } } } }`,
          { token: analyst },
        )
      ).data!.reportingObligation.territories.edges.map((edge) => edge.node);
    // A municipality the demo leaves without a plan, and its coordinator.
    const missing = (await territories()).find((node) => node.state === 'NOT_SUBMITTED')!.municipality;
    const city = missing.id;
    const state = async () => (await territories()).find((node) => node.municipality.id === city)!.state;
    const coordinator = await federation.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '67',
      municipalityOktmo: missing.oktmo,
    });
    const submitted = await federation.query<{ submitReport: { id: string; submittedOn: string } }>(
      `mutation ($obligationId: UUID!, $municipalityId: UUID!) { submitReport(obligationId: $obligationId, municipalityId: $municipalityId,
         input: { documentTitle: "Муниципальный план (e2e)", documentUrl: "https://example.org/plan.pdf" }) { id submittedOn } }`,
      { token: coordinator, variables: { obligationId: PLAN, municipalityId: city } },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitReport.submittedOn).toBe(todayIso());
    expect(await state()).toBe('SUBMITTED_LATE');
    const other = await federation.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '67',
      municipalityOktmo: (await territories()).find((node) => node.municipality.id !== city)!.municipality.oktmo,
    });
    const foreign = await federation.query(
      `mutation ($id: UUID!) { withdrawSubmission(id: $id, reason: "чужой") { id } }`,
      { token: other, variables: { id: submitted.data!.submitReport.id } },
    );
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const withdrawn = await federation.query(
      `mutation ($id: UUID!) { withdrawSubmission(id: $id, reason: "Проверка e2e") { id withdrawalReason } }`,
      { token: coordinator, variables: { id: submitted.data!.submitReport.id } },
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(await state()).toBe('NOT_SUBMITTED');
  });
});

describe('a completed course as a mentor training through the gateway', () => {
  it('shows seed 002’s course on a trained mentor’s profile, its event resolved by planning', async () => {
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => organization.kind === 'GENERAL_EDUCATION' && organization.municipalityOktmo.startsWith('66'),
    )!;
    const response = await federation.query<{
      mentors: {
        edges: {
          node: {
            trainings: { source: string; hours: number | null; event: { title: string; kind: string } | null }[];
          };
        }[];
      };
    }>(
      `query ($organizationId: UUID!) { mentors(filter: { organizationId: $organizationId }, first: 100) { edges { node {
         trainings { source hours event { title kind } } } } } }`,
      {
        token: await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }),
        variables: { organizationId: organizationIdOf(school.inn) },
      },
    );
    expect(response.errors).toBeUndefined();
    const courses = response
      .data!.mentors.edges.flatMap((edge) => edge.node.trainings)
      .filter((training) => training.source === 'COURSE');
    expect(courses.length).toBeGreaterThan(0);
    expect(courses[0]!.event).toEqual({
      title: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
      kind: 'COURSE',
    });
  });
});
