import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, demoStudents, organizationIdOf, personIdOf } from '../src/demo/index.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

type Response = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
const APPOINT =
  'mutation ($input: AppointmentInput!) { appoint(input: $input) { id kind orderNumber dataOrigin issuedBy { name kind } } }';
const schoolIn = (oktmo: string, nth = 0) =>
  DEMO_ORGANIZATIONS.filter(
    (organization) => organization.municipalityOktmo === oktmo && organization.kind === 'GENERAL_EDUCATION',
  )[nth]!;
const staffOf = (inn: string, index: number) => DEMO_PEOPLE.find((person) => person.key === `${inn}-${index}`)!;
const authority = (shortName: string) =>
  DEMO_ORGANIZATIONS.find((organization) => organization.shortName === shortName)!;

const school = schoolIn('40319000');
const otherSchool = schoolIn('40319000', 1);
const schoolScope = {
  regionCode: '78',
  municipalityOktmo: school.municipalityOktmo,
  organizationId: organizationIdOf(school.inn),
};
const order = { orderNumber: '12-од', orderDate: '2026-09-01', startDate: '2026-09-01' };
const refusal = (response: Response) => ({
  code: response.errors?.[0]?.extensions?.['code'],
  message: response.errors?.[0]?.message ?? '',
});
const sql = <T>(statement: string, params: unknown[] = []) =>
  registry.orm.em.getConnection().execute<T[]>(statement, params);
/** Ends the school's open appointment of the kind (the demo's curator or head), so a new one may be made. */
const endOpen = (kind: string, organizationId: string) =>
  sql(
    `update registry.appointment set end_date = '2026-08-31' where organization_id = ? and kind = ? and end_date is null`,
    [organizationId, kind],
  );
const appointmentCount = async () =>
  Number(
    (
      await registry.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from registry.appointment')
    )[0]!.n,
  );

describe('seed 003: the curator is appointed by the head, from the school’s deputy heads (methodists)', () => {
  const teacher = staffOf(school.inn, 2);
  const curatorInput = (personId: string, overrides: Record<string, unknown> = {}) => ({
    personId,
    kind: 'SCHOOL_CURATOR',
    organizationId: organizationIdOf(school.inn),
    ...order,
    ...overrides,
  });

  it('the head appoints a methodist working at the school; the school is recorded as issuing the order', async () => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    await endOpen('SCHOOL_CURATOR', organizationIdOf(school.inn));
    const created = await registry.query<{ createPerson: { id: string } }>(
      'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
      {
        input: {
          lastName: 'Тестова',
          firstName: 'Ирина',
          birthDate: '1985-03-04',
          employment: {
            organizationId: organizationIdOf(school.inn),
            position: 'Методист',
            isPedagogical: true,
            startDate: '2020-09-01',
          },
        },
      },
      head,
    );
    expect(created.errors).toBeUndefined();
    const appointed = await registry.query<{
      appoint: { kind: string; dataOrigin: string; issuedBy: { name: string } };
    }>(APPOINT, { input: curatorInput(created.data!.createPerson.id) }, head);
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data?.appoint).toMatchObject({
      kind: 'SCHOOL_CURATOR',
      dataOrigin: 'ENTERED',
      issuedBy: { name: school.name },
    });
  });

  it('refuses a teacher who is not a deputy head or methodist, quoting the seed, and changes nothing', async () => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    const before = await appointmentCount();
    const response = await registry.query(APPOINT, { input: curatorInput(personIdOf(teacher.key)) }, head);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(response.errors?.[0]?.message).toContain(
      'назначается руководителем образовательной организации из числа заместителей руководителя (методистов)',
    );
    expect(await appointmentCount()).toBe(before);
  });

  it('only the head appoints a curator: a coordinator and an operator are refused with the seed’s words, a curator has no such right at all', async () => {
    const deputy = staffOf(school.inn, 1);
    const before = await appointmentCount();
    for (const [role, scope] of [
      ['MUNICIPAL_COORDINATOR', { regionCode: '78', municipalityOktmo: school.municipalityOktmo }],
      ['REGIONAL_OPERATOR', { regionCode: '78' }],
    ] as const) {
      const response = refusal(
        await registry.query(
          APPOINT,
          { input: curatorInput(personIdOf(deputy.key)) },
          await registry.tokenFor(role, scope),
        ),
      );
      expect(response.code, role).toBe('FORBIDDEN');
      expect(response.message, role).toContain('назначается руководителем образовательной организации');
    }
    expect(
      refusal(
        await registry.query(
          APPOINT,
          { input: curatorInput(personIdOf(deputy.key)) },
          await registry.tokenFor('SCHOOL_CURATOR', schoolScope),
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect(await appointmentCount()).toBe(before);
  });
});

describe('seed 003: members of the school’s mentors’ association work at the school', () => {
  const input = (personId: string) => ({
    personId,
    kind: 'MENTORS_ASSOCIATION_MEMBER',
    organizationId: organizationIdOf(school.inn),
    ...order,
  });

  it('refuses a pupil of the school (seen by the head, but not working there) and another school’s teacher (not even visible to the head)', async () => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    const before = await appointmentCount();
    const pupil = demoStudents([school.inn])[0]!;
    const notStaff = await registry.query(APPOINT, { input: input(personIdOf(pupil.key)) }, head);
    expect(notStaff.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(notStaff.errors?.[0]?.message).toContain('методическое объединение наставников');
    expect(
      refusal(await registry.query(APPOINT, { input: input(personIdOf(staffOf(otherSchool.inn, 3).key)) }, head)).code,
    ).toBe('NOT_FOUND');
    expect(await appointmentCount()).toBe(before);
  });

  it('only the head approves the association: a coordinator who could see the teacher is refused', async () => {
    const coordinator = await registry.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '78',
      municipalityOktmo: school.municipalityOktmo,
    });
    const response = refusal(
      await registry.query(APPOINT, { input: input(personIdOf(staffOf(otherSchool.inn, 3).key)) }, coordinator),
    );
    expect(response.code).toBe('FORBIDDEN');
    expect(response.message).toContain('утверждения состава школьного методического объединения наставников');
  });
});

describe('seed 003: «Отдел образования… назначает муниципального координатора»', () => {
  const znamenskySchool = schoolIn('54618000');
  const znamenskyTeacher = staffOf(znamenskySchool.inn, 3);
  const department = authority('Отдел образования Знаменского района');
  const input = (overrides: Record<string, unknown> = {}) => ({
    personId: personIdOf(znamenskyTeacher.key),
    kind: 'MUNICIPAL_COORDINATOR',
    municipalityOktmo: '54618000',
    issuedByOrganizationId: organizationIdOf(department.inn),
    ...order,
    ...overrides,
  });

  it('a coordinator never appoints a coordinator: FORBIDDEN with the seed’s words, nothing changes', async () => {
    const coordinator = await registry.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '57',
      municipalityOktmo: '54618000',
    });
    const before = await appointmentCount();
    const response = refusal(await registry.query(APPOINT, { input: input() }, coordinator));
    expect(response.code).toBe('FORBIDDEN');
    expect(response.message).toContain('назначает муниципального координатора наставнических программ');
    expect(await appointmentCount()).toBe(before);
  });

  it('the region’s operator records it with the issuing body: the отдел образования of that municipality, required', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    const before = await appointmentCount();
    for (const wrong of [
      { issuedByOrganizationId: null },
      { issuedByOrganizationId: organizationIdOf(znamenskySchool.inn) },
      { issuedByOrganizationId: organizationIdOf(authority('Департамент по образованию и науке').inn) },
    ]) {
      const response = await registry.query(APPOINT, { input: input(wrong) }, operator);
      expect(response.errors?.[0]?.extensions, JSON.stringify(wrong)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'issuedByOrganizationId',
      });
      expect(response.errors?.[0]?.message).toContain('назначает муниципального координатора');
    }
    expect(await appointmentCount()).toBe(before);
    const appointed = await registry.query<{
      appoint: { issuedBy: { name: string; kind: string }; dataOrigin: string };
    }>(APPOINT, { input: input() }, operator);
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data?.appoint).toMatchObject({
      dataOrigin: 'ENTERED',
      issuedBy: { name: department.name, kind: 'EDUCATION_AUTHORITY' },
    });
  });

  it('or the region’s operator itself: the organization where the region’s appointed operator works (none in the demo: no seed appoints a person operator)', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const district = schoolIn('66610000');
    const centre = organizationIdOf(authority('ГАУ ДПО СОИРО (ЦНППМ)').inn);
    const coordinatorInput = {
      ...input(),
      personId: personIdOf(staffOf(district.inn, 4).key),
      municipalityOktmo: '66610000',
      issuedByOrganizationId: centre,
    };
    const notYet = await registry.query(APPOINT, { input: coordinatorInput }, operator);
    expect(notYet.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'issuedByOrganizationId' });
    // A fictional operator is appointed, working at the centre: then the centre may issue the order.
    const created = await registry.query<{ createPerson: { id: string } }>(
      'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
      {
        input: {
          lastName: 'Демонстрационная',
          firstName: 'Оператора',
          birthDate: '1980-02-03',
          employment: { organizationId: centre, position: 'Методист', isPedagogical: true, startDate: '2021-09-01' },
        },
      },
      operator,
    );
    expect(created.errors).toBeUndefined();
    const operatorAppointed = await registry.query(
      APPOINT,
      { input: { personId: created.data!.createPerson.id, kind: 'REGIONAL_OPERATOR', regionCode: '67', ...order } },
      operator,
    );
    expect(operatorAppointed.errors).toBeUndefined();
    const appointed = await registry.query<{ appoint: { issuedBy: { kind: string } } }>(
      APPOINT,
      { input: coordinatorInput },
      operator,
    );
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data?.appoint.issuedBy.kind).toBe('METHODICAL_CENTER');
  });

  it('a coordinator is an adult employed now: a pupil of 16 is refused, naming personId', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    const pupil = demoStudents([znamenskySchool.inn]).find((student) => student.grade <= 10)!;
    const before = await appointmentCount();
    const response = await registry.query(APPOINT, { input: input({ personId: personIdOf(pupil.key) }) }, operator);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(response.errors?.[0]?.message).toContain('совершеннолетний');
    expect(await appointmentCount()).toBe(before);
  });

  it('new appointments still need an order: number and date', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    expect(
      (await registry.query(APPOINT, { input: input({ orderNumber: '  ' }) }, operator)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'orderNumber' });
    expect(refusal(await registry.query(APPOINT, { input: input({ orderDate: null }) }, operator)).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('appoint: the order’s dates and issuing body make sense', () => {
  const deputy = staffOf(school.inn, 1);
  const curatorInput = (overrides: Record<string, unknown> = {}) => ({
    personId: personIdOf(deputy.key),
    kind: 'SCHOOL_CURATOR',
    organizationId: organizationIdOf(school.inn),
    ...order,
    ...overrides,
  });
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  it.each([
    ['an order dated in the future', { orderDate: tomorrow, startDate: tomorrow }, 'orderDate'],
    ['an order before the person was born', { orderDate: '1950-01-10', startDate: '1950-01-10' }, 'orderDate'],
    ['a start before the order', { orderDate: '2026-09-01', startDate: '2026-08-31' }, 'startDate'],
  ])('refuses %s: BAD_USER_INPUT naming the argument, nothing changes', async (_, dates, field) => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    const before = await appointmentCount();
    const response = await registry.query(APPOINT, { input: curatorInput(dates) }, head);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await appointmentCount()).toBe(before);
  });

  it('the curator must have held the post at the school on the order date, not only today', async () => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    await endOpen('SCHOOL_CURATOR', organizationIdOf(school.inn));
    const before = await appointmentCount();
    const response = await registry.query(
      APPOINT,
      { input: curatorInput({ orderDate: '2010-01-11', startDate: '2010-01-11' }) },
      head,
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(response.errors?.[0]?.message).toContain('На дату приказа');
    expect(await appointmentCount()).toBe(before);
  });

  it('refuses an issuing body for kinds no seed names one for (an РМА candidate with a school as issuer)', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const smolenskSchool = schoolIn('66701000');
    const before = await appointmentCount();
    const response = await registry.query(
      APPOINT,
      {
        input: {
          personId: personIdOf(staffOf(smolenskSchool.inn, 5).key),
          kind: 'RMA_CANDIDATE',
          regionCode: '67',
          issuedByOrganizationId: organizationIdOf(smolenskSchool.inn),
          ...order,
        },
      },
      operator,
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'issuedByOrganizationId' });
    expect(await appointmentCount()).toBe(before);
  });

  it.each(['SCHOOL_HEAD', 'SCHOOL_CURATOR'])(
    'one %s per school: of parallel appointments exactly one succeeds, the others are CONFLICT',
    async (kind) => {
      const target = schoolIn('40319000', 1);
      const organizationId = organizationIdOf(target.inn);
      await endOpen(kind, organizationId);
      const token =
        kind === 'SCHOOL_HEAD'
          ? await registry.tokenFor('MUNICIPAL_COORDINATOR', {
              regionCode: '78',
              municipalityOktmo: target.municipalityOktmo,
            })
          : await registry.tokenFor('SCHOOL_HEAD', {
              regionCode: '78',
              municipalityOktmo: target.municipalityOktmo,
              organizationId,
            });
      // Candidates: for a head, three teachers; for a curator, the school's deputy and two methodists made for the test.
      const candidates = [2, 3, 4].map((index) => personIdOf(staffOf(target.inn, index).key));
      if (kind === 'SCHOOL_CURATOR') {
        candidates[0] = personIdOf(staffOf(target.inn, 1).key);
        for (const [index, last] of ['Первая', 'Вторая'].entries()) {
          const created = await registry.query<{ createPerson: { id: string } }>(
            'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
            {
              input: {
                lastName: `Методистова-${last}`,
                firstName: 'Демо',
                birthDate: '1983-05-06',
                employment: { organizationId, position: 'Методист', isPedagogical: true, startDate: '2020-09-01' },
              },
            },
            token,
          );
          expect(created.errors).toBeUndefined();
          candidates[index + 1] = created.data!.createPerson.id;
        }
      }
      const responses = await Promise.all(
        candidates.map((personId, index) =>
          registry.query(
            APPOINT,
            {
              input: {
                personId,
                kind,
                organizationId,
                orderNumber: `парал-${index}`,
                orderDate: '2026-09-01',
                startDate: '2026-09-01',
              },
            },
            token,
          ),
        ),
      );
      expect(responses.filter((response) => !response.errors)).toHaveLength(1);
      const conflicts = responses.filter((response) => response.errors);
      expect(conflicts.map((response) => response.errors?.[0]?.extensions?.['code'])).toEqual(['CONFLICT', 'CONFLICT']);
      for (const response of conflicts)
        expect(response.errors?.[0]?.message).toMatch(
          kind === 'SCHOOL_HEAD' ? /уже есть руководитель/ : /уже есть куратор/,
        );
      const [open] = await sql<{ n: string }>(
        `select count(*) as n from registry.appointment where organization_id = ? and kind = ? and end_date is null`,
        [organizationId, kind],
      );
      expect(Number(open!.n)).toBe(1);
      // The database holds it too, whatever the timing of the requests: a second open row is refused by the partial unique index.
      await expect(
        sql(
          `insert into registry.appointment (id, person_id, kind, organization_id, order_number, order_date, start_date, data_origin)
         values (gen_random_uuid(), ?, ?, ?, 'обход', '2026-09-01', '2026-09-01', 'ENTERED')`,
          [candidates[2], kind, organizationId],
        ),
      ).rejects.toThrow(/appointment_one_per_organization/);
    },
  );
});

describe('one head and one curator per school at any time, future end dates included', () => {
  const target = schoolIn('66610000', 0);
  const organizationId = organizationIdOf(target.inn);
  const coordinator = () =>
    registry.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '67', municipalityOktmo: target.municipalityOktmo });
  const headOf = () =>
    registry.tokenFor('SCHOOL_HEAD', { regionCode: '67', municipalityOktmo: target.municipalityOktmo, organizationId });
  const inForceUntil2030 = (kind: string) =>
    sql(
      `update registry.appointment set end_date = '2030-08-31' where organization_id = ? and kind = ? and end_date is null`,
      [organizationId, kind],
    );

  it.each([
    ['SCHOOL_HEAD', 3, /уже есть руководитель/],
    ['SCHOOL_CURATOR', 1, /уже есть куратор/],
  ] as const)(
    'a %s ended in 2030 still holds the post until then: another one from 2026 is CONFLICT, one from 2030-09-01 is accepted',
    async (kind, staffIndex, message) => {
      const token = kind === 'SCHOOL_HEAD' ? await coordinator() : await headOf();
      const [open] = await sql<{ n: string }>(
        `select count(*) as n from registry.appointment where organization_id = ? and kind = ? and end_date is null`,
        [organizationId, kind],
      );
      expect(Number(open!.n), 'the demo school has one in force').toBe(1);
      await inForceUntil2030(kind);
      const before = await appointmentCount();
      const input = {
        personId: personIdOf(staffOf(target.inn, staffIndex).key),
        kind,
        organizationId,
        orderNumber: `пересеч-${kind}`,
        orderDate: '2026-09-01',
        startDate: '2026-09-01',
      };
      const overlapping = refusal(await registry.query(APPOINT, { input }, token));
      expect(overlapping.code).toBe('CONFLICT');
      expect(overlapping.message).toMatch(message);
      expect(overlapping.message).toContain('по 2030-08-31');
      expect(await appointmentCount()).toBe(before);
      const after = await registry.query(APPOINT, { input: { ...input, startDate: '2030-09-01' } }, token);
      expect(after.errors).toBeUndefined();
      // And nothing more after that: the new one is open-ended.
      const methodist = await registry.query<{ createPerson: { id: string } }>(
        'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
        {
          input: {
            lastName: `Третьякова-${kind}`,
            firstName: 'Демо',
            birthDate: '1980-05-06',
            employment: { organizationId, position: 'Методист', isPedagogical: true, startDate: '2020-09-01' },
          },
        },
        token,
      );
      expect(methodist.errors).toBeUndefined();
      const third = refusal(
        await registry.query(
          APPOINT,
          {
            input: {
              ...input,
              personId: methodist.data!.createPerson.id,
              orderNumber: 'третий',
              startDate: '2031-01-01',
            },
          },
          token,
        ),
      );
      expect(third.code).toBe('CONFLICT');
    },
  );
});

describe('appoint(SCHOOL_HEAD): an adult employed at that school on the order date', () => {
  const target = school;
  const organizationId = organizationIdOf(target.inn);
  const input = (personId: string) => ({ personId, kind: 'SCHOOL_HEAD', organizationId, ...order });

  it('refuses a pupil of another school and a teacher of another school, naming personId, and changes nothing', async () => {
    const coordinator = await registry.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '67',
      municipalityOktmo: target.municipalityOktmo,
    });
    await endOpen('SCHOOL_HEAD', organizationId);
    const before = await appointmentCount();
    const pupil = demoStudents([otherSchool.inn])[0]!;
    const minor = refusal(await registry.query(APPOINT, { input: input(personIdOf(pupil.key)) }, coordinator));
    expect(minor).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('несовершеннолетний') });
    const stranger = await registry.query(
      APPOINT,
      { input: input(personIdOf(staffOf(otherSchool.inn, 2).key)) },
      coordinator,
    );
    expect(stranger.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(stranger.errors?.[0]?.message).toContain('работника этой образовательной организации');
    expect(await appointmentCount()).toBe(before);
    const own = await registry.query(APPOINT, { input: input(personIdOf(staffOf(target.inn, 2).key)) }, coordinator);
    expect(own.errors).toBeUndefined();
  });
});
