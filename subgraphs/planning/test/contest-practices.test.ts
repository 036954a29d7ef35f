import { stableId } from '@mentoring/platform/database';
import { todayIso } from '@mentoring/platform/validation';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  demoRegionOf,
  organizationIdOf,
  personIdOf,
} from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { startTestSubgraphs, type TestSubgraph, type TestSubgraphs } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningSubgraph } from '../src/subgraph.js';

/**
 * Issue 12, item 4: the best-practice contest's winners enter the bank of practices. A school proposes a practice with
 * its application (typed once, in planning); once the contest's results are published, a WINNER or PRIZE_WINNER
 * proposal is in mentoring's Query.practices (origin CONTEST, read from planning_pub.contest_practice at query time),
 * with filters, paging and a right totalCount, resolvable as a Practice entity; nothing before publication, no
 * PARTICIPANT. The juror conflict covers a proposal's authors and organization; hostile input is BAD_USER_INPUT.
 */
let subgraphs: TestSubgraphs;
let planning: TestSubgraph;
let mentoring: TestSubgraph;
let operator67: string;
let curator: string;
let otherCurator: string;

const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = todayIso();
const year = Number(today.slice(0, 4));

const smolenskSchools = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '67',
);
const applicantSchool = smolenskSchools[0]!;
const otherSchool = smolenskSchools[1]!;
const peopleOf = (school: (typeof DEMO_ORGANIZATIONS)[number]) =>
  DEMO_PEOPLE.filter((person) => person.organizationInn === school.inn).map((person) => personIdOf(person.key));
const [author, colleague] = peopleOf(applicantSchool) as [string, string];
const otherAuthor = peopleOf(otherSchool)[0]!;
const outsider = personIdOf(
  DEMO_PEOPLE.find(
    (person) =>
      person.organizationInn !== applicantSchool.inn &&
      person.organizationInn !== otherSchool.inn &&
      DEMO_ORGANIZATIONS.some(
        (organization) => organization.inn === person.organizationInn && demoRegionOf(organization) === '67',
      ),
  )!.key,
);

/** Direct SQL on the shared database (time passing; counting rows). */
const execute = (sql: string) => planning.orm.em.fork().execute<Record<string, unknown>[]>(sql);

const errorCode = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

const CREATE = `mutation ($input: CreateContestInput!) { createContest(input: $input) { id version } }`;
const JUROR = `mutation ($contestId: UUID!, $personId: UUID!) { addContestJuror(contestId: $contestId, personId: $personId) { id } }`;
const APPLY = `mutation ($contestId: UUID!, $practiceId: UUID, $proposal: ContestPracticeProposalInput) {
  applyToContest(contestId: $contestId, practiceId: $practiceId, proposal: $proposal) {
    id practice { id } organization { id } proposal { title summary formCode authors { id } materialsUrl } } }`;
const SCORE = `mutation ($applicationId: UUID!, $jurorPersonId: UUID!, $score: Int!) {
  scoreContestApplication(applicationId: $applicationId, jurorPersonId: $jurorPersonId, score: $score) { id } }`;
const CLOSE = `mutation ($contestId: UUID!, $version: Int!) { closeContestScoring(contestId: $contestId, version: $version) { version } }`;
const PUBLISH = `mutation ($contestId: UUID!, $version: Int!, $results: [ContestResultInput!]!) {
  publishContestResults(contestId: $contestId, version: $version, results: $results) { version resultsPublished } }`;
const PRACTICES = `query ($filter: PracticeFilter, $first: Int, $after: String) {
  practices(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id origin title summary year awards materialsUrl dataOrigin organization { id } authors { id } form { code } } } } }`;

interface PracticeNode {
  id: string;
  origin: string;
  title: string;
  summary: string;
  year: number;
  awards: string[];
  materialsUrl: string | null;
  dataOrigin: string;
  organization: { id: string };
  authors: { id: string }[];
  form: { code: string } | null;
}
interface PracticesData {
  practices: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: PracticeNode }[];
  };
}

const WORDS = 'Проверочная практика банка';
const proposal = (overrides: Record<string, unknown> = {}) => ({
  title: `${WORDS}: наставник и молодой учитель`,
  summary: 'SYNTHETIC (тест): краткое описание предложенной практики.',
  authorPersonIds: [author],
  formCode: 'TEACHER_TEACHER',
  materialsUrl: 'https://example.org/practice',
  ...overrides,
});

let contestId: string;
let winnerId: string;
let participantId: string;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs([registrySubgraph, mentoringSubgraph, planningSubgraph]);
  planning = subgraphs.byName.get('planning')!;
  mentoring = subgraphs.byName.get('mentoring')!;
  operator67 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  const curatorOf = (school: (typeof DEMO_ORGANIZATIONS)[number]) =>
    planning.tokenFor('SCHOOL_CURATOR', {
      regionCode: demoRegionOf(school),
      municipalityOktmo: school.municipalityOktmo,
      organizationId: organizationIdOf(school.inn),
    });
  curator = await curatorOf(applicantSchool);
  otherCurator = await curatorOf(otherSchool);
  const created = await planning.query<{ createContest: { id: string } }>(
    CREATE,
    {
      input: {
        kind: 'BEST_PRACTICE',
        title: 'Конкурс лучших практик (тест, SYNTHETIC)',
        year,
        applicationsFrom: shiftDays(today, -1),
        applicationsUntil: today,
        evaluationFrom: today,
        evaluationUntil: shiftDays(today, 10),
        resultsOn: shiftDays(today, 12),
        scale: { min: 0, max: 10 },
      },
    },
    operator67,
  );
  expect(created.errors).toBeUndefined();
  contestId = created.data!.createContest.id;
});
afterAll(() => subgraphs?.close());

const practices = (variables: Record<string, unknown>, token?: string) =>
  mentoring.query<PracticesData>(PRACTICES, variables, token);

describe('a practice proposed to a best-practice contest', () => {
  it('refuses hostile or incomplete proposals as BAD_USER_INPUT, and changes nothing', async () => {
    for (const bad of [
      proposal({ title: '   ' }),
      proposal({ title: 'x'.repeat(501) }),
      proposal({ summary: 'x'.repeat(4001) }),
      proposal({ title: 'Практика\u0000' }),
      proposal({ materialsUrl: 'javascript:alert(1)' }),
      proposal({ formCode: 'NO_SUCH_FORM' }),
      proposal({ authorPersonIds: [] }),
    ])
      expect(errorCode(await planning.query(APPLY, { contestId, proposal: bad }, curator))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await planning.query(
          APPLY,
          { contestId, proposal: proposal(), practiceId: '00000000-0000-4000-8000-000000000001' },
          curator,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await execute(`select count(*)::int as n from planning.contest_application where contest_id = '${contestId}'`),
    ).toEqual([{ n: 0 }]);
  });

  it('is taken from the school’s curator, once, with the school as its organization', async () => {
    const applied = await planning.query<{
      applyToContest: {
        id: string;
        practice: { id: string };
        organization: { id: string };
        proposal: { title: string; formCode: string; authors: { id: string }[]; materialsUrl: string };
      };
    }>(APPLY, { contestId, proposal: proposal({ authorPersonIds: [author, author] }) }, curator);
    expect(applied.errors).toBeUndefined();
    const application = applied.data!.applyToContest;
    winnerId = application.id;
    expect(application.practice.id).toBe(application.id);
    expect(application.organization.id).toBe(organizationIdOf(applicantSchool.inn));
    expect(application.proposal).toMatchObject({
      title: proposal().title,
      formCode: 'TEACHER_TEACHER',
      authors: [{ id: author }],
      materialsUrl: 'https://example.org/practice',
    });
    expect(errorCode(await planning.query(APPLY, { contestId, proposal: proposal() }, curator))).toBe('CONFLICT');
    const other = await planning.query<{ applyToContest: { id: string } }>(
      APPLY,
      { contestId, proposal: proposal({ title: `${WORDS}: участник`, authorPersonIds: [otherAuthor] }) },
      otherCurator,
    );
    expect(other.errors).toBeUndefined();
    participantId = other.data!.applyToContest.id;
  });

  it('is not in the bank before the results are published', async () => {
    const response = await practices({ filter: { search: WORDS } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.practices.totalCount).toBe(0);
    const entities = await mentoring.entities<{ id: string } | null>(
      [{ __typename: 'Practice', id: winnerId }],
      '... on Practice { id }',
    );
    expect(entities.data?._entities).toEqual([null]);
  });

  it('is not scored by its author nor by a colleague of the applying school (conflict of interest)', async () => {
    for (const personId of [author, colleague, outsider])
      expect((await planning.query(JUROR, { contestId, personId }, operator67)).errors).toBeUndefined();
    const score = (jurorPersonId: string) =>
      planning.query(SCORE, { applicationId: winnerId, jurorPersonId, score: 9 }, operator67);
    const own = await score(author);
    expect(errorCode(own)).toBe('CONFLICT');
    expect(own.errors?.[0]?.message).toMatch(/автор практики/);
    const workplace = await score(colleague);
    expect(errorCode(workplace)).toBe('CONFLICT');
    expect(workplace.errors?.[0]?.message).toMatch(/работает в организации/);
    expect((await score(outsider)).errors).toBeUndefined();
  });

  it('enters the bank once it won and the results are published; a participant does not', async () => {
    await execute(
      `update planning.contest set applications_from = '${shiftDays(today, -2)}', applications_until = '${shiftDays(today, -1)}' where id = '${contestId}'`,
    );
    const [{ version }] = (await execute(`select version from planning.contest where id = '${contestId}'`)) as [
      { version: number },
    ];
    const closed = await planning.query<{ closeContestScoring: { version: number } }>(
      CLOSE,
      { contestId, version },
      operator67,
    );
    expect(closed.errors).toBeUndefined();
    const published = await planning.query(
      PUBLISH,
      {
        contestId,
        version: closed.data!.closeContestScoring.version,
        results: [
          { applicationId: winnerId, result: 'WINNER' },
          { applicationId: participantId, result: 'PARTICIPANT' },
        ],
      },
      operator67,
    );
    expect(published.errors).toBeUndefined();

    // Authors obey the one person rule: the region's operator sees them; an anonymous viewer only those who consented
    // to publication (the demo author did not).
    const anonymous = await practices({ filter: { search: WORDS } });
    expect(anonymous.data?.practices.edges.map(({ node }) => node.authors)).toEqual([[null]]);
    const response = await practices({ filter: { search: WORDS } }, operator67);
    expect(response.errors).toBeUndefined();
    const { totalCount, edges } = response.data!.practices;
    expect(totalCount).toBe(1);
    expect(edges.map(({ node }) => node)).toEqual([
      {
        id: winnerId,
        origin: 'CONTEST',
        title: proposal().title,
        summary: proposal().summary,
        year,
        awards: [`Победитель конкурса «Конкурс лучших практик (тест, SYNTHETIC)» ${year}`],
        materialsUrl: 'https://example.org/practice',
        dataOrigin: 'ENTERED',
        organization: { id: organizationIdOf(applicantSchool.inn) },
        authors: [{ id: author }],
        form: { code: 'TEACHER_TEACHER' },
      },
    ]);
    // The filters hold for it like for the bank's own practices.
    for (const [filter, count] of [
      [{ search: WORDS, regionCode: '67' }, 1],
      [{ search: WORDS, regionCode: '78' }, 0],
      [{ search: WORDS, form: 'TEACHER_TEACHER', year }, 1],
      [{ search: WORDS, year: year - 1 }, 0],
      [{ search: WORDS, organizationId: organizationIdOf(otherSchool.inn) }, 0],
    ] as const)
      expect((await practices({ filter })).data?.practices.totalCount, JSON.stringify(filter)).toBe(count);
    // A resolvable entity: by the application's id, with its contest results (planning).
    const entity = await mentoring.entities<{ id: string; origin: string } | null>(
      [
        { __typename: 'Practice', id: winnerId },
        { __typename: 'Practice', id: participantId },
      ],
      '... on Practice { id origin }',
    );
    expect(entity.data?._entities).toEqual([{ id: winnerId, origin: 'CONTEST' }, null]);
    const results = await planning.entities<{ contestResults: { id: string; result: string }[] }>(
      [{ __typename: 'Practice', id: winnerId }],
      '... on Practice { contestResults { id result } }',
    );
    expect(results.data?._entities).toEqual([{ contestResults: [{ id: winnerId, result: 'WINNER' }] }]);
  });

  it('pages the bank and the winners together with a right totalCount, one statement a page', async () => {
    const all = await practices({ first: 100 });
    expect(all.errors).toBeUndefined();
    const total = all.data!.practices.totalCount;
    const ids = all.data!.practices.edges.map(({ node }) => node.id);
    expect(ids).toHaveLength(total);
    expect(ids).toContain(winnerId);
    // The test's winner and the demo's (the synthetic Smolensk contest's winning proposal); no participant.
    expect(
      all
        .data!.practices.edges.filter(({ node }) => node.origin === 'CONTEST')
        .map(({ node }) => node.id)
        .sort(),
    ).toEqual([winnerId, stableId('contest-application', 'smolensk-2026-best-practice-demo-0')].sort());
    const paged: string[] = [];
    let after: string | null = null;
    const counts: number[] = [];
    for (;;) {
      const statements: string[] = [];
      let page: PracticesData['practices'] | undefined;
      statements.push(
        ...(await mentoring.sql.during(async () => {
          page = (await practices({ first: 2, after })).data?.practices;
        })),
      );
      // One statement for the page and its count (the bank and the contests' winners together), the rest batched.
      expect(statements.filter((statement) => statement.includes('contest_practice'))).toHaveLength(1);
      counts.push(statements.length);
      expect(page!.totalCount).toBe(total);
      paged.push(...page!.edges.map(({ node }) => node.id));
      if (!page!.pageInfo.hasNextPage) break;
      after = page!.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);
    expect(new Set(counts).size, `statements per page: ${counts.join(', ')}`).toBe(1);
    expect(errorCode(await practices({ after: 'bm90LWEtY3Vyc29y' }))).toBe('BAD_USER_INPUT');
  });
});
