import { stableId } from '@mentoring/platform/database';
import { todayIso } from '@mentoring/platform/validation';
import { isQuotedFrom, seedTexts, sourceProblem } from '@mentoring/sources/testing';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  demoRegionOf,
  organizationIdOf,
  personIdOf,
  regionIdOf,
} from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventSchema } from '../src/modules/events/event.entity.js';
import { EventParticipationSchema } from '../src/modules/events/participation.entity.js';
import { participationSeeds } from '../src/demo-events.js';
import { planningSubgraph } from '../src/subgraph.js';

/**
 * Events (мероприятия): the seeds' events as printed, with synthetic participation of demo schools; who may create,
 * register and record attendance, in which territory; people's participation only for the staff of their territory;
 * the published view analytics reads; a constant number of statements for a page of events.
 */
let planning: TestSubgraph;
let operator67: string;
let operator78: string;
let coordinator: string;
let curator: string;
let analyst: string;

const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = todayIso();

const smolenskSchools = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '67',
);
/** The municipality of the first of seed 002's (synthetic) course schools, and a school of another one. */
const COURSE_OKTMO = smolenskSchools[0]!.municipalityOktmo;
const courseSchool = smolenskSchools[0]!;
const otherDistrictSchool = smolenskSchools.find((school) => school.municipalityOktmo !== COURSE_OKTMO)!;
const spbSchool = DEMO_ORGANIZATIONS.find(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '78',
)!;
const teacherOf = (inn: string) =>
  DEMO_PEOPLE.find((person) => person.organizationInn === inn && person.key.endsWith('-3'))!;

const START_SESSION = stableId('event', 'smolensk-2023-start-session');
const TEACHER_COURSE = stableId('event', 'smolensk-2021-teacher-course');
const FEST = stableId('event', 'smolensk-fest67');

const errorCode = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id version kind title startDate endDate hours programme format dataOrigin region { id } municipality { id } roadmapItem { id } } }`;
const REGISTER = `mutation ($eventId: UUID!, $organizationId: UUID!, $personId: UUID) {
  registerForEvent(eventId: $eventId, organizationId: $organizationId, personId: $personId) { id version status dataOrigin organization { id } person { id } event { id } } }`;
const ATTEND = `mutation ($id: UUID!, $version: Int!, $status: EventParticipationStatus!) {
  recordAttendance(participationId: $id, version: $version, status: $status) { id version status } }`;

/** A webinar of region 67 that runs from yesterday to tomorrow: open for registration and attendance. */
const runningWebinar = {
  kind: 'WEBINAR',
  title: 'Вебинар для кураторов (тест)',
  startDate: shiftDays(today, -1),
  endDate: shiftDays(today, 1),
  organizerName: 'ЦНППМ',
  format: 'ONLINE',
  audienceRoles: ['CURATORS'],
};

beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph, { alongside: [registrySubgraph] });
  operator67 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  operator78 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
  coordinator = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
    regionCode: '67',
    municipalityOktmo: COURSE_OKTMO,
  });
  curator = await planning.tokenFor('SCHOOL_CURATOR', {
    regionCode: '67',
    municipalityOktmo: courseSchool.municipalityOktmo,
    organizationId: organizationIdOf(courseSchool.inn),
  });
  analyst = await planning.tokenFor('ANALYST');
});
afterAll(() => planning?.close());

describe('the seeds’ events', () => {
  const texts = seedTexts();

  it.skipIf(!texts)('are quoted from their seeds, each with its document, clause and words', async () => {
    const response = await planning.query<{
      events: {
        totalCount: number;
        edges: {
          node: {
            title: string;
            schedule: string | null;
            dataOrigin: string;
            source: { document: string; clause: string; quote: string };
          };
        }[];
      };
    }>(
      '{ events(first: 100) { totalCount edges { node { title schedule dataOrigin source { document clause quote } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const seeded = response.data!.events.edges.map((edge) => edge.node).filter((node) => node.dataOrigin === 'SEED');
    expect(seeded).toHaveLength(7);
    const problems = seeded.flatMap((event) => {
      const problem = sourceProblem(texts!, event.source);
      const found: string[] = problem ? [`${event.title}: ${problem}`] : [];
      if (!isQuotedFrom(event.source.quote, event.title)) found.push(`${event.title}: title not in its quote`);
      if (event.schedule && !isQuotedFrom(event.source.quote, event.schedule))
        found.push(`${event.title}: schedule «${event.schedule}» not in its quote`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('hold seed 002’s course as printed: 24 hours, 27–30 September 2021, 36 teachers of 18 schools completed it (the people synthetic)', async () => {
    const response = await planning.query<{
      event: Record<string, unknown> & {
        participations: Record<string, unknown> & { organizations: { dataOrigin: string; status: string }[] };
      };
    }>(
      `{ event(id: "${TEACHER_COURSE}") { kind hours programme startDate endDate schedule format dataOrigin
         participations { organizationsRegistered organizationsAttended peopleRegistered peopleAttended peopleCompleted organizations { status dataOrigin } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.event).toMatchObject({
      kind: 'COURSE',
      hours: 24,
      programme: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
      startDate: '2021-09-27',
      endDate: '2021-09-30',
      schedule: 'в период с 27 по 30 сентября 2021 года',
      format: null,
      dataOrigin: 'SEED',
      participations: {
        organizationsRegistered: 18,
        organizationsAttended: 18,
        peopleRegistered: 36,
        peopleAttended: 36,
        peopleCompleted: 36,
      },
    });
    expect(
      response.data!.event.participations.organizations.every(
        (organization) => organization.dataOrigin === 'SYNTHETIC' && organization.status === 'COMPLETED',
      ),
    ).toBe(true);
  });

  it('give the managers’ course no hours (seed 002 prints none) and the festival no dates (seed 000 prints «В течение календарного года»)', async () => {
    const response = await planning.query<{ events: { edges: { node: Record<string, unknown> }[] } }>(
      '{ events(first: 100) { edges { node { title hours startDate endDate schedule roadmapItem { activity } } } } }',
    );
    const byTitle = new Map(response.data!.events.edges.map(({ node }) => [node['title'], node]));
    expect(
      byTitle.get('Управленческое наставничество в системе образования: skillbox руководителя-ментора'),
    ).toMatchObject({
      hours: null,
      startDate: '2021-10-19',
      endDate: '2021-10-22',
    });
    expect(byTitle.get('Фестиваль «Наставник.fest67@»')).toMatchObject({
      startDate: null,
      endDate: null,
      schedule: 'В течение календарного года',
      roadmapItem: {
        activity:
          'Организационно-методические мероприятия: - Вебинары - ПК - Фестиваль «Наставник.fest67@» - Конкурс «Педагогический дуэт»',
      },
    });
    // Undated events come last.
    expect(response.data!.events.edges.at(-1)!.node['startDate']).toBeNull();
  });

  it('link the January 2023 start session to seed 000’s roadmap row «Старт-сессия для руководителей ОО»', async () => {
    const response = await planning.query<{ event: { roadmapItem: { schedule: string; expectedResult: string } } }>(
      `{ event(id: "${START_SESSION}") { roadmapItem { schedule expectedResult } } }`,
    );
    expect(response.data!.event.roadmapItem).toEqual({
      schedule: 'Январь 2023',
      expectedResult: 'Не менее 50% ОО приняли участие',
    });
  });
});

describe('events as references and from roadmap rows', () => {
  it('lists under seed 000’s row «Старт-сессия для руководителей ОО» the start session that fulfils it', async () => {
    const response = await planning.entities<{ roadmaps: { items: { number: number; events: { id: string }[] }[] }[] }>(
      [{ __typename: 'Region', id: regionIdOf('67') }],
      '... on Region { roadmaps { items { number events { id } } } }',
    );
    const items = response.data!._entities[0]!.roadmaps[0]!.items;
    expect(items.find((item) => item.number === 3)!.events).toEqual([{ id: START_SESSION }]);
    expect(items.find((item) => item.number === 1)!.events).toEqual([]);
  });

  it('resolves N event references in one statement, as the gateway asks for them', async () => {
    const ids = [START_SESSION, TEACHER_COURSE, FEST];
    let response: Awaited<ReturnType<typeof planning.entities<{ title: string }>>> | undefined;
    const statements = await planning.sql.during(async () => {
      response = await planning.entities<{ title: string }>(
        ids.map((id) => ({ __typename: 'Event', id })),
        '... on Event { title }',
      );
    });
    expect(response!.data!._entities.map((event) => event.title)).toEqual([
      'Старт-сессия для руководителей ОО',
      'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
      'Фестиваль «Наставник.fest67@»',
    ]);
    expect(statements).toHaveLength(1);
  });
});

describe('the list of events', () => {
  it('filters by region, kind and period, and pages with cursors across undated events', async () => {
    const page = async (filter: string) =>
      (
        await planning.query<{ events: { totalCount: number; edges: { node: { title: string } }[] } }>(
          `{ events(filter: ${filter}, first: 100) { totalCount edges { node { title } } } }`,
        )
      ).data!.events;
    expect((await page('{ regionCode: "67" }')).totalCount).toBeGreaterThanOrEqual(4);
    expect((await page('{ regionCode: "78" }')).totalCount).toBe(3);
    expect((await page('{ regionCode: "99" }')).totalCount).toBe(0);
    expect((await page('{ kind: COURSE, from: "2021-01-01", to: "2021-12-31" }')).totalCount).toBe(2);
    expect((await page('{ from: "2022-02-15", to: "2022-02-15" }')).edges.map((edge) => edge.node.title)).toEqual([
      'Корреляция программ воспитания и ЕЦМН в ОУ',
    ]);
    const titles: string[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<
        ReturnType<
          typeof planning.query<{
            events: {
              edges: { node: { title: string } }[];
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            };
          }>
        >
      > = await planning.query(
        `query ($after: String) { events(first: 2, after: $after) { edges { node { title } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      titles.push(...response.data!.events.edges.map((edge) => edge.node.title));
      after = response.data!.events.pageInfo.hasNextPage ? response.data!.events.pageInfo.endCursor : null;
    } while (after);
    const all = await page('{}');
    expect(titles).toEqual(all.edges.map((edge) => edge.node.title));
  });

  it('refuses a period whose from follows its to, and a page size over 100', async () => {
    const reversed = await planning.query(
      '{ events(filter: { from: "2022-01-02", to: "2022-01-01" }) { totalCount } }',
    );
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
    const tooMany = await planning.query('{ events(first: 101) { totalCount } }');
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('costs a constant number of SQL statements for a page of events with their participations, whatever its size', async () => {
    const query = (first: number) =>
      planning.query(
        `{ events(first: ${first}) { edges { node { title roadmapItem { number } participations { organizationsAttended peopleAttended organizations { status organization { id } } people { status person { id } } } } } } }`,
        undefined,
        operator67,
      );
    // The first two events are the St Petersburg seminar of 16 September 2021 and seed 002's course with its 36 people.
    const forTwo = await planning.sql.during(() => query(2));
    const forAll = await planning.sql.during(() => query(100));
    // The page carries the count of the whole list, so a page of two costs what the page of all does.
    expect(forAll.length).toBe(forTwo.length);
    expect(forAll.length).toBeLessThanOrEqual(6);
  });
});

describe('people’s participation', () => {
  const PEOPLE = `{ event(id: "${TEACHER_COURSE}") { participations { people { status person { id } organization { id } } } } }`;

  it('is listed for the regional operator of the region: the 36 teachers', async () => {
    const response = await planning.query<{
      event: { participations: { people: { person: { id: string } | null }[] } };
    }>(PEOPLE, undefined, operator67);
    expect(response.errors).toBeUndefined();
    expect(response.data!.event.participations.people).toHaveLength(36);
    expect(response.data!.event.participations.people.every((row) => row.person !== null)).toBe(true);
  });

  it('is limited to the municipal coordinator’s municipality', async () => {
    const response = await planning.query<{
      event: { participations: { people: { organization: { id: string } }[] } };
    }>(PEOPLE, undefined, coordinator);
    const cityIds = new Set(
      smolenskSchools
        .filter((school) => school.municipalityOktmo === COURSE_OKTMO)
        .map((school) => organizationIdOf(school.inn)),
    );
    const rows = response.data!.event.participations.people;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(36);
    expect(rows.every((row) => cityIds.has(row.organization.id))).toBe(true);
  });

  it('is empty for another region’s operator, and refused to analysts, curators and anonymous viewers, who still get the counts', async () => {
    const other = await planning.query<{ event: { participations: { people: unknown[] } } }>(
      PEOPLE,
      undefined,
      operator78,
    );
    expect(other.data!.event.participations.people).toEqual([]);
    for (const token of [analyst, curator, undefined]) {
      const refused = await planning.query(PEOPLE, undefined, token);
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const counts = await planning.query<{ event: { participations: { peopleCompleted: number } } }>(
        `{ event(id: "${TEACHER_COURSE}") { participations { peopleCompleted organizations { status } } } }`,
        undefined,
        token,
      );
      expect(counts.data!.event.participations.peopleCompleted).toBe(36);
    }
  });
});

describe('createEvent', () => {
  it('lets the regional operator create a regional event, linked to a row of the region’s roadmap', async () => {
    const response = await planning.query<{ createEvent: Record<string, unknown> }>(
      CREATE,
      {
        input: {
          ...runningWebinar,
          kind: 'COURSE',
          title: 'Курсы ПК для наставников (тест)',
          hours: 36,
          programme: 'Наставничество в образовательной организации',
          roadmapItemId: stableId('roadmap-item', 'smolensk-2022-2024-4'),
        },
      },
      operator67,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createEvent).toMatchObject({
      kind: 'COURSE',
      hours: 36,
      version: 1,
      dataOrigin: 'ENTERED',
      region: { id: regionIdOf('67') },
      municipality: null,
      roadmapItem: { id: stableId('roadmap-item', 'smolensk-2022-2024-4') },
    });
  });

  it('lets the municipal coordinator create an event of the municipality', async () => {
    const response = await planning.query<{ createEvent: { municipality: { id: string } | null } }>(
      CREATE,
      { input: { ...runningWebinar, kind: 'ROUND_TABLE', title: 'Круглый стол (тест)' } },
      coordinator,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createEvent.municipality).not.toBeNull();
  });

  it('refuses other roles, and a roadmap row of another region', async () => {
    for (const token of [curator, analyst, undefined]) {
      expect(errorCode(await planning.query(CREATE, { input: runningWebinar }, token))).toBe('FORBIDDEN');
    }
    const foreign = await planning.query(
      CREATE,
      { input: { ...runningWebinar, roadmapItemId: stableId('roadmap-item', 'spb-2021-2022-1') } },
      operator67,
    );
    expect(errorCode(foreign)).toBe('FORBIDDEN');
  });

  it('refuses bad input with BAD_USER_INPUT or NOT_FOUND and creates nothing', async () => {
    const before = await planning.orm.em.fork().count(EventSchema, {});
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endDate: shiftDays(today, -5) }, 'BAD_USER_INPUT', 'input.endDate'],
      [{ kind: 'COURSE' }, 'BAD_USER_INPUT', 'input.hours'],
      [{ kind: 'COURSE', hours: 24 }, 'BAD_USER_INPUT', 'input.programme'],
      [{ hours: 2 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ title: '   ' }, 'BAD_USER_INPUT', 'input.title'],
      [{ organizerName: null }, 'BAD_USER_INPUT', 'input.organizerOrganizationId'],
      [
        { organizerOrganizationId: '00000000-0000-4000-8000-000000000000' },
        'NOT_FOUND',
        'input.organizerOrganizationId',
      ],
      [{ roadmapItemId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.roadmapItemId'],
      [{ title: 'x'.repeat(501) }, 'BAD_USER_INPUT', 'input.title'],
    ];
    for (const [change, code, argument] of cases) {
      const response = await planning.query(CREATE, { input: { ...runningWebinar, ...change } }, operator67);
      expect(errorCode(response), JSON.stringify(change)).toBe(code);
      const extensions = response.errors?.[0]?.extensions;
      // Limits and this module name the argument; the platform's requiredText names it as `field`.
      expect(extensions?.['argument'] ?? extensions?.['field'], JSON.stringify(change)).toBe(argument);
    }
    expect(await planning.orm.em.fork().count(EventSchema, {})).toBe(before);
  });
});

// Read before the tests below register and record more.
describe('planning_pub.event_participation, the published view analytics reads', () => {
  it('says per organization, event kind and year whether it took part: a registration alone is not participation', async () => {
    const em = planning.orm.em.fork();
    const rows = await em.execute<{ event_kind: string; year: number; took: number; registered_only: number }[]>(
      `select event_kind, year, count(*) filter (where took_part)::int as took, count(*) filter (where not took_part)::int as registered_only
       from planning_pub.event_participation where year in (2021, 2023) group by event_kind, year order by year, event_kind`,
    );
    const startSessionSchools = smolenskSchools.filter((_, index) => index % 5 < 4).length;
    const attendedSchools = smolenskSchools.filter((_, index) => index % 5 < 3).length;
    const courseSchools = new Set(
      participationSeeds()
        .filter((seed) => seed.eventKey.startsWith('smolensk-2021'))
        .map((seed) => seed.organizationInn),
    );
    expect(courseSchools.size).toBeGreaterThanOrEqual(18);
    expect(rows).toEqual([
      { event_kind: 'COURSE', year: 2021, took: courseSchools.size, registered_only: 0 },
      {
        event_kind: 'START_SESSION',
        year: 2023,
        took: attendedSchools,
        registered_only: startSessionSchools - attendedSchools,
      },
    ]);
    const [course] = await em.execute<{ people_completed: number; synthetic: boolean }[]>(
      `select sum(people_completed)::int as people_completed, bool_and(synthetic) as synthetic
       from planning_pub.event_participation where event_kind = 'COURSE' and year = 2021`,
    );
    expect(course).toEqual({ people_completed: 36 + 17, synthetic: true });
  });

  it('counts on a date only the events over by then (planning_pub.event_participation_as_of)', async () => {
    const em = planning.orm.em.fork();
    const courses = async (asOf: string) => {
      const [row] = await em.execute<{ schools: number }[]>(
        `select count(*) filter (where took_part)::int as schools
           from planning_pub.event_participation_as_of(?::date) where event_kind = 'COURSE' and year = 2021`,
        [asOf],
      );
      return row!.schools;
    };
    const [byYear] = await em.execute<{ schools: number }[]>(
      `select count(*) filter (where took_part)::int as schools
         from planning_pub.event_participation where event_kind = 'COURSE' and year = 2021`,
    );
    // The teachers' course ends on 30 September 2021: before, nothing of it counts; at the year's end all of it.
    expect(await courses('2021-09-29')).toBe(0);
    expect(await courses('2021-12-31')).toBe(byYear!.schools);
    expect(byYear!.schools).toBeGreaterThan(0);
  });
});

describe('registration and attendance', () => {
  let webinarId: string;
  beforeAll(async () => {
    const response = await planning.query<{ createEvent: { id: string } }>(
      CREATE,
      { input: { ...runningWebinar, title: 'Вебинар для регистрации (тест)' } },
      operator67,
    );
    webinarId = response.data!.createEvent.id;
  });

  it('registers the curator’s own school and one of its teachers, once each', async () => {
    const school = organizationIdOf(courseSchool.inn);
    const own = await planning.query<{ registerForEvent: Record<string, unknown> }>(
      REGISTER,
      { eventId: webinarId, organizationId: school },
      curator,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.registerForEvent).toMatchObject({
      status: 'REGISTERED',
      person: null,
      version: 1,
      dataOrigin: 'ENTERED',
    });
    const teacher = personIdOf(teacherOf(courseSchool.inn).key);
    const person = await planning.query<{ registerForEvent: { person: { id: string } } }>(
      REGISTER,
      { eventId: webinarId, organizationId: school, personId: teacher },
      curator,
    );
    expect(person.data!.registerForEvent.person).toEqual({ id: teacher });
    const twice = await planning.query(REGISTER, { eventId: webinarId, organizationId: school }, curator);
    expect(errorCode(twice)).toBe('CONFLICT');
    const twicePerson = await planning.query(
      REGISTER,
      { eventId: webinarId, organizationId: school, personId: teacher },
      curator,
    );
    expect(errorCode(twicePerson)).toBe('CONFLICT');
  });

  it('refuses another school, a person of another school, an unknown event or organization, and an ended event', async () => {
    expect(
      errorCode(
        await planning.query(
          REGISTER,
          { eventId: webinarId, organizationId: organizationIdOf(otherDistrictSchool.inn) },
          curator,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await planning.query(
          REGISTER,
          { eventId: webinarId, organizationId: organizationIdOf(spbSchool.inn) },
          operator67,
        ),
      ),
    ).toBe('FORBIDDEN');
    const stranger = await planning.query(
      REGISTER,
      {
        eventId: webinarId,
        organizationId: organizationIdOf(otherDistrictSchool.inn),
        personId: personIdOf(teacherOf(courseSchool.inn).key),
      },
      operator67,
    );
    expect(errorCode(stranger)).toBe('BAD_USER_INPUT');
    // A person of another region is not visible to the operator: NOT_FOUND, as for an id nobody has.
    const hidden = await planning.query(
      REGISTER,
      {
        eventId: webinarId,
        organizationId: organizationIdOf(courseSchool.inn),
        personId: personIdOf(teacherOf(spbSchool.inn).key),
      },
      operator67,
    );
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      errorCode(
        await planning.query(
          REGISTER,
          { eventId: unknown, organizationId: organizationIdOf(courseSchool.inn) },
          operator67,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await planning.query(REGISTER, { eventId: webinarId, organizationId: unknown }, operator67))).toBe(
      'NOT_FOUND',
    );
    const ended = await planning.query(
      REGISTER,
      { eventId: START_SESSION, organizationId: organizationIdOf(courseSchool.inn) },
      curator,
    );
    expect(errorCode(ended)).toBe('BAD_USER_INPUT');
  });

  it('records attendance by the event’s keeper with the version read; a stale version is a CONFLICT and changes nothing', async () => {
    const school = organizationIdOf(otherDistrictSchool.inn);
    const registered = await planning.query<{ registerForEvent: { id: string; version: number } }>(
      REGISTER,
      { eventId: webinarId, organizationId: school },
      operator67,
    );
    const { id, version } = registered.data!.registerForEvent;
    expect(errorCode(await planning.query(ATTEND, { id, version, status: 'ATTENDED' }, curator))).toBe('FORBIDDEN');
    expect(errorCode(await planning.query(ATTEND, { id, version, status: 'ATTENDED' }, operator78))).toBe('FORBIDDEN');
    expect(errorCode(await planning.query(ATTEND, { id, version, status: 'COMPLETED' }, operator67))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await planning.query(ATTEND, { id, version, status: 'REGISTERED' }, operator67))).toBe(
      'BAD_USER_INPUT',
    );
    const attended = await planning.query<{ recordAttendance: { status: string; version: number } }>(
      ATTEND,
      { id, version, status: 'ATTENDED' },
      operator67,
    );
    expect(attended.errors).toBeUndefined();
    expect(attended.data!.recordAttendance).toMatchObject({ status: 'ATTENDED', version: version + 1 });
    const stale = await planning.query(ATTEND, { id, version, status: 'ATTENDED' }, operator67);
    expect(errorCode(stale)).toBe('CONFLICT');
    const row = await planning.orm.em.fork().findOneOrFail(EventParticipationSchema, { id });
    expect(row.version).toBe(version + 1);
  });

  it('lets the event’s keeper add, after the event, a school that came without registering', async () => {
    const unregistered = smolenskSchools.find((_, index) => index % 5 === 4)!;
    const registered = await planning.query<{ registerForEvent: { id: string; version: number } }>(
      REGISTER,
      { eventId: START_SESSION, organizationId: organizationIdOf(unregistered.inn) },
      operator67,
    );
    expect(registered.errors).toBeUndefined();
    const { id, version } = registered.data!.registerForEvent;
    const attended = await planning.query<{ recordAttendance: { status: string } }>(
      ATTEND,
      { id, version, status: 'ATTENDED' },
      operator67,
    );
    expect(attended.data!.recordAttendance.status).toBe('ATTENDED');
  });

  it('records attendance only once the event has begun', async () => {
    const future = await planning.query<{ createEvent: { id: string } }>(
      CREATE,
      {
        input: {
          ...runningWebinar,
          title: 'Будущий вебинар (тест)',
          startDate: shiftDays(today, 10),
          endDate: shiftDays(today, 10),
        },
      },
      operator67,
    );
    const registered = await planning.query<{ registerForEvent: { id: string; version: number } }>(
      REGISTER,
      { eventId: future.data!.createEvent.id, organizationId: organizationIdOf(courseSchool.inn) },
      operator67,
    );
    const { id, version } = registered.data!.registerForEvent;
    expect(errorCode(await planning.query(ATTEND, { id, version, status: 'ATTENDED' }, operator67))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets no one record attendance of an undated seed event', async () => {
    const registered = await planning.query<{ registerForEvent: { id: string; version: number } }>(
      REGISTER,
      { eventId: FEST, organizationId: organizationIdOf(courseSchool.inn) },
      curator,
    );
    const { id, version } = registered.data!.registerForEvent;
    expect(errorCode(await planning.query(ATTEND, { id, version, status: 'ATTENDED' }, operator67))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('updateEvent', () => {
  const UPDATE = `mutation ($id: UUID!, $version: Int!, $input: UpdateEventInput!) {
    updateEvent(id: $id, version: $version, input: $input) { id version title description startDate endDate format hours programme organizerName audienceRoles roadmapItem { id } } }`;
  const created = async (input: Record<string, unknown>, token = operator67) => {
    const response = await planning.query<{ createEvent: { id: string; version: number } }>(CREATE, { input }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.createEvent;
  };

  it('lets the keeper change title, description, dates, format, audience and the roadmap row, with the version read', async () => {
    const { id, version } = await created({ ...runningWebinar, title: 'Вебинар до правки (тест)' });
    const input = {
      title: 'Вебинар после правки (тест)',
      description: 'Для кураторов ОО',
      startDate: shiftDays(today, 2),
      endDate: shiftDays(today, 3),
      format: 'MIXED',
      audienceRoles: ['CURATORS', 'HEADS', 'CURATORS'],
      roadmapItemId: stableId('roadmap-item', 'smolensk-2022-2024-4'),
    };
    const response = await planning.query<{ updateEvent: Record<string, unknown> }>(
      UPDATE,
      { id, version, input },
      operator67,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateEvent).toMatchObject({
      title: input.title,
      description: input.description,
      startDate: input.startDate,
      endDate: input.endDate,
      format: input.format,
      audienceRoles: ['CURATORS', 'HEADS'],
      roadmapItem: { id: input.roadmapItemId },
      version: version + 1,
      organizerName: 'ЦНППМ',
    });
    const cleared = await planning.query<{ updateEvent: Record<string, unknown> }>(
      UPDATE,
      { id, version: version + 1, input: { description: null, roadmapItemId: null } },
      operator67,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateEvent).toMatchObject({ description: null, roadmapItem: null, title: input.title });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { id, version } = await created({ ...runningWebinar, title: 'Вебинар для версии (тест)' });
    expect((await planning.query(UPDATE, { id, version, input: { title: 'Первая правка' } }, operator67)).errors).toBe(
      undefined,
    );
    const stale = await planning.query(UPDATE, { id, version, input: { title: 'Вторая правка' } }, operator67);
    expect(errorCode(stale)).toBe('CONFLICT');
    const row = await planning.orm.em.fork().findOneOrFail(EventSchema, { id });
    expect([row.title, row.version]).toEqual(['Первая правка', version + 1]);
  });

  it('lets only the event’s keepers change it: not another region’s operator, the region’s operator a municipal event, curators, analysts or anonymous viewers', async () => {
    const regional = await created({ ...runningWebinar, title: 'Региональный вебинар (тест правки)' });
    const municipal = await created({ ...runningWebinar, title: 'Муниципальный вебинар (тест правки)' }, coordinator);
    const change = { input: { title: 'Чужая правка' } };
    for (const token of [operator78, coordinator, curator, analyst, undefined])
      expect(errorCode(await planning.query(UPDATE, { ...regional, ...change }, token))).toBe('FORBIDDEN');
    expect(errorCode(await planning.query(UPDATE, { ...municipal, ...change }, operator67))).toBe('FORBIDDEN');
    const own = await planning.query(UPDATE, { ...municipal, input: { title: 'Своя правка' } }, coordinator);
    expect(own.errors).toBeUndefined();
    expect(
      errorCode(
        await planning.query(
          UPDATE,
          { ...regional, input: { roadmapItemId: stableId('roadmap-item', 'spb-2021-2022-1') } },
          operator67,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses bad input — dates out of order, cleared required fields, hours of a webinar, odd ids, huge strings — and changes nothing', async () => {
    const event = await created({ ...runningWebinar, title: 'Вебинар для плохого ввода (тест)' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endDate: shiftDays(today, -5) }, 'BAD_USER_INPUT', 'input.endDate'],
      [{ startDate: shiftDays(today, 5) }, 'BAD_USER_INPUT', 'input.endDate'],
      [{ title: null }, 'BAD_USER_INPUT', 'input.title'],
      [{ startDate: null }, 'BAD_USER_INPUT', 'input.startDate'],
      [{ title: '  ' }, 'BAD_USER_INPUT', 'input.title'],
      [{ hours: 4 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ organizerName: null }, 'BAD_USER_INPUT', 'input.organizerOrganizationId'],
      [{ title: 'x'.repeat(501) }, 'BAD_USER_INPUT', 'input.title'],
      [{ description: 'a\u0000b' }, 'BAD_USER_INPUT', 'input.description'],
      [{ roadmapItemId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.roadmapItemId'],
      [
        { organizerOrganizationId: '00000000-0000-4000-8000-000000000000' },
        'NOT_FOUND',
        'input.organizerOrganizationId',
      ],
    ];
    for (const [input, code, argument] of cases) {
      const response = await planning.query(UPDATE, { ...event, input }, operator67);
      expect(errorCode(response), JSON.stringify(input)).toBe(code);
      const extensions = response.errors?.[0]?.extensions;
      expect(String(extensions?.['argument'] ?? extensions?.['field']), JSON.stringify(input)).toContain(argument);
    }
    for (const odd of [{ startDate: '2023-02-30' }, { roadmapItemId: 'not-a-uuid' }]) {
      expect(errorCode(await planning.query(UPDATE, { ...event, input: odd }, operator67))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await planning.query(UPDATE, { ...event, id: 'x\u0000', input: {} }, operator67))).toBe(
      'BAD_USER_INPUT',
    );
    const row = await planning.orm.em.fork().findOneOrFail(EventSchema, { id: event.id });
    expect([row.title, row.version, row.endDate]).toEqual([
      'Вебинар для плохого ввода (тест)',
      event.version,
      runningWebinar.endDate,
    ]);
  });

  it('never rewrites a seed event’s printed words (CONFLICT), and lets its keeper add what the seed leaves blank', async () => {
    const read = await planning.query<{ event: { version: number; title: string } }>(
      `{ event(id: "${START_SESSION}") { version title } }`,
    );
    const { version, title } = read.data!.event;
    for (const input of [{ title: 'Старт-сессия (переписано)' }, { startDate: '2023-01-10' }, { hours: 8 }]) {
      const response = await planning.query(UPDATE, { id: START_SESSION, version, input }, operator67);
      expect(errorCode(response), JSON.stringify(input)).toBe('CONFLICT');
    }
    const same = await planning.query<{ updateEvent: { title: string; format: string; version: number } }>(
      UPDATE,
      { id: START_SESSION, version, input: { title, format: 'OFFLINE' } },
      operator67,
    );
    expect(same.errors).toBeUndefined();
    expect(same.data!.updateEvent).toMatchObject({ title, format: 'OFFLINE', version: version + 1 });
  });

  it('keeps what people attended — dates, title, organizer — once attendance is recorded (CONFLICT), but lets its description change', async () => {
    const event = await created({ ...runningWebinar, title: 'Вебинар с участием (тест)' });
    const registered = await planning.query<{ registerForEvent: { id: string; version: number } }>(
      REGISTER,
      { eventId: event.id, organizationId: organizationIdOf(courseSchool.inn) },
      operator67,
    );
    const { id, version } = registered.data!.registerForEvent;
    expect((await planning.query(ATTEND, { id, version, status: 'ATTENDED' }, operator67)).errors).toBeUndefined();
    const moved = await planning.query(UPDATE, { ...event, input: { endDate: shiftDays(today, 2) } }, operator67);
    expect(errorCode(moved)).toBe('CONFLICT');
    expect(moved.errors![0]!.message).toContain('участие');
    for (const input of [
      { title: 'Вебинар с участием, новое название (тест)' },
      { organizerName: 'Другой организатор' },
      { organizerOrganizationId: organizationIdOf(courseSchool.inn) },
    ]) {
      const response = await planning.query(UPDATE, { ...event, input }, operator67);
      expect(errorCode(response), JSON.stringify(input)).toBe('CONFLICT');
    }
    const described = await planning.query(
      UPDATE,
      { ...event, input: { description: 'Запись вебинара доступна', title: 'Вебинар с участием (тест)' } },
      operator67,
    );
    expect(described.errors).toBeUndefined();
  });

  it('keeps a course’s title, hours, programme and organizer once a completion is recorded: they are mentors’ trainings (CONFLICT, nothing changes)', async () => {
    const course = await created({
      ...runningWebinar,
      kind: 'COURSE',
      title: 'Курсы ПК наставников (тест)',
      hours: 36,
      programme: 'Наставничество в ОО (тест)',
    });
    const registered = await planning.query<{ registerForEvent: { id: string; version: number } }>(
      REGISTER,
      {
        eventId: course.id,
        organizationId: organizationIdOf(courseSchool.inn),
        personId: personIdOf(teacherOf(courseSchool.inn).key),
      },
      operator67,
    );
    expect(registered.errors).toBeUndefined();
    const { id, version } = registered.data!.registerForEvent;
    expect((await planning.query(ATTEND, { id, version, status: 'COMPLETED' }, operator67)).errors).toBeUndefined();
    for (const input of [
      { title: 'Курсы ПК (переименовано)' },
      { hours: 72 },
      { programme: 'Другая программа' },
      { organizerName: 'Другой организатор' },
      { organizerOrganizationId: organizationIdOf(courseSchool.inn) },
    ]) {
      const response = await planning.query(UPDATE, { ...course, input }, operator67);
      expect(errorCode(response), JSON.stringify(input)).toBe('CONFLICT');
      expect(response.errors![0]!.message).toContain('участие');
    }
    const row = await planning.orm.em.fork().findOneOrFail(EventSchema, { id: course.id });
    expect([row.title, row.hours, row.programme, row.organizerName, row.version]).toEqual([
      'Курсы ПК наставников (тест)',
      36,
      'Наставничество в ОО (тест)',
      'ЦНППМ',
      course.version,
    ]);
    const same = await planning.query(UPDATE, { ...course, input: { hours: 36, format: 'MIXED' } }, operator67);
    expect(same.errors).toBeUndefined();
  });

  it('keeps an open event open when other fields change, and lets its keeper open or close it', async () => {
    const READ = `mutation ($id: UUID!, $version: Int!, $input: UpdateEventInput!) { updateEvent(id: $id, version: $version, input: $input) { version public } }`;
    const event = await created({ ...runningWebinar, title: 'Открытый вебинар (тест)', public: true });
    const renamed = await planning.query<{ updateEvent: { version: number; public: boolean } }>(
      READ,
      { ...event, input: { title: 'Открытый вебинар, новое название (тест)' } },
      operator67,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateEvent.public).toBe(true);
    const closed = await planning.query<{ updateEvent: { version: number; public: boolean } }>(
      READ,
      { id: event.id, version: renamed.data!.updateEvent.version, input: { public: false } },
      operator67,
    );
    expect(closed.data!.updateEvent.public).toBe(false);
    const nulled = await planning.query(
      READ,
      { id: event.id, version: closed.data!.updateEvent.version, input: { public: null } },
      operator67,
    );
    expect(errorCode(nulled)).toBe('BAD_USER_INPUT');
    const reopened = await planning.query<{ updateEvent: { public: boolean } }>(
      READ,
      { id: event.id, version: closed.data!.updateEvent.version, input: { public: true } },
      operator67,
    );
    expect(reopened.data!.updateEvent.public).toBe(true);
  });

  it('lets a seed event’s keeper fill in only what the seed leaves blank: a printed format, audience, description or roadmap row is neither replaced nor cleared (CONFLICT)', async () => {
    const versionOf = async (id: string) =>
      (await planning.query<{ event: { version: number } }>(`{ event(id: "${id}") { version } }`)).data!.event.version;
    const startSessionVersion = await versionOf(START_SESSION);
    for (const input of [
      { audienceRoles: ['TEACHERS'] },
      { audienceRoles: null },
      { description: 'Иное описание' },
      { description: null },
      { roadmapItemId: null },
      { roadmapItemId: stableId('roadmap-item', 'smolensk-2022-2024-4') },
    ]) {
      const response = await planning.query(
        UPDATE,
        { id: START_SESSION, version: startSessionVersion, input },
        operator67,
      );
      expect(errorCode(response), JSON.stringify(input)).toBe('CONFLICT');
    }
    const WEBINAR = stableId('event', 'spb-imc-webinar');
    const webinarVersion = await versionOf(WEBINAR);
    const reformatted = await planning.query(
      UPDATE,
      { id: WEBINAR, version: webinarVersion, input: { format: 'OFFLINE' } },
      operator78,
    );
    expect(errorCode(reformatted)).toBe('CONFLICT');
    const row = await planning.orm.em.fork().findOneOrFail(EventSchema, { id: START_SESSION });
    expect([row.audienceRoles, row.description, row.version]).toEqual([
      ['HEADS'],
      'Координационные мероприятия',
      startSessionVersion,
    ]);
    // The festival's seed names no audience: its keeper adds one, and may correct it, since the seed printed none.
    const festVersion = await versionOf(FEST);
    const filled = await planning.query<{ updateEvent: { version: number; audienceRoles: string[] } }>(
      UPDATE,
      { id: FEST, version: festVersion, input: { audienceRoles: ['MENTORS'], audienceLevels: ['GENERAL'] } },
      operator67,
    );
    expect(filled.errors).toBeUndefined();
    const corrected = await planning.query<{ updateEvent: { audienceRoles: string[] } }>(
      UPDATE,
      { id: FEST, version: filled.data!.updateEvent.version, input: { audienceRoles: ['MENTORS', 'MENTEES'] } },
      operator67,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.updateEvent.audienceRoles).toEqual(['MENTORS', 'MENTEES']);
  });

  it('locks the event row (select … for update) in updateEvent, recordAttendance and registerForEvent, so they never interleave', async () => {
    const event = await created({ ...runningWebinar, title: 'Вебинар для блокировки (тест)' });
    const isEventLock = (sql: string) => /from "planning"\."event"/i.test(sql) && /for update/i.test(sql);
    let registered: { registerForEvent: { id: string; version: number } } | undefined;
    const registering = await planning.sql.during(async () => {
      registered = (
        await planning.query<{ registerForEvent: { id: string; version: number } }>(
          REGISTER,
          { eventId: event.id, organizationId: organizationIdOf(courseSchool.inn) },
          operator67,
        )
      ).data!;
    });
    expect(registering.some(isEventLock), registering.join('\n')).toBe(true);
    const { id, version } = registered!.registerForEvent;
    const attending = await planning.sql.during(() =>
      planning.query(ATTEND, { id, version, status: 'ATTENDED' }, operator67),
    );
    expect(attending.some(isEventLock), attending.join('\n')).toBe(true);
    const updating = await planning.sql.during(() =>
      planning.query(UPDATE, { ...event, input: { description: 'Описание' } }, operator67),
    );
    expect(updating.some(isEventLock), updating.join('\n')).toBe(true);
  });
});
