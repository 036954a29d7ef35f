import {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  demoStudents,
  organizationIdOf,
  personIdOf,
} from '../src/demo/index.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

const school = DEMO_ORGANIZATIONS.find(
  (organization) => organization.municipalityOktmo === '40319000' && organization.kind === 'GENERAL_EDUCATION',
)!;
const otherSchool = DEMO_ORGANIZATIONS.find(
  (organization) => organization.municipalityOktmo === '40302000' && organization.kind === 'GENERAL_EDUCATION',
)!;
const student = demoStudents([school.inn])[0]!;
const schoolScope = {
  regionCode: '78',
  municipalityOktmo: school.municipalityOktmo,
  organizationId: organizationIdOf(school.inn),
};
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('students (minors)', () => {
  it('the school’s curator sees a pupil’s birth date; the district coordinator sees the pupil but not the birth date', async () => {
    const query = `{ person(id: "${personIdOf(student.key)}") { fullName isMinor birthDate enrollments { level } } }`;
    const curator = await registry.query<{ person: { isMinor: boolean; birthDate: string } }>(
      query,
      undefined,
      await registry.tokenFor('SCHOOL_CURATOR', schoolScope),
    );
    expect(curator.errors).toBeUndefined();
    expect(curator.data?.person).toMatchObject({ isMinor: true, birthDate: student.birthDate });
    const coordinator = await registry.query<{ person: { fullName: string; birthDate: string | null } }>(
      query,
      undefined,
      await registry.tokenFor('MUNICIPAL_COORDINATOR', {
        regionCode: '78',
        municipalityOktmo: school.municipalityOktmo,
      }),
    );
    expect(coordinator.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'Person.birthDate' });
  });

  it('a minor is never published, not even with a consent on file', async () => {
    const curator = await registry.tokenFor('SCHOOL_CURATOR', schoolScope);
    const refused = await registry.query(
      'mutation ($id: UUID!) { recordConsent(personId: $id, input: { kind: PUBLICATION, fields: ["fullName"], textVersion: "1", givenOn: "2026-11-01", channel: PAPER }) { id } }',
      { id: personIdOf(student.key) },
      curator,
    );
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'kind' });
    await registry.orm.em
      .getConnection()
      .execute(
        `insert into registry.consent (id, person_id, kind, fields, text_version, given_on, channel) values (gen_random_uuid(), ?, 'PUBLICATION', '{fullName}', 'forged', '2026-11-01', 'PAPER')`,
        [personIdOf(student.key)],
      );
    const anonymous = await registry.query<{ person: unknown }>(
      `{ person(id: "${personIdOf(student.key)}") { fullName } }`,
    );
    expect(anonymous.data?.person).toBeNull();
  });

  it('enrolls a pupil with checks of level, organization kind, territory and duplicates', async () => {
    const curator = await registry.tokenFor('SCHOOL_CURATOR', schoolScope);
    const ENROLL =
      'mutation ($input: StudentInput!) { enrollStudent(input: $input) { id isMinor enrollments { levelKind level } } }';
    const input = {
      lastName: 'Новикова',
      firstName: 'Дарья',
      middleName: 'Игоревна',
      birthDate: '2013-04-02',
      organizationId: organizationIdOf(school.inn),
      levelKind: 'SCHOOL_GRADE',
      level: 7,
      startDate: '2026-09-01',
    };
    const enrolled = await registry.query<{ enrollStudent: { isMinor: boolean } }>(ENROLL, { input }, curator);
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data?.enrollStudent.isMinor).toBe(true);
    expect(codeOf(await registry.query(ENROLL, { input }, curator))).toBe('CONFLICT');
    expect(
      (await registry.query(ENROLL, { input: { ...input, firstName: 'Ольга', level: 12 } }, curator)).errors?.[0]
        ?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'level' });
    expect(
      (
        await registry.query(
          ENROLL,
          { input: { ...input, firstName: 'Ольга', levelKind: 'SPO_COURSE', level: 1 } },
          curator,
        )
      ).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'levelKind' });
    expect(
      codeOf(
        await registry.query(
          ENROLL,
          { input: { ...input, organizationId: organizationIdOf(otherSchool.inn) } },
          curator,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('appointments by order', () => {
  const teacher = DEMO_PEOPLE.find(
    (person) => person.organizationInn === school.inn && person.employment.isPedagogical,
  )!;
  const APPOINT =
    'mutation ($input: AppointmentInput!) { appoint(input: $input) { id kind orderNumber organization { inn } } }';
  const appoint = (overrides: Record<string, unknown> = {}) => ({
    personId: personIdOf(teacher.key),
    kind: 'MENTORS_ASSOCIATION_MEMBER',
    organizationId: organizationIdOf(school.inn),
    orderNumber: '45-од',
    orderDate: '2026-09-10',
    startDate: '2026-09-10',
    ...overrides,
  });

  it('knows the seed’s municipal coordinator of Знаменский район by order 96-Д', async () => {
    const coordinator = DEMO_MUNICIPALITIES.find((municipality) => municipality.oktmo === '54618000')!;
    const response = await registry.query<{
      person: {
        appointments: { kind: string; orderNumber: string; orderDate: string; municipality: { name: string } }[];
      };
    }>(
      `{ person(id: "${personIdOf('znamensky-coordinator')}") { fullName appointments { kind orderNumber orderDate municipality { name } } } }`,
      undefined,
      await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' }),
    );
    expect(response.data?.person.appointments).toEqual([
      {
        kind: 'MUNICIPAL_COORDINATOR',
        orderNumber: '96-Д',
        orderDate: '2022-04-29',
        municipality: { name: coordinator.name },
      },
    ]);
  });

  it('a head appoints a member of the school’s mentors’ association, but not another head', async () => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    const member = await registry.query<{ appoint: { kind: string } }>(APPOINT, { input: appoint() }, head);
    expect(member.errors).toBeUndefined();
    expect(codeOf(await registry.query(APPOINT, { input: appoint() }, head))).toBe('CONFLICT');
    expect(codeOf(await registry.query(APPOINT, { input: appoint({ kind: 'SCHOOL_HEAD' }) }, head))).toBe('FORBIDDEN');
  });

  it('a school has one head at a time: the current one’s appointment must end first, and history stays', async () => {
    const coordinator = await registry.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '78',
      municipalityOktmo: school.municipalityOktmo,
    });
    expect(
      codeOf(
        await registry.query(APPOINT, { input: appoint({ kind: 'SCHOOL_HEAD', orderNumber: '7-к' }) }, coordinator),
      ),
    ).toBe('CONFLICT');
    const current = await registry.query<{ organization: { appointments: { id: string; kind: string }[] } }>(
      `{ organization(id: "${organizationIdOf(school.inn)}") { appointments { id kind } } }`,
      undefined,
      coordinator,
    );
    const headAppointment = current.data!.organization.appointments.find(
      (appointment) => appointment.kind === 'SCHOOL_HEAD',
    )!;
    const ended = await registry.query(
      'mutation ($id: UUID!) { endAppointment(id: $id, endDate: "2026-10-31") { endDate } }',
      { id: headAppointment.id },
      coordinator,
    );
    expect(ended.errors).toBeUndefined();
    const appointed = await registry.query(
      APPOINT,
      { input: appoint({ kind: 'SCHOOL_HEAD', orderNumber: '7-к', orderDate: '2026-11-01', startDate: '2026-11-01' }) },
      coordinator,
    );
    expect(appointed.errors).toBeUndefined();
    const history = await registry.query<{ organization: { appointments: { id: string }[] } }>(
      `{ organization(id: "${organizationIdOf(school.inn)}") { appointments(activeOn: "2026-10-15") { id } } }`,
      undefined,
      coordinator,
    );
    expect(history.data?.organization.appointments.map((appointment) => appointment.id)).toContain(headAppointment.id);
  });

  it('refuses a territory the kind does not take, and an order dated after the start', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    expect(
      (await registry.query(APPOINT, { input: appoint({ kind: 'RMA_CANDIDATE' }) }, operator)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    expect(
      codeOf(
        await registry.query(
          APPOINT,
          { input: appoint({ orderNumber: '9-од', orderDate: '2026-10-01', startDate: '2026-09-01' }) },
          operator,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
