import { todayIso } from '@mentoring/platform/validation';
import { isQuotedFrom, seedTexts, sourceProblem } from '@mentoring/sources/testing';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  demoRegionOf,
  organizationIdOf,
  personIdOf,
} from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { stableId } from '@mentoring/platform/database';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUET_APPLICANTS, DUET_CONTEST_ID, DUET_JURY, SPB_BEST_PRACTICE_CONTEST_ID } from '../src/demo-contests.js';
import { planningSubgraph } from '../src/subgraph.js';

/**
 * Contests (конкурсы): «Педагогический дуэт» and the best-practice contest; who runs them and who applies; the rules
 * (one application per pair, a juror not of the pair's organization, scores on the scale, applications only while the
 * stage is open, results only after scoring closes); results for everybody once published; planning_pub.contest_result;
 * the contest page in a constant number of statements.
 */
let planning: TestSubgraph;
let operator67: string;
let operator78: string;
let curator: string;
let otherCurator: string;
let spbCurator: string;

const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = todayIso();

const smolenskSchools = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '67',
);
const applicantSchool = smolenskSchools[0]!;
const applicantPair = DUET_APPLICANTS[0]!.pairId;
const otherPair = DUET_APPLICANTS[1]!.pairId;
const colleagueOfApplicant = personIdOf(
  DEMO_PEOPLE.find((person) => person.organizationInn === applicantSchool.inn && person.key.endsWith('-1'))!.key,
);
/** St Petersburg's demo practice of 2021 (mentoring demo data, SYNTHETIC), at a St Petersburg demo school. */
const SPB_PRACTICE = stableId('practice', '3');
const spbSchool = DEMO_ORGANIZATIONS.find(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '78',
)!;
const spbJuror = personIdOf(
  DEMO_PEOPLE.find(
    (person) =>
      person.organizationInn !== spbSchool.inn &&
      demoRegionOf(DEMO_ORGANIZATIONS.find((organization) => organization.inn === person.organizationInn)!) === '78',
  )!.key,
);

/** Time passes: the contest's application stage ended yesterday (its evaluation, from today, is untouched). */
const endApplications = (contestId: string) =>
  planning.orm.em
    .fork()
    .execute(`update planning.contest set applications_from = ?, applications_until = ? where id = ?`, [
      shiftDays(today, -2),
      shiftDays(today, -1),
      contestId,
    ]);

const errorCode = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

const CREATE = `mutation ($input: CreateContestInput!) { createContest(input: $input) { id version kind title year scale { min max step } stages { kind startDate endDate } nominations { id title } region { id } municipality { id } dataOrigin } }`;
const JUROR = `mutation ($contestId: UUID!, $personId: UUID!) { addContestJuror(contestId: $contestId, personId: $personId) { id person { id } } }`;
const APPLY = `mutation ($contestId: UUID!, $pairId: UUID, $practiceId: UUID, $nominationId: UUID) {
  applyToContest(contestId: $contestId, pairId: $pairId, practiceId: $practiceId, nominationId: $nominationId) { id pair { id } practice { id } organization { id } result } }`;
const SCORE = `mutation ($applicationId: UUID!, $jurorPersonId: UUID!, $score: Int!) {
  scoreContestApplication(applicationId: $applicationId, jurorPersonId: $jurorPersonId, score: $score) { id score juror { person { id } } } }`;
const CLOSE = `mutation ($contestId: UUID!, $version: Int!) { closeContestScoring(contestId: $contestId, version: $version) { id version scoringClosed } }`;
const PUBLISH = `mutation ($contestId: UUID!, $version: Int!, $results: [ContestResultInput!]!) {
  publishContestResults(contestId: $contestId, version: $version, results: $results) { id version resultsPublished } }`;
const PAGE = `query ($id: UUID!) { contest(id: $id) { id title kind year resultsPublished scoringClosed scale { min max step }
  stages { kind startDate endDate } nominations { title } jury { person { id } }
  applications(first: 100) { totalCount edges { node { id pair { id } organization { id } nomination { title }
    totalScore result scores { score juror { person { id } } } } } } } }`;

/** A contest of region 67 whose application stage runs from yesterday to tomorrow. */
const openDuet = (overrides: Record<string, unknown> = {}) => ({
  kind: 'PEDAGOGICAL_DUET',
  title: 'Педагогический дуэт (тест)',
  year: Number(today.slice(0, 4)),
  applicationsFrom: shiftDays(today, -1),
  applicationsUntil: today,
  evaluationFrom: today,
  evaluationUntil: shiftDays(today, 10),
  resultsOn: shiftDays(today, 12),
  scale: { min: 0, max: 10 },
  nominations: ['Наставник и молодой педагог'],
  ...overrides,
});

beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph, { alongside: [registrySubgraph, mentoringSubgraph] });
  operator67 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  operator78 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
  const curatorOf = (school: (typeof DEMO_ORGANIZATIONS)[number]) =>
    planning.tokenFor('SCHOOL_CURATOR', {
      regionCode: demoRegionOf(school),
      municipalityOktmo: school.municipalityOktmo,
      organizationId: organizationIdOf(school.inn),
    });
  curator = await curatorOf(applicantSchool);
  otherCurator = await curatorOf(smolenskSchools[1]!);
  spbCurator = await curatorOf(spbSchool);
});
afterAll(() => planning?.close());

describe('the demo contests', () => {
  const texts = seedTexts();

  it.skipIf(!texts)(
    'quote their seeds: seed 000’s «Педагогический дуэт», seed 004’s best-practice contest',
    async () => {
      const response = await planning.query<{
        contests: {
          edges: {
            node: {
              title: string;
              schedule: string | null;
              source: { document: string; clause: string; quote: string };
            };
          }[];
        };
      }>('{ contests(first: 100) { edges { node { title schedule source { document clause quote } } } } }');
      expect(response.errors).toBeUndefined();
      // The contests a seed names; the synthetic best-practice contest of the bank's demo quotes none (source null).
      const demo = response.data!.contests.edges.map((edge) => edge.node).filter((contest) => contest.source);
      expect(demo.map((contest) => contest.title).sort()).toEqual([
        'Заочный конкурс лучших практик реализации программ наставничества в общеобразовательных организациях Санкт-Петербурга',
        'Конкурс лучших практик наставничества',
        'Педагогический дуэт',
      ]);
      for (const contest of demo) {
        expect(sourceProblem(texts!, contest.source)).toBeNull();
        // The seed prints the best-practice contest in the genitive («конкурса лучших практик наставничества»).
        const printed =
          contest.title === 'Педагогический дуэт'
            ? contest.title
            : contest.title.startsWith('Заочный')
              ? 'заочного конкурса лучших практик реализации программ наставничества в общеобразовательных организациях Санкт-Петербурга'
              : 'конкурса лучших практик наставничества';
        expect(isQuotedFrom(contest.source.quote, printed)).toBe(true);
        if (contest.schedule) expect(isQuotedFrom(contest.source.quote, contest.schedule)).toBe(true);
      }
    },
  );

  it('apply with mentoring’s demo pairs, as mentoring publishes them with their schools', async () => {
    const rows = await planning.orm.em.fork().execute<{ pair_id: string; organization_id: string }[]>(
      'select distinct pair_id, pair_organization_id as organization_id from mentoring_pub.participation where pair_id in (?, ?, ?)',
      DUET_APPLICANTS.map((applicant) => applicant.pairId),
    );
    expect(
      rows
        .map((row) => ({ pairId: row.pair_id, organizationId: row.organization_id }))
        .sort((a, b) => a.pairId.localeCompare(b.pairId)),
    ).toEqual([...DUET_APPLICANTS].sort((a, b) => a.pairId.localeCompare(b.pairId)));
  });

  it('show anonymous viewers the published results of the duet (synthetic), but no juror’s scores', async () => {
    const response = await planning.query<{
      contest: {
        resultsPublished: boolean;
        applications: {
          totalCount: number;
          edges: { node: { totalScore: number; result: string; scores: unknown } }[];
        };
      };
    }>(PAGE, { id: DUET_CONTEST_ID });
    expect(response.errors).toBeUndefined();
    const { contest } = response.data!;
    expect(contest.resultsPublished).toBe(true);
    expect(contest.applications.edges.map(({ node }) => [node.result, node.totalScore, node.scores])).toEqual([
      ['WINNER', 28, null],
      ['PRIZE_WINNER', 24, null],
      ['PARTICIPANT', 19, null],
    ]);
  });

  it('the contest page with applications, scores, jurors and results costs a constant number of statements', async () => {
    const statements = await planning.sql.during(async () => {
      const response = await planning.query<{
        contest: { applications: { edges: { node: { scores: unknown[] } }[] } };
      }>(PAGE, { id: DUET_CONTEST_ID }, operator67);
      expect(response.errors).toBeUndefined();
      expect(response.data!.contest.applications.edges.every(({ node }) => node.scores.length === 3)).toBe(true);
    });
    expect(statements.length).toBe(STATEMENTS_PER_PAGE);
  });

  it('say that linking «Конкурс (ежегодно, сентябрь-октябрь)» to the 2021 contest is the system’s reading', async () => {
    const { data } = await planning.query<{ contest: { note: string } }>(
      `{ contest(id: "${SPB_BEST_PRACTICE_CONTEST_ID}") { note } }`,
    );
    expect(data!.contest.note).toMatch(/напечатан на другом слайде \(«РЕАЛИЗАЦИЯ ПРОГРАММ НАСТАВНИЧЕСТВА В ГОУ/);
    expect(data!.contest.note).toMatch(/прочтение системы/);
  });

  it('leave the St Petersburg contest of 2021 without results, as seed 004 reports none', async () => {
    const response = await planning.query<{
      contest: { resultsPublished: boolean; scale: unknown; applications: { totalCount: number } };
    }>(
      `{ contest(id: "${SPB_BEST_PRACTICE_CONTEST_ID}") { resultsPublished scale { min } applications { totalCount } } }`,
      undefined,
      operator78,
    );
    expect(response.data!.contest).toEqual({ resultsPublished: false, scale: null, applications: { totalCount: 0 } });
  });
});

/**
 * Measured: the contest, its applications page (which holds them all, so no count), nominations, jury, keeper
 * territory, scores, jurors, the person rule.
 */
const STATEMENTS_PER_PAGE = 8;

describe('running a «Педагогический дуэт»', () => {
  let contestId: string;
  let version: number;
  let applicationId: string;

  it('is created by the region’s operator with its stages, scale and nominations', async () => {
    const response = await planning.query<{
      createContest: { id: string; version: number; nominations: { id: string }[]; stages: unknown[]; scale: unknown };
    }>(CREATE, { input: openDuet() }, operator67);
    expect(response.errors).toBeUndefined();
    contestId = response.data!.createContest.id;
    version = response.data!.createContest.version;
    expect(response.data!.createContest.scale).toEqual({ min: 0, max: 10, step: 1 });
    expect(response.data!.createContest.stages).toHaveLength(3);
    const jury = await planning.query(JUROR, { contestId, personId: DUET_JURY[0] }, operator67);
    expect(jury.errors).toBeUndefined();
    const colleague = await planning.query(JUROR, { contestId, personId: colleagueOfApplicant }, operator67);
    expect(colleague.errors).toBeUndefined();
    expect(errorCode(await planning.query(JUROR, { contestId, personId: DUET_JURY[0] }, operator67))).toBe('CONFLICT');
    expect(errorCode(await planning.query(JUROR, { contestId, personId: DUET_JURY[1] }, operator78))).toBe('NOT_FOUND');
  });

  it('refuses bad input: stages out of order, a scale whose step does not divide it, a NUL in the title, a year far off', async () => {
    for (const input of [
      openDuet({ evaluationFrom: shiftDays(today, -5) }),
      openDuet({ scale: { min: 0, max: 10, step: 3 } }),
      openDuet({ scale: { min: 5, max: 5 } }),
      openDuet({ title: 'Дуэт\u0000' }),
      openDuet({ year: 99999 }),
      openDuet({ nominations: ['А', 'А'] }),
    ])
      expect(errorCode(await planning.query(CREATE, { input }, operator67))).toBe('BAD_USER_INPUT');
    expect(errorCode(await planning.query(CREATE, { input: openDuet() }, curator))).toBe('FORBIDDEN');
  });

  it('takes one application per pair, from the curator of the pair’s school, in a nomination', async () => {
    const { data } = await planning.query<{ contest: { nominations: { id: string }[] } }>(
      `{ contest(id: "${contestId}") { nominations { id } } }`,
    );
    const nominationId = data!.contest.nominations[0]!.id;
    expect(errorCode(await planning.query(APPLY, { contestId, pairId: applicantPair }, curator))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await planning.query(APPLY, { contestId, pairId: otherPair, nominationId }, curator))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await planning.query(APPLY, { contestId, practiceId: SPB_PRACTICE, nominationId }, curator))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await planning.query(
          APPLY,
          { contestId, pairId: '00000000-0000-4000-8000-000000000000', nominationId },
          curator,
        ),
      ),
    ).toBe('NOT_FOUND');
    const applied = await planning.query<{ applyToContest: { id: string; pair: { id: string }; result: null } }>(
      APPLY,
      { contestId, pairId: applicantPair, nominationId },
      curator,
    );
    expect(applied.errors).toBeUndefined();
    applicationId = applied.data!.applyToContest.id;
    expect(applied.data!.applyToContest.pair.id).toBe(applicantPair);
    const again = await planning.query(APPLY, { contestId, pairId: applicantPair, nominationId }, curator);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toMatch(/one application per pair per contest/);
    expect(
      errorCode(await planning.query(APPLY, { contestId, pairId: otherPair, nominationId }, otherCurator)),
    ).toBeUndefined();
  });

  it('holds one application per pair at the database too (unique index)', async () => {
    await expect(
      planning.orm.em
        .fork()
        .execute(
          `insert into planning.contest_application (id, contest_id, pair_id, organization_id) values (gen_random_uuid(), ?, ?, ?)`,
          [contestId, applicantPair, organizationIdOf(applicantSchool.inn)],
        ),
    ).rejects.toThrow(/contest_application_pair_unique/);
  });

  it('hides applications from everybody but the keepers and the applying school until the results', async () => {
    const count = async (token?: string) =>
      (
        await planning.query<{ contest: { applications: { totalCount: number } } }>(
          `{ contest(id: "${contestId}") { applications { totalCount } } }`,
          undefined,
          token,
        )
      ).data!.contest.applications.totalCount;
    expect(await count()).toBe(0);
    expect(await count(curator)).toBe(1);
    expect(await count(operator67)).toBe(2);
    expect(await count(operator78)).toBe(0);
  });

  it('scores only on the scale, only by jurors, never by a juror of the pair’s own school, once each', async () => {
    expect(
      errorCode(await planning.query(SCORE, { applicationId, jurorPersonId: DUET_JURY[0], score: 11 }, operator67)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await planning.query(SCORE, { applicationId, jurorPersonId: DUET_JURY[0], score: -1 }, operator67)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await planning.query(SCORE, { applicationId, jurorPersonId: DUET_JURY[1], score: 5 }, operator67)),
    ).toBe('BAD_USER_INPUT');
    const own = await planning.query(
      SCORE,
      { applicationId, jurorPersonId: colleagueOfApplicant, score: 5 },
      operator67,
    );
    expect(errorCode(own)).toBe('CONFLICT');
    expect(own.errors![0]!.message).toMatch(/does not score their own organization/);
    expect(
      errorCode(await planning.query(SCORE, { applicationId, jurorPersonId: DUET_JURY[0], score: 8 }, curator)),
    ).toBe('FORBIDDEN');
    const scored = await planning.query(SCORE, { applicationId, jurorPersonId: DUET_JURY[0], score: 8 }, operator67);
    expect(scored.errors).toBeUndefined();
    expect(
      errorCode(await planning.query(SCORE, { applicationId, jurorPersonId: DUET_JURY[0], score: 9 }, operator67)),
    ).toBe('CONFLICT');
  });

  it('publishes results only after scoring closes, and then to everybody and in planning_pub.contest_result', async () => {
    const early = await planning.query(PUBLISH, { contestId, version, results: [] }, operator67);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0]!.message).toMatch(/results only after scoring closes/);
    const stillApplying = await planning.query(CLOSE, { contestId, version }, operator67);
    expect(errorCode(stillApplying)).toBe('CONFLICT');
    expect(stillApplying.errors![0]!.message).toMatch(/only after the application stage has ended/);
    await endApplications(contestId);
    const closed = await planning.query<{ closeContestScoring: { version: number } }>(
      CLOSE,
      { contestId, version },
      operator67,
    );
    expect(closed.errors).toBeUndefined();
    version = closed.data!.closeContestScoring.version;
    expect(
      errorCode(await planning.query(SCORE, { applicationId, jurorPersonId: DUET_JURY[0], score: 9 }, operator67)),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await planning.query(
          PUBLISH,
          {
            contestId,
            version,
            results: [
              { applicationId, result: 'WINNER' },
              { applicationId, result: 'WINNER' },
              { applicationId, result: 'WINNER' },
            ],
          },
          operator67,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await planning.query(
          PUBLISH,
          { contestId, version, results: [{ applicationId: DUET_CONTEST_ID, result: 'WINNER' }] },
          operator67,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const published = await planning.query(
      PUBLISH,
      { contestId, version, results: [{ applicationId, result: 'WINNER' }] },
      operator67,
    );
    expect(published.errors).toBeUndefined();
    const anonymous = await planning.query<{
      contest: { applications: { edges: { node: { id: string; result: string; totalScore: number } }[] } };
    }>(PAGE, { id: contestId });
    expect(
      anonymous.data!.contest.applications.edges.map(({ node }) => [
        node.id === applicationId,
        node.result,
        node.totalScore,
      ]),
    ).toEqual([
      [true, 'WINNER', 8],
      [false, 'PARTICIPANT', 0],
    ]);
    const rows = await planning.orm.em
      .fork()
      .execute<
        { pair_id: string; organization_id: string; result: string; total_score: number; nomination_title: string }[]
      >(
        'select pair_id, organization_id, result, total_score, nomination_title from planning_pub.contest_result where contest_id = ? order by total_score desc',
        [contestId],
      );
    expect(rows).toEqual([
      {
        pair_id: applicantPair,
        organization_id: organizationIdOf(applicantSchool.inn),
        result: 'WINNER',
        total_score: 8,
        nomination_title: 'Наставник и молодой педагог',
      },
      {
        pair_id: otherPair,
        organization_id: organizationIdOf(smolenskSchools[1]!.inn),
        result: 'PARTICIPANT',
        total_score: 0,
        nomination_title: 'Наставник и молодой педагог',
      },
    ]);
  });

  it('takes no application once the application stage has closed', async () => {
    const closedStage = await planning.query<{ createContest: { id: string; nominations: { id: string }[] } }>(
      CREATE,
      {
        input: openDuet({
          applicationsFrom: shiftDays(today, -10),
          applicationsUntil: shiftDays(today, -1),
          evaluationFrom: shiftDays(today, -1),
        }),
      },
      operator67,
    );
    const { id, nominations } = closedStage.data!.createContest;
    const late = await planning.query(
      APPLY,
      { contestId: id, pairId: applicantPair, nominationId: nominations[0]!.id },
      curator,
    );
    expect(errorCode(late)).toBe('CONFLICT');
  });
});

describe('a best-practice contest', () => {
  it('takes a practice of the bank, and its published win shows on mentoring’s practice', async () => {
    const created = await planning.query<{ createContest: { id: string; version: number } }>(
      CREATE,
      { input: openDuet({ kind: 'BEST_PRACTICE', title: 'Конкурс лучших практик (тест)', nominations: [] }) },
      operator78,
    );
    expect(created.errors).toBeUndefined();
    const { id: contestId, version } = created.data!.createContest;
    expect(errorCode(await planning.query(APPLY, { contestId, pairId: applicantPair }, spbCurator))).toBe(
      'BAD_USER_INPUT',
    );
    const applied = await planning.query<{ applyToContest: { id: string; practice: { id: string } } }>(
      APPLY,
      { contestId, practiceId: SPB_PRACTICE },
      spbCurator,
    );
    expect(applied.errors).toBeUndefined();
    const applicationId = applied.data!.applyToContest.id;
    expect((await planning.query(JUROR, { contestId, personId: spbJuror }, operator78)).errors).toBeUndefined();
    expect(
      (await planning.query(SCORE, { applicationId, jurorPersonId: spbJuror, score: 10 }, operator78)).errors,
    ).toBeUndefined();
    await endApplications(contestId);
    const closed = await planning.query<{ closeContestScoring: { version: number } }>(
      CLOSE,
      { contestId, version },
      operator78,
    );
    expect(closed.errors).toBeUndefined();
    const before = await planning.entities<{ contestResults: unknown[] }>(
      [{ __typename: 'Practice', id: SPB_PRACTICE }],
      '... on Practice { contestResults { result } }',
    );
    expect(before.data!._entities[0]!.contestResults).toEqual([]);
    const published = await planning.query(
      PUBLISH,
      { contestId, version: closed.data!.closeContestScoring.version, results: [{ applicationId, result: 'WINNER' }] },
      operator78,
    );
    expect(published.errors).toBeUndefined();
    const after = await planning.entities<{
      contestResults: { result: string; totalScore: number; contest: { title: string } }[];
    }>(
      [{ __typename: 'Practice', id: SPB_PRACTICE }],
      '... on Practice { contestResults { result totalScore contest { title } } }',
    );
    expect(after.data!._entities[0]!.contestResults).toEqual([
      { result: 'WINNER', totalScore: 10, contest: { title: 'Конкурс лучших практик (тест)' } },
    ]);
  });
});

describe('the reviewer’s findings', () => {
  /** Mentoring's demo pair «500+» of school 0067001223, whose mentor is the head of another school, 0067001216. */
  const crossPair = stableId('mentoring-pair', '500plus-0067001223');
  const crossSchool = DEMO_ORGANIZATIONS.find((organization) => organization.inn === '0067001223')!;
  const mentor = personIdOf('0067001216-0');
  const mentorsColleague = personIdOf('0067001216-1');
  let contestId: string;
  let applicationId: string;

  it('refuses a juror who is a member of the pair, or works where a member of the pair works (conflict of interest)', async () => {
    const [mentorRow] = await planning.orm.em
      .fork()
      .execute<{ person_id: string; pair_organization_id: string }[]>(
        `select person_id, pair_organization_id from mentoring_pub.participation where pair_id = ? and role = 'MENTOR'`,
        [crossPair],
      );
    // The mentor works elsewhere than the pair's school: the organization rule alone let them score their own pair.
    expect(mentorRow).toEqual({ person_id: mentor, pair_organization_id: organizationIdOf(crossSchool.inn) });
    const created = await planning.query<{ createContest: { id: string; nominations: { id: string }[] } }>(
      CREATE,
      { input: openDuet({ title: 'Педагогический дуэт (конфликт интересов)', nominations: [] }) },
      operator67,
    );
    expect(created.errors).toBeUndefined();
    contestId = created.data!.createContest.id;
    for (const personId of [mentor, mentorsColleague, DUET_JURY[0]])
      expect((await planning.query(JUROR, { contestId, personId }, operator67)).errors).toBeUndefined();
    const crossCurator = await planning.tokenFor('SCHOOL_CURATOR', {
      regionCode: '67',
      municipalityOktmo: crossSchool.municipalityOktmo,
      organizationId: organizationIdOf(crossSchool.inn),
    });
    const applied = await planning.query<{ applyToContest: { id: string } }>(
      APPLY,
      { contestId, pairId: crossPair },
      crossCurator,
    );
    expect(applied.errors).toBeUndefined();
    applicationId = applied.data!.applyToContest.id;
    const own = await planning.query(SCORE, { applicationId, jurorPersonId: mentor, score: 10 }, operator67);
    expect(errorCode(own)).toBe('CONFLICT');
    expect(own.errors![0]!.message).toMatch(/does not score their own entry/);
    const colleague = await planning.query(
      SCORE,
      { applicationId, jurorPersonId: mentorsColleague, score: 10 },
      operator67,
    );
    expect(errorCode(colleague)).toBe('CONFLICT');
    expect(colleague.errors![0]!.message).toMatch(/a colleague’s entry/);
    const statements = await planning.sql.during(async () => {
      const fair = await planning.query(SCORE, { applicationId, jurorPersonId: DUET_JURY[0], score: 7 }, operator67);
      expect(fair.errors).toBeUndefined();
    });
    // The contest row is locked while the score is entered, so closing the scoring waits for it.
    expect(statements.some((statement) => /from "planning"\."contest".* for update/is.test(statement))).toBe(true);
    // The conflict of interest is one statement.
    expect(statements.filter((statement) => statement.includes('person_workplace'))).toHaveLength(1);
  });

  it('refuses a juror who wrote the practice, or works where one of its authors works', async () => {
    const [practice] = await planning.orm.em
      .fork()
      .execute<{ author_person_ids: string[] }[]>(
        'select author_person_ids from mentoring_pub.practice where practice_id = ?',
        [SPB_PRACTICE],
      );
    const author = practice!.author_person_ids[0]!;
    const created = await planning.query<{ createContest: { id: string } }>(
      CREATE,
      { input: openDuet({ kind: 'BEST_PRACTICE', title: 'Лучшие практики (конфликт интересов)', nominations: [] }) },
      operator78,
    );
    const practiceContest = created.data!.createContest.id;
    expect((await planning.query(JUROR, { contestId: practiceContest, personId: author }, operator78)).errors).toBe(
      undefined,
    );
    const applied = await planning.query<{ applyToContest: { id: string } }>(
      APPLY,
      { contestId: practiceContest, practiceId: SPB_PRACTICE },
      spbCurator,
    );
    expect(applied.errors).toBeUndefined();
    const own = await planning.query(
      SCORE,
      { applicationId: applied.data!.applyToContest.id, jurorPersonId: author, score: 10 },
      operator78,
    );
    expect(errorCode(own)).toBe('CONFLICT');
    expect(own.errors![0]!.message).toMatch(/does not score their own entry/);
  });

  it('closes the scoring only after the application stage, and then takes no application', async () => {
    const { data } = await planning.query<{ contest: { version: number } }>(
      `{ contest(id: "${contestId}") { version } }`,
    );
    const early = await planning.query(CLOSE, { contestId, version: data!.contest.version }, operator67);
    expect(errorCode(early)).toBe('CONFLICT');
    await endApplications(contestId);
    const closed = await planning.query(CLOSE, { contestId, version: data!.contest.version }, operator67);
    expect(closed.errors).toBeUndefined();
    // Even were the application stage open again, a closed scoring takes no application.
    await planning.orm.em
      .fork()
      .execute(`update planning.contest set applications_from = ?, applications_until = ? where id = ?`, [
        shiftDays(today, -1),
        today,
        contestId,
      ]);
    const late = await planning.query(APPLY, { contestId, pairId: applicantPair }, curator);
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0]!.message).toMatch(/no application after the scoring has closed/);
  });

  it('leaves no published application without a result (planning_pub.contest_result)', async () => {
    const { data } = await planning.query<{ contest: { version: number } }>(
      `{ contest(id: "${contestId}") { version } }`,
    );
    const published = await planning.query(
      PUBLISH,
      { contestId, version: data!.contest.version, results: [] },
      operator67,
    );
    expect(published.errors).toBeUndefined();
    const [row] = await planning.orm.em
      .fork()
      .execute<{ total: number; unnamed: number }[]>(
        'select count(*)::int as total, count(*) filter (where result is null)::int as unnamed from planning_pub.contest_result',
      );
    expect(row!.total).toBeGreaterThan(0);
    expect(row!.unnamed).toBe(0);
    const late = await planning.query(APPLY, { contestId, pairId: applicantPair }, curator);
    expect(late.errors![0]!.message).toMatch(/no application after the results are published/);
  });

  it('caps nominations, jury and results, and keeps stage dates within a year of the contest’s year', async () => {
    const tooMany = await planning.query(
      CREATE,
      { input: openDuet({ nominations: Array.from({ length: 51 }, (_, index) => `Номинация ${index + 1}`) }) },
      operator67,
    );
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0]!.message).toMatch(/at most 50 nominations/);
    const farOff = await planning.query(
      CREATE,
      { input: openDuet({ year: Number(today.slice(0, 4)) + 2 }) },
      operator67,
    );
    expect(errorCode(farOff)).toBe('BAD_USER_INPUT');
    expect(farOff.errors![0]!.message).toMatch(/within a year of the contest's year/);
    const created = await planning.query<{ createContest: { id: string } }>(
      CREATE,
      { input: openDuet({ title: 'Дуэт (большое жюри)' }) },
      operator67,
    );
    const bigJury = created.data!.createContest.id;
    const people = DEMO_PEOPLE.slice(0, 51).map((person) => personIdOf(person.key));
    for (const personId of people.slice(0, 50))
      expect((await planning.query(JUROR, { contestId: bigJury, personId }, operator67)).errors).toBeUndefined();
    const fiftyFirst = await planning.query(JUROR, { contestId: bigJury, personId: people[50] }, operator67);
    expect(errorCode(fiftyFirst)).toBe('BAD_USER_INPUT');
    expect(fiftyFirst.errors![0]!.message).toMatch(/at most 50 members/);
  });

  it('lets the region’s operator read (not run) a municipal contest: applications and scores', async () => {
    const coordinator = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '67',
      municipalityOktmo: applicantSchool.municipalityOktmo,
    });
    const created = await planning.query<{ createContest: { id: string; municipality: { id: string } | null } }>(
      CREATE,
      { input: openDuet({ title: 'Муниципальный дуэт', nominations: [] }) },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const municipal = created.data!.createContest.id;
    expect(created.data!.createContest.municipality).not.toBeNull();
    const applied = await planning.query<{ applyToContest: { id: string } }>(
      APPLY,
      { contestId: municipal, pairId: applicantPair },
      curator,
    );
    expect(applied.errors).toBeUndefined();
    expect((await planning.query(JUROR, { contestId: municipal, personId: DUET_JURY[0] }, coordinator)).errors).toBe(
      undefined,
    );
    const scored = await planning.query(
      SCORE,
      { applicationId: applied.data!.applyToContest.id, jurorPersonId: DUET_JURY[0], score: 6 },
      coordinator,
    );
    expect(scored.errors).toBeUndefined();
    const read = async (token: string) =>
      (
        await planning.query<{
          contest: {
            applications: {
              totalCount: number;
              edges: { node: { totalScore: number | null; scores: unknown[] | null } }[];
            };
          };
        }>(PAGE, { id: municipal }, token)
      ).data!.contest.applications;
    const byOperator = await read(operator67);
    expect(byOperator.totalCount).toBe(1);
    expect(byOperator.edges[0]!.node.totalScore).toBe(6);
    expect(byOperator.edges[0]!.node.scores).toHaveLength(1);
    expect((await read(operator78)).totalCount).toBe(0);
    // Reading is not running: the operator does not score or add jurors there.
    expect(errorCode(await planning.query(JUROR, { contestId: municipal, personId: DUET_JURY[1] }, operator67))).toBe(
      'FORBIDDEN',
    );
  });
});
