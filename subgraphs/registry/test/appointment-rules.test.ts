import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, demoStudents, organizationIdOf, personIdOf } from '@mentoring/platform/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

type Response = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
const APPOINT = 'mutation ($input: AppointmentInput!) { appoint(input: $input) { id kind orderNumber dataOrigin issuedBy { name kind } } }';
const schoolIn = (oktmo: string, nth = 0) => DEMO_ORGANIZATIONS.filter((organization) => organization.municipalityOktmo === oktmo && organization.kind === 'GENERAL_EDUCATION')[nth]!;
const staffOf = (inn: string, index: number) => DEMO_PEOPLE.find((person) => person.key === `${inn}-${index}`)!;
const authority = (shortName: string) => DEMO_ORGANIZATIONS.find((organization) => organization.shortName === shortName)!;

const school = schoolIn('40319000');
const otherSchool = schoolIn('40319000', 1);
const schoolScope = { regionCode: '78', municipalityOktmo: school.municipalityOktmo, organizationId: organizationIdOf(school.inn) };
const order = { orderNumber: '12-од', orderDate: '2026-09-01', startDate: '2026-09-01' };
const refusal = (response: Response) => ({ code: response.errors?.[0]?.extensions?.['code'], message: response.errors?.[0]?.message ?? '' });
const appointmentCount = async () => Number((await registry.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from registry.appointment'))[0]!.n);

describe('seed 003: the curator is appointed by the head, from the school’s deputy heads (methodists)', () => {
  const teacher = staffOf(school.inn, 2);
  const curatorInput = (personId: string, overrides: Record<string, unknown> = {}) => ({ personId, kind: 'SCHOOL_CURATOR', organizationId: organizationIdOf(school.inn), ...order, ...overrides });

  it('the head appoints a methodist working at the school; the school is recorded as issuing the order', async () => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    const created = await registry.query<{ createPerson: { id: string } }>(
      'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
      { input: { lastName: 'Тестова', firstName: 'Ирина', birthDate: '1985-03-04', employment: { organizationId: organizationIdOf(school.inn), position: 'Методист', isPedagogical: true, startDate: '2020-09-01' } } },
      head,
    );
    expect(created.errors).toBeUndefined();
    const appointed = await registry.query<{ appoint: { kind: string; dataOrigin: string; issuedBy: { name: string } } }>(APPOINT, { input: curatorInput(created.data!.createPerson.id) }, head);
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data?.appoint).toMatchObject({ kind: 'SCHOOL_CURATOR', dataOrigin: 'ENTERED', issuedBy: { name: school.name } });
  });

  it('refuses a teacher who is not a deputy head or methodist, quoting the seed, and changes nothing', async () => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    const before = await appointmentCount();
    const response = await registry.query(APPOINT, { input: curatorInput(personIdOf(teacher.key)) }, head);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(response.errors?.[0]?.message).toContain('назначается руководителем образовательной организации из числа заместителей руководителя (методистов)');
    expect(await appointmentCount()).toBe(before);
  });

  it('only the head appoints a curator: a coordinator and an operator are refused with the seed’s words, a curator has no such right at all', async () => {
    const deputy = staffOf(school.inn, 1);
    const before = await appointmentCount();
    for (const [role, scope] of [
      ['MUNICIPAL_COORDINATOR', { regionCode: '78', municipalityOktmo: school.municipalityOktmo }],
      ['REGIONAL_OPERATOR', { regionCode: '78' }],
    ] as const) {
      const response = refusal(await registry.query(APPOINT, { input: curatorInput(personIdOf(deputy.key)) }, await registry.tokenFor(role, scope)));
      expect(response.code, role).toBe('FORBIDDEN');
      expect(response.message, role).toContain('назначается руководителем образовательной организации');
    }
    expect(refusal(await registry.query(APPOINT, { input: curatorInput(personIdOf(deputy.key)) }, await registry.tokenFor('SCHOOL_CURATOR', schoolScope))).code).toBe('FORBIDDEN');
    expect(await appointmentCount()).toBe(before);
  });
});

describe('seed 003: members of the school’s mentors’ association work at the school', () => {
  const input = (personId: string) => ({ personId, kind: 'MENTORS_ASSOCIATION_MEMBER', organizationId: organizationIdOf(school.inn), ...order });

  it('refuses a pupil of the school (seen by the head, but not working there) and another school’s teacher (not even visible to the head)', async () => {
    const head = await registry.tokenFor('SCHOOL_HEAD', schoolScope);
    const before = await appointmentCount();
    const pupil = demoStudents([school.inn])[0]!;
    const notStaff = await registry.query(APPOINT, { input: input(personIdOf(pupil.key)) }, head);
    expect(notStaff.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(notStaff.errors?.[0]?.message).toContain('методическое объединение наставников');
    expect(refusal(await registry.query(APPOINT, { input: input(personIdOf(staffOf(otherSchool.inn, 3).key)) }, head)).code).toBe('NOT_FOUND');
    expect(await appointmentCount()).toBe(before);
  });

  it('only the head approves the association: a coordinator who could see the teacher is refused', async () => {
    const coordinator = await registry.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '78', municipalityOktmo: school.municipalityOktmo });
    const response = refusal(await registry.query(APPOINT, { input: input(personIdOf(staffOf(otherSchool.inn, 3).key)) }, coordinator));
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
    const coordinator = await registry.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '57', municipalityOktmo: '54618000' });
    const before = await appointmentCount();
    const response = refusal(await registry.query(APPOINT, { input: input() }, coordinator));
    expect(response.code).toBe('FORBIDDEN');
    expect(response.message).toContain('назначает муниципального координатора наставнических программ');
    expect(await appointmentCount()).toBe(before);
  });

  it('the region’s operator records it with the issuing body: the отдел образования of that municipality, required', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    const before = await appointmentCount();
    for (const wrong of [{ issuedByOrganizationId: null }, { issuedByOrganizationId: organizationIdOf(znamenskySchool.inn) }, { issuedByOrganizationId: organizationIdOf(authority('Департамент по образованию и науке').inn) }]) {
      const response = await registry.query(APPOINT, { input: input(wrong) }, operator);
      expect(response.errors?.[0]?.extensions, JSON.stringify(wrong)).toEqual({ code: 'BAD_USER_INPUT', field: 'issuedByOrganizationId' });
      expect(response.errors?.[0]?.message).toContain('назначает муниципального координатора');
    }
    expect(await appointmentCount()).toBe(before);
    const appointed = await registry.query<{ appoint: { issuedBy: { name: string; kind: string }; dataOrigin: string } }>(APPOINT, { input: input() }, operator);
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data?.appoint).toMatchObject({ dataOrigin: 'ENTERED', issuedBy: { name: department.name, kind: 'EDUCATION_AUTHORITY' } });
  });

  it('or the region’s operator itself: the organization where the region’s appointed operator works', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const district = schoolIn('66610000');
    const appointed = await registry.query<{ appoint: { issuedBy: { kind: string } } }>(
      APPOINT,
      { input: { ...input(), personId: personIdOf(staffOf(district.inn, 4).key), municipalityOktmo: '66610000', issuedByOrganizationId: organizationIdOf(authority('ГАУ ДПО СОИРО (ЦНППМ)').inn) } },
      operator,
    );
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data?.appoint.issuedBy.kind).toBe('METHODICAL_CENTER');
  });

  it('new appointments still need an order: number and date', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    expect((await registry.query(APPOINT, { input: input({ orderNumber: '  ' }) }, operator)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'orderNumber' });
    expect(refusal(await registry.query(APPOINT, { input: input({ orderDate: null }) }, operator)).code).toBe('BAD_USER_INPUT');
  });
});
