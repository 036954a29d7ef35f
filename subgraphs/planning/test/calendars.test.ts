import { stableId } from '@mentoring/platform/database';
import { todayIso } from '@mentoring/platform/validation';
import {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANIZATIONS,
  demoRegionOf,
  municipalityIdOf,
  organizationIdOf,
  regionIdOf,
  SMOLENSK_CITY_OKTMO,
  ZNAMENSKY_OKTMO,
} from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smolenskMunicipalities } from '../src/demo-submissions.js';
import { RoadmapItemSchema } from '../src/modules/roadmaps/roadmap-item.entity.js';
import { ReportingObligationSchema } from '../src/modules/submissions/obligation.entity.js';
import { ReportSubmissionSchema } from '../src/modules/submissions/submission.entity.js';
import { RoadmapSchema } from '../src/modules/roadmaps/roadmap.entity.js';
import { planningSubgraph } from '../src/subgraph.js';

/**
 * Calendars (календари): events overlapping a period and roadmap deadlines in it, for a region (with its
 * municipalities and organizations), a municipality or an organization; open events only without a token; deadlines
 * only for staff whose territory the roadmap concerns; overdue and next deadlines; period rules; a constant number of
 * statements for the calendars of all municipalities of a region.
 */
let planning: TestSubgraph;
let operator67: string;
let operator78: string;
let coordinator: string;
let curator: string;

const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = todayIso();

const cityMunicipality = municipalityIdOf(SMOLENSK_CITY_OKTMO);
const citySchool = DEMO_ORGANIZATIONS.find(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && organization.municipalityOktmo === SMOLENSK_CITY_OKTMO,
)!;
const smolenskSchools = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '67',
);
/** The first school of seed 002's teachers' course (its participation is synthetic demo data). */
const courseSchool = smolenskSchools[0]!;

const MUNICIPAL_ROADMAP = stableId('roadmap', 'calendar-test-municipal');
const SCHOOL_ROADMAP = stableId('roadmap', 'calendar-test-school');
const DUE_YESTERDAY = stableId('roadmap-item', 'calendar-test-yesterday');
const DUE_TOMORROW = stableId('roadmap-item', 'calendar-test-tomorrow');
const SCHOOL_DUE = stableId('roadmap-item', 'calendar-test-school');
const SMOLENSK_PLAN = stableId('roadmap-item', 'smolensk-2022-2024-1');
const SMOLENSK_MONITORING = stableId('roadmap-item', 'smolensk-2022-2024-2');
const START_SESSION = stableId('event', 'smolensk-2023-start-session');
const TEACHER_COURSE = stableId('event', 'smolensk-2021-teacher-course');
/** Seed 000's «Муниципальный план / отчет» due 25 December 2022 (demo data: a reporting obligation of Smolensk). */
const MUNICIPAL_PLAN_2022 = stableId('reporting-obligation', 'smolensk-2022-municipal-plan');
/** A synthetic obligation of the region due in three days, to see it among the next deadlines until all submit. */
const OBLIGATION_SOON = stableId('reporting-obligation', 'calendar-test-soon');

const errorCode = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

interface Entry {
  id: string;
  kind: 'EVENT' | 'DEADLINE' | 'REPORT_DUE';
  startDate: string;
  endDate: string;
  title: string;
  public: boolean;
  overdue: boolean;
  completed: boolean;
  event: { id: string } | null;
  roadmapItem: { id: string } | null;
  reportingObligation?: { id: string; title: string } | null;
  description?: string | null;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Entry }[];
}
const ENTRY = 'id kind startDate endDate title public overdue completed event { id } roadmapItem { id }';
const PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } }`;

async function calendar(scope: Record<string, string>, from: string, to: string, token?: string, extra = '') {
  return planning.query<{ calendar: Page | null }>(
    `query ($scope: CalendarScopeInput!, $from: Date!, $to: Date!) { calendar(scope: $scope, from: $from, to: $to, first: 100${extra}) { ${PAGE} } }`,
    { scope, from, to },
    token,
  );
}
const nodes = (response: { data?: { calendar: Page | null } | null }) =>
  response.data?.calendar?.edges.map((edge) => edge.node) ?? [];
const itemIds = (entries: Entry[]) => entries.flatMap((entry) => (entry.roadmapItem ? [entry.roadmapItem.id] : []));
const eventIds = (entries: Entry[]) => entries.flatMap((entry) => (entry.event ? [entry.event.id] : []));

beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph, { alongside: [registrySubgraph] });
  operator67 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  operator78 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
  coordinator = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
    regionCode: '67',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
  });
  curator = await planning.tokenFor('SCHOOL_CURATOR', {
    regionCode: '67',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
    organizationId: organizationIdOf(citySchool.inn),
  });
  // Synthetic roadmaps with deadlines around today: a municipal one of the city of Smolensk and one of a city school.
  const em = planning.orm.em.fork();
  const year = Number(today.slice(0, 4));
  const roadmap = (id: string, level: 'MUNICIPALITY' | 'ORGANIZATION') =>
    em.create(RoadmapSchema, {
      id,
      title: `Тестовая дорожная карта ${level} (синтетическая, SYNTHETIC)`,
      level,
      startYear: year - 1,
      endYear: year + 1,
      approvedBy: null,
      note: null,
      regionId: null,
      municipalityId: level === 'MUNICIPALITY' ? cityMunicipality : null,
      organizationId: level === 'ORGANIZATION' ? organizationIdOf(citySchool.inn) : null,
      source: null,
    });
  const item = (id: string, parent: ReturnType<typeof roadmap>, number: number, dueDate: string) =>
    em.create(RoadmapItemSchema, {
      id,
      roadmap: parent,
      number,
      activity: `Мероприятие ${number} (синтетическое)`,
      schedule: dueDate,
      dueDate,
      responsible: 'Отдел образования',
      responsibleOrganizationIds: [],
      responsiblePersonIds: [],
      expectedResult: null,
      source: null,
    });
  const municipal = roadmap(MUNICIPAL_ROADMAP, 'MUNICIPALITY');
  item(DUE_YESTERDAY, municipal, 1, shiftDays(today, -1));
  item(DUE_TOMORROW, municipal, 2, shiftDays(today, 1));
  item(SCHOOL_DUE, roadmap(SCHOOL_ROADMAP, 'ORGANIZATION'), 1, shiftDays(today, 3));
  em.create(ReportingObligationSchema, {
    id: OBLIGATION_SOON,
    regionId: regionIdOf('67'),
    kind: 'INFORMATION',
    title: 'Информация о наставничестве (синтетическая, SYNTHETIC)',
    dueDate: shiftDays(today, 3),
    roadmapItem: null,
    source: null,
    dataOrigin: 'SYNTHETIC',
    createdBy: null,
  });
  await em.flush();
});
afterAll(() => planning?.close());

describe('the calendar of a region', () => {
  it('holds the seeds’ January 2023 start session and the deadline «до 15 июня 2023», overdue with no completion recorded', async () => {
    const response = await calendar({ regionCode: '67' }, '2023-01-01', '2023-12-31', operator67);
    expect(response.errors).toBeUndefined();
    const entries = nodes(response);
    const session = entries.find((entry) => entry.event?.id === START_SESSION)!;
    expect(session).toMatchObject({ kind: 'EVENT', startDate: '2023-01-01', endDate: '2023-01-31', overdue: false });
    expect(session.id).toBe(`event:${START_SESSION}`);
    const plan = entries.find((entry) => entry.roadmapItem?.id === SMOLENSK_PLAN)!;
    expect(plan).toMatchObject({ kind: 'DEADLINE', startDate: '2023-06-15', endDate: '2023-06-15', overdue: true });
    expect(plan.title).toBe('Муниципальный план / отчет');
    // A one-off deadline's id (the feed's UID) is the item's: moving its due date updates the same calendar entry.
    expect(plan.id).toBe(`deadline:${SMOLENSK_PLAN}`);
    expect(entries.map((entry) => entry.startDate)).toEqual(entries.map((entry) => entry.startDate).sort());
  });

  it('includes its municipalities’ and schools’ deadlines for its operator', async () => {
    const entries = nodes(await calendar({ regionCode: '67' }, shiftDays(today, -7), shiftDays(today, 7), operator67));
    expect(itemIds(entries)).toEqual(expect.arrayContaining([DUE_YESTERDAY, DUE_TOMORROW, SCHOOL_DUE]));
    expect(entries.find((entry) => entry.roadmapItem?.id === DUE_YESTERDAY)!.overdue).toBe(true);
    expect(entries.find((entry) => entry.roadmapItem?.id === DUE_TOMORROW)!.overdue).toBe(false);
  });

  it('shows no deadline to another region’s operator, nor to an anonymous viewer', async () => {
    for (const token of [operator78, undefined]) {
      const entries = nodes(await calendar({ regionCode: '67' }, '2023-01-01', '2023-12-31', token));
      expect(entries.filter((entry) => entry.kind === 'DEADLINE')).toEqual([]);
    }
  });

  it('shows an anonymous viewer the open events only', async () => {
    const create = (title: string, open: boolean) =>
      planning.query<{ createEvent: { id: string; public: boolean } }>(
        `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id public } }`,
        {
          input: {
            kind: 'WEBINAR',
            title,
            startDate: shiftDays(today, 10),
            endDate: shiftDays(today, 10),
            organizerName: 'ЦНППМ',
            format: 'ONLINE',
            public: open,
          },
        },
        operator67,
      );
    const open = await create('Открытый вебинар (тест)', true);
    const closed = await create('Вебинар для кураторов (тест)', false);
    expect(open.data?.createEvent.public).toBe(true);
    expect(closed.data?.createEvent.public).toBe(false);
    const period = [shiftDays(today, 9), shiftDays(today, 11)] as const;
    const anonymous = nodes(await calendar({ regionCode: '67' }, ...period));
    expect(eventIds(anonymous)).toEqual([open.data!.createEvent.id]);
    expect(anonymous[0]!.public).toBe(true);
    const staff = nodes(await calendar({ regionCode: '67' }, ...period, operator67));
    expect(eventIds(staff).sort()).toEqual([open.data!.createEvent.id, closed.data!.createEvent.id].sort());
  });

  it('pages by cursor: the pages together are the whole calendar, in order', async () => {
    const whole = nodes(await calendar({ regionCode: '67' }, '2022-06-01', '2023-05-31', operator67));
    expect(whole.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof calendar>> = await planning.query<{ calendar: Page }>(
        `query ($after: String) { calendar(scope: { regionCode: "67" }, from: "2022-06-01", to: "2023-05-31", first: 2, after: $after) { ${PAGE} } }`,
        { after },
        operator67,
      );
      expect(response.data!.calendar!.totalCount).toBe(whole.length);
      seen.push(...nodes(response).map((entry) => entry.id));
      after = response.data!.calendar!.pageInfo.hasNextPage ? response.data!.calendar!.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(whole.map((entry) => entry.id));
  });
});

describe('the calendar of a municipality and of an organization', () => {
  it('shows the coordinator the municipality’s deadlines and its schools’, not another municipality’s', async () => {
    const entries = nodes(
      await calendar(
        { municipalityOktmo: SMOLENSK_CITY_OKTMO },
        shiftDays(today, -7),
        shiftDays(today, 7),
        coordinator,
      ),
    );
    expect(itemIds(entries).sort()).toEqual([DUE_YESTERDAY, DUE_TOMORROW, SCHOOL_DUE].sort());
    const elsewhere = DEMO_MUNICIPALITIES.find(
      (municipality) => municipality.regionCode === '67' && municipality.oktmo !== SMOLENSK_CITY_OKTMO,
    )!;
    const other = nodes(
      await calendar({ municipalityOktmo: elsewhere.oktmo }, shiftDays(today, -7), shiftDays(today, 7), coordinator),
    );
    expect(itemIds(other)).toEqual([]);
  });

  it('shows a school’s curator its own deadlines and its municipality’s', async () => {
    const own = nodes(
      await calendar(
        { organizationId: organizationIdOf(citySchool.inn) },
        shiftDays(today, -7),
        shiftDays(today, 7),
        curator,
      ),
    );
    expect(itemIds(own)).toEqual([SCHOOL_DUE]);
    const municipal = nodes(
      await calendar({ municipalityOktmo: SMOLENSK_CITY_OKTMO }, shiftDays(today, -7), shiftDays(today, 7), curator),
    );
    expect(itemIds(municipal).sort()).toEqual([DUE_YESTERDAY, DUE_TOMORROW, SCHOOL_DUE].sort());
  });

  it('holds the events an organization took part in (seed 002’s course of September 2021)', async () => {
    const entries = nodes(
      await calendar({ organizationId: organizationIdOf(courseSchool.inn) }, '2021-01-01', '2021-12-31', operator67),
    );
    expect(eventIds(entries)).toContain(TEACHER_COURSE);
    expect(entries.find((entry) => entry.event?.id === TEACHER_COURSE)).toMatchObject({
      startDate: '2021-09-27',
      endDate: '2021-09-30',
    });
  });
});

describe('overdue and next deadlines', () => {
  const pending = (field: 'overdueDeadlines' | 'nextDeadlines', token: string) =>
    planning.query<Record<string, Page>>(
      `{ ${field}(scope: { municipalityOktmo: "${SMOLENSK_CITY_OKTMO}" }, first: 100) { ${PAGE} } }`,
      {},
      token,
    );

  it('lists passed deadlines without a valid completion as overdue, and coming ones as next, until a completion is recorded', async () => {
    const overdue = await pending('overdueDeadlines', coordinator);
    expect(overdue.errors).toBeUndefined();
    expect(
      overdue.data!['overdueDeadlines']!.edges.flatMap((edge) =>
        edge.node.roadmapItem ? [edge.node.roadmapItem.id] : [],
      ),
    ).toContain(DUE_YESTERDAY);
    expect(overdue.data!['overdueDeadlines']!.edges.every((edge) => edge.node.overdue)).toBe(true);
    const next = await pending('nextDeadlines', coordinator);
    expect(
      next.data!['nextDeadlines']!.edges.flatMap((edge) => (edge.node.roadmapItem ? [edge.node.roadmapItem.id] : [])),
    ).toEqual([DUE_TOMORROW, SCHOOL_DUE]);

    const recorded = await planning.query(
      `mutation { recordRoadmapItemCompletion(itemId: "${DUE_YESTERDAY}", input: { completedOn: "${today}", evidence: "Протокол (тест)" }) { id } }`,
      {},
      coordinator,
    );
    expect(recorded.errors).toBeUndefined();
    const after = await pending('overdueDeadlines', coordinator);
    expect(
      after.data!['overdueDeadlines']!.edges.flatMap((edge) =>
        edge.node.roadmapItem ? [edge.node.roadmapItem.id] : [],
      ),
    ).not.toContain(DUE_YESTERDAY);
    const entry = nodes(
      await calendar(
        { municipalityOktmo: SMOLENSK_CITY_OKTMO },
        shiftDays(today, -1),
        shiftDays(today, -1),
        coordinator,
      ),
    ).find((candidate) => candidate.roadmapItem?.id === DUE_YESTERDAY);
    expect(entry).toMatchObject({ overdue: false, completed: true });
  });

  it('makes a deadline overdue again when its completion is withdrawn, and dates the change (lastModified)', async () => {
    const item = DUE_YESTERDAY;
    const yesterdayEntry = async () =>
      (
        await planning.query<{ calendar: { edges: { node: Entry & { lastModified: string | null } }[] } }>(
          `query ($oktmo: String!, $day: Date!) { calendar(scope: { municipalityOktmo: $oktmo }, from: $day, to: $day, first: 100) { edges { node { ${ENTRY} lastModified } } } }`,
          { oktmo: SMOLENSK_CITY_OKTMO, day: shiftDays(today, -1) },
          coordinator,
        )
      )
        .data!.calendar.edges.map((edge) => edge.node)
        .find((node) => node.roadmapItem?.id === item)!;
    const before = await yesterdayEntry();
    const wasCompleted = before.completed;
    if (!wasCompleted) {
      const recorded = await planning.query(
        `mutation { recordRoadmapItemCompletion(itemId: "${item}", input: { completedOn: "${today}", evidence: "Протокол (тест)" }) { id } }`,
        {},
        coordinator,
      );
      expect(recorded.errors).toBeUndefined();
    }
    const completed = await yesterdayEntry();
    expect(completed).toMatchObject({ completed: true, overdue: false });
    expect(completed.lastModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const withdrawn = await planning.query(
      `mutation { withdrawRoadmapItemCompletion(itemId: "${item}", reason: "Отмечено по ошибке (тест)") { id } }`,
      {},
      coordinator,
    );
    expect(withdrawn.errors).toBeUndefined();
    const again = await yesterdayEntry();
    expect(again).toMatchObject({ completed: false, overdue: true });
    expect(again.lastModified! >= completed.lastModified!).toBe(true);
    const overdue = await pending('overdueDeadlines', coordinator);
    expect(
      overdue.data!['overdueDeadlines']!.edges.flatMap((edge) =>
        edge.node.roadmapItem ? [edge.node.roadmapItem.id] : [],
      ),
    ).toContain(item);
  });

  it('holds the seed’s regional deadlines of 2022–2023 as overdue for the region’s operator', async () => {
    const response = await planning.query<{ overdueDeadlines: Page }>(
      `{ overdueDeadlines(scope: { regionCode: "67" }, first: 100) { ${PAGE} } }`,
      {},
      operator67,
    );
    const ids = response.data!.overdueDeadlines.edges.flatMap((edge) =>
      edge.node.roadmapItem ? [edge.node.roadmapItem.id] : [],
    );
    expect(ids).toEqual(expect.arrayContaining([SMOLENSK_MONITORING, SMOLENSK_PLAN]));
    expect(ids.indexOf(SMOLENSK_MONITORING)).toBeLessThan(ids.indexOf(SMOLENSK_PLAN));
  });
});

describe('recurring roadmap items', () => {
  const MONITORING = stableId('roadmap-item', 'znamensky-2022-5');
  const monitoringEntries = async (token: string) =>
    nodes(await calendar({ municipalityOktmo: ZNAMENSKY_OKTMO }, '2022-01-01', '2022-12-31', token)).filter(
      (entry) => entry.roadmapItem?.id === MONITORING,
    );

  it('shows every occurrence of «Ежеквартально в течение 2022 года» (RRULE) as its own deadline, each completed on its own', async () => {
    const coordinator57 = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '57',
      municipalityOktmo: ZNAMENSKY_OKTMO,
    });
    const before = await monitoringEntries(coordinator57);
    expect(before.map((entry) => [entry.id, entry.startDate, entry.completed, entry.overdue])).toEqual(
      ['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'].map((date) => [
        `deadline:${MONITORING}:${date}`,
        date,
        false,
        true,
      ]),
    );
    const recorded = await planning.query(
      `mutation { recordRoadmapItemCompletion(itemId: "${MONITORING}", input: { occurrenceOn: "2022-06-30", completedOn: "2022-07-05", evidence: "Справка по итогам мониторинга (тест)" }) { id } }`,
      {},
      coordinator57,
    );
    expect(recorded.errors).toBeUndefined();
    const after = await monitoringEntries(coordinator57);
    expect(after.map((entry) => [entry.startDate, entry.completed, entry.overdue])).toEqual([
      ['2022-03-31', false, true],
      ['2022-06-30', true, false],
      ['2022-09-30', false, true],
      ['2022-12-31', false, true],
    ]);
    const overdue = await planning.query<{ overdueDeadlines: { edges: { node: Entry }[] } }>(
      `{ overdueDeadlines(scope: { municipalityOktmo: "${ZNAMENSKY_OKTMO}" }, first: 100) { edges { node { ${ENTRY} } } } }`,
      {},
      coordinator57,
    );
    const overdueDates = overdue
      .data!.overdueDeadlines.edges.filter((edge) => edge.node.roadmapItem?.id === MONITORING)
      .map((edge) => edge.node.startDate);
    expect(overdueDates).toEqual(['2022-03-31', '2022-09-30', '2022-12-31']);
  });
});

describe('bad input', () => {
  it.each([
    ['from after to', { regionCode: '67' }, '2023-02-01', '2023-01-31', 'BAD_USER_INPUT'],
    ['367 days, both ends counted', { regionCode: '67' }, '2023-01-01', '2024-01-02', 'BAD_USER_INPUT'],
    ['feedFirst beyond 2000', { regionCode: '67' }, '2023-01-01', '2023-01-31', 'BAD_USER_INPUT', ', feedFirst: 2001'],
    ['feedFirst with first', { regionCode: '67' }, '2023-01-01', '2023-01-31', 'BAD_USER_INPUT', ', feedFirst: 10'],
    ['an impossible day', { regionCode: '67' }, '2023-02-30', '2023-03-01', 'BAD_USER_INPUT'],
    ['a date out of range', { regionCode: '67' }, '0001-01-01', '0001-01-02', 'BAD_USER_INPUT'],
    [
      'two scopes at once',
      { regionCode: '67', municipalityOktmo: SMOLENSK_CITY_OKTMO },
      '2023-01-01',
      '2023-01-31',
      'BAD_USER_INPUT',
    ],
    ['no scope', {}, '2023-01-01', '2023-01-31', 'BAD_USER_INPUT'],
    ['a NUL byte in a code', { regionCode: '6\u00007' }, '2023-01-01', '2023-01-31', 'BAD_USER_INPUT'],
    ['an unknown region', { regionCode: '99' }, '2023-01-01', '2023-01-31', 'NOT_FOUND'],
    [
      'an unknown organization',
      { organizationId: '00000000-0000-4000-8000-000000000000' },
      '2023-01-01',
      '2023-01-31',
      'NOT_FOUND',
    ],
    ['an organization id that is no UUID', { organizationId: 'x' }, '2023-01-01', '2023-01-31', 'BAD_USER_INPUT'],
  ])('refuses %s', async (_, scope, from, to, code, extra = '') => {
    const response = await calendar(scope, from, to, operator67, extra);
    expect(errorCode(response)).toBe(code);
  });

  it('accepts 366 days, both ends counted, as the description says', async () => {
    const response = await calendar({ regionCode: '67' }, '2023-01-01', '2024-01-01', operator67);
    expect(response.errors).toBeUndefined();
  });

  it('gives the feed a page of up to 2000 entries (feedFirst), the same entries as the pages of 100', async () => {
    const response = await planning.query<{ calendar: Page }>(
      `{ calendar(scope: { regionCode: "67" }, from: "2022-06-01", to: "2023-05-31", feedFirst: 2000) { ${PAGE} } }`,
      {},
      operator67,
    );
    expect(response.errors).toBeUndefined();
    const paged = await calendar({ regionCode: '67' }, '2022-06-01', '2023-05-31', operator67);
    expect(response.data!.calendar.pageInfo.hasNextPage).toBe(false);
    expect(response.data!.calendar.edges.map((edge) => edge.node.id)).toEqual(nodes(paged).map((node) => node.id));
  });

  it('pages through due dates by cursor too (obligation ids in cursors)', async () => {
    const first = await calendar({ regionCode: '67' }, '2022-12-25', '2022-12-25', operator67);
    const ids = nodes(first).map((entry) => entry.id);
    expect(ids).toContain(`obligation:${MUNICIPAL_PLAN_2022}`);
    const cursor = first.data!.calendar!.edges.find(
      (edge) => edge.node.id === `obligation:${MUNICIPAL_PLAN_2022}`,
    )!.cursor;
    const after = await calendar({ regionCode: '67' }, '2022-12-25', '2022-12-25', operator67, `, after: "${cursor}"`);
    expect(after.errors).toBeUndefined();
    expect(nodes(after).map((entry) => entry.id)).not.toContain(`obligation:${MUNICIPAL_PLAN_2022}`);
  });

  it('refuses a cursor it did not give', async () => {
    for (const after of ['garbage', Buffer.from('["2023-01-01","x"]').toString('base64url')]) {
      const response = await calendar(
        { regionCode: '67' },
        '2023-01-01',
        '2023-01-31',
        operator67,
        `, after: "${after}"`,
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('reporting obligations’ due dates (REPORT_DUE)', () => {
  const DUE = 'id kind startDate endDate title description overdue completed reportingObligation { id title }';
  const dues = async (scope: Record<string, string>, from: string, to: string, token?: string) => {
    const response = await planning.query<{ calendar: { edges: { node: Entry }[] } | null }>(
      `query ($scope: CalendarScopeInput!, $from: Date!, $to: Date!) { calendar(scope: $scope, from: $from, to: $to, first: 100) { edges { node { ${DUE} } } } }`,
      { scope, from, to },
      token,
    );
    expect(response.errors).toBeUndefined();
    return (response.data?.calendar?.edges ?? [])
      .map((edge) => edge.node)
      .filter((entry) => entry.kind === 'REPORT_DUE');
  };
  // The demo's synthetic submissions cycle on time, on time, late, missing through Smolensk's municipalities by OKTMO.
  const onTime = smolenskMunicipalities()[0]!;
  const missing = smolenskMunicipalities()[3]!;
  const coordinatorOf = (oktmo: string) =>
    planning.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '67', municipalityOktmo: oktmo });

  it('puts seed 000’s «Муниципальный план / отчет» due 2022-12-25 in the Smolensk region’s December 2022, overdue as some municipalities never submitted', async () => {
    const entries = await dues({ regionCode: '67' }, '2022-12-01', '2022-12-31', operator67);
    expect(entries).toHaveLength(1);
    const owed = DEMO_MUNICIPALITIES.filter((municipality) => municipality.regionCode === '67').length;
    const submitted = smolenskMunicipalities().filter((_, index) => index % 4 !== 3).length;
    expect(entries[0]).toEqual({
      id: `obligation:${MUNICIPAL_PLAN_2022}`,
      kind: 'REPORT_DUE',
      startDate: '2022-12-25',
      endDate: '2022-12-25',
      title: 'Муниципальный план / отчет',
      description: `Сдали ${submitted} из ${owed} муниципальных образований; не сдали к сроку: ${owed - submitted}.`,
      overdue: true,
      completed: false,
      reportingObligation: { id: MUNICIPAL_PLAN_2022, title: 'Муниципальный план / отчет' },
    });
  });

  it('shows a municipality its own state: completed with its synthetic on-time submission, overdue without one', async () => {
    const [done] = await dues(
      { municipalityOktmo: onTime.oktmo },
      '2022-12-01',
      '2022-12-31',
      await coordinatorOf(onTime.oktmo),
    );
    expect(done).toMatchObject({
      id: `obligation:${MUNICIPAL_PLAN_2022}:${municipalityIdOf(onTime.oktmo)}`,
      completed: true,
      overdue: false,
      description: 'Документ представлен 2022-12-23.',
    });
    const [owed] = await dues({ municipalityOktmo: missing.oktmo }, '2022-12-01', '2022-12-31', operator67);
    expect(owed).toMatchObject({
      id: `obligation:${MUNICIPAL_PLAN_2022}:${municipalityIdOf(missing.oktmo)}`,
      completed: false,
      overdue: true,
      description: 'Документ не представлен к сроку.',
    });
    // A late submission meets the obligation too; the description says it came late.
    const late = smolenskMunicipalities()[2]!;
    const [met] = await dues({ municipalityOktmo: late.oktmo }, '2022-12-01', '2022-12-31', operator67);
    expect(met).toMatchObject({
      completed: true,
      overdue: false,
      description: 'Документ представлен 2023-01-16 (с опозданием).',
    });
  });

  it('shows none to an anonymous viewer, another region’s operator, another municipality’s coordinator, nor in an organization’s calendar', async () => {
    expect(await dues({ regionCode: '67' }, '2022-12-01', '2022-12-31')).toEqual([]);
    expect(await dues({ regionCode: '67' }, '2022-12-01', '2022-12-31', operator78)).toEqual([]);
    expect(await dues({ municipalityOktmo: missing.oktmo }, '2022-12-01', '2022-12-31')).toEqual([]);
    expect(await dues({ municipalityOktmo: missing.oktmo }, '2022-12-01', '2022-12-31', operator78)).toEqual([]);
    expect(
      await dues({ municipalityOktmo: missing.oktmo }, '2022-12-01', '2022-12-31', await coordinatorOf(onTime.oktmo)),
    ).toEqual([]);
    expect(
      await dues({ organizationId: organizationIdOf(citySchool.inn) }, '2022-12-01', '2022-12-31', operator67),
    ).toEqual([]);
  });

  it('lists a passed due date with a submission missing among the overdue, a coming one among the next until every municipality submits', async () => {
    const pending = async (
      which: 'overdueDeadlines' | 'nextDeadlines',
      scope: Record<string, string>,
      token: string,
    ) => {
      const response = await planning.query<Record<string, { edges: { node: { id: string } }[] }>>(
        `query ($scope: CalendarScopeInput!) { ${which}(scope: $scope, first: 100) { edges { node { id } } } }`,
        { scope },
        token,
      );
      expect(response.errors).toBeUndefined();
      return response.data![which]!.edges.map((edge) => edge.node.id);
    };
    expect(await pending('overdueDeadlines', { regionCode: '67' }, operator67)).toContain(
      `obligation:${MUNICIPAL_PLAN_2022}`,
    );
    const city = municipalityIdOf(SMOLENSK_CITY_OKTMO);
    const cityCoordinator = await coordinatorOf(SMOLENSK_CITY_OKTMO);
    expect(await pending('nextDeadlines', { regionCode: '67' }, operator67)).toContain(`obligation:${OBLIGATION_SOON}`);
    expect(await pending('nextDeadlines', { municipalityOktmo: SMOLENSK_CITY_OKTMO }, cityCoordinator)).toContain(
      `obligation:${OBLIGATION_SOON}:${city}`,
    );
    // The city submits (synthetic): its own entry is met and leaves its next deadlines; the region's stays pending.
    const em = planning.orm.em.fork();
    em.create(ReportSubmissionSchema, {
      obligation: OBLIGATION_SOON,
      municipalityId: city,
      submittedOn: today,
      documentTitle: 'Информация (синтетическая, SYNTHETIC)',
      documentUrl: null,
      documentNumber: null,
      documentDate: null,
      submittedBy: null,
      submittedByRole: null,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
      dataOrigin: 'SYNTHETIC',
    });
    await em.flush();
    expect(await pending('nextDeadlines', { municipalityOktmo: SMOLENSK_CITY_OKTMO }, cityCoordinator)).not.toContain(
      `obligation:${OBLIGATION_SOON}:${city}`,
    );
    expect(await pending('nextDeadlines', { regionCode: '67' }, operator67)).toContain(`obligation:${OBLIGATION_SOON}`);
    const [mine] = await dues({ municipalityOktmo: SMOLENSK_CITY_OKTMO }, today, shiftDays(today, 7), cityCoordinator);
    expect(mine).toMatchObject({ completed: true, overdue: false, description: `Документ представлен ${today}.` });
  });
});

describe('SQL statements', () => {
  const municipalities67 = DEMO_MUNICIPALITIES.filter((municipality) => municipality.regionCode === '67');
  const calendars = (oktmos: string[]) =>
    planning.entities(
      oktmos.map((oktmo) => ({ __typename: 'Municipality', id: municipalityIdOf(oktmo) })),
      `... on Municipality { calendar(from: "2022-06-01", to: "2023-05-31", first: 100) { totalCount edges { node { id } } } }`,
      operator67,
    );

  it('cost the calendars of all municipalities of a region as many statements as one: one for events, one for deadlines, one for obligations’ due dates', async () => {
    expect(municipalities67.length).toBeGreaterThan(20);
    const one = await planning.sql.during(() => calendars([SMOLENSK_CITY_OKTMO]));
    const all = await planning.sql.during(async () => {
      const response = await calendars(municipalities67.map((municipality) => municipality.oktmo));
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toHaveLength(municipalities67.length);
    });
    expect(one).toHaveLength(3);
    expect(all).toHaveLength(3);
  });

  it('cost a region’s calendar one statement to find the region, one for events, one for deadlines, one for due dates; linked events, items and obligations one each', async () => {
    const bare = await planning.sql.during(() =>
      planning.query(
        '{ calendar(scope: { regionCode: "67" }, from: "2022-06-01", to: "2023-05-31", first: 100) { totalCount edges { node { id kind title } } } }',
        {},
        operator67,
      ),
    );
    expect(bare).toHaveLength(4);
    const linked = await planning.sql.during(() =>
      calendar({ regionCode: '67' }, '2022-06-01', '2023-05-31', operator67),
    );
    expect(linked).toHaveLength(6);
    const withObligations = await planning.sql.during(() =>
      planning.query(
        '{ calendar(scope: { regionCode: "67" }, from: "2022-06-01", to: "2023-05-31", first: 100) { edges { node { id reportingObligation { id } } } } }',
        {},
        operator67,
      ),
    );
    expect(withObligations).toHaveLength(5);
  });
});
