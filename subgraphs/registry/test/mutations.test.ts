import { innWithCheckDigit, DEMO_ORGANIZATIONS, DEMO_PEOPLE, organizationIdOf, personIdOf } from '../src/demo/index.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
let operator67: string;
let coordinatorZnamensky: string;
let analyst: string;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  operator67 = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  coordinatorZnamensky = await registry.tokenFor('MUNICIPAL_COORDINATOR', {
    regionCode: '57',
    municipalityOktmo: '54618000',
  });
  analyst = await registry.tokenFor('ANALYST');
});
afterAll(() => registry?.close());

const CREATE = `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id inn shortName version municipality { oktmo } } }`;
const newSchool = (inn: string, oktmo = '66701000') => ({
  inn,
  name: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 41» города Смоленска',
  shortName: 'МБОУ СШ № 41 (город Смоленск)',
  kind: 'GENERAL_EDUCATION',
  municipalityOktmo: oktmo,
  tags: ['Точка роста'],
});
const count = async (table: string) =>
  Number(
    (await registry.orm.em.getConnection().execute<{ count: string }[]>(`select count(*) from registry.${table}`))[0]!
      .count,
  );
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('organizations', () => {
  it('an operator adds a school of the region, validated ИНН and all', async () => {
    const response = await registry.query<{
      createOrganization: { inn: string; version: number; municipality: { oktmo: string } };
    }>(CREATE, { input: newSchool(innWithCheckDigit('673199001')) }, operator67);
    expect(response.errors).toBeUndefined();
    expect(response.data?.createOrganization).toMatchObject({ version: 1, municipality: { oktmo: '66701000' } });
  });

  it('refuses an ИНН with a wrong check digit, changing nothing', async () => {
    const before = await count('organization');
    const valid = innWithCheckDigit('673199002');
    const wrong = `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}`;
    const response = await registry.query(CREATE, { input: newSchool(wrong) }, operator67);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'inn' });
    expect(await count('organization')).toBe(before);
  });

  it('refuses a duplicate ИНН with CONFLICT', async () => {
    const response = await registry.query(CREATE, { input: newSchool(DEMO_ORGANIZATIONS[0]!.inn) }, operator67);
    expect(codeOf(response)).toBe('CONFLICT');
  });

  it('refuses an unknown municipality with NOT_FOUND', async () => {
    const response = await registry.query(
      CREATE,
      { input: newSchool(innWithCheckDigit('673199003'), '99999999') },
      operator67,
    );
    expect(codeOf(response)).toBe('NOT_FOUND');
  });

  it('refuses a coordinator adding outside their municipality, and an analyst altogether', async () => {
    expect(
      codeOf(await registry.query(CREATE, { input: newSchool(innWithCheckDigit('673199004')) }, coordinatorZnamensky)),
    ).toBe('FORBIDDEN');
    expect(codeOf(await registry.query(CREATE, { input: newSchool(innWithCheckDigit('673199005')) }, analyst))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await registry.query(CREATE, { input: newSchool(innWithCheckDigit('673199006')) }))).toBe(
      'FORBIDDEN',
    );
  });

  it('updates with optimistic locking: a stale version gets CONFLICT', async () => {
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => organization.municipalityOktmo === '66701000' && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const UPDATE =
      'mutation ($id: UUID!, $version: Int!, $patch: OrganizationPatch!) { updateOrganization(id: $id, version: $version, patch: $patch) { website version } }';
    const variables = (version: number, website: string) => ({
      id: organizationIdOf(school.inn),
      version,
      patch: { website },
    });
    const first = await registry.query<{ updateOrganization: { version: number } }>(
      UPDATE,
      variables(1, 'https://school.example/1'),
      operator67,
    );
    expect(first.data?.updateOrganization).toEqual({ website: 'https://school.example/1', version: 2 });
    const stale = await registry.query(UPDATE, variables(1, 'https://school.example/stale'), operator67);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });
});

describe('people, employment and consents', () => {
  const school = DEMO_ORGANIZATIONS.find(
    (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
  )!;
  const CREATE_PERSON =
    'mutation ($input: PersonInput!) { createPerson(input: $input) { id fullName version employments { position organization { inn } } } }';
  const input = (overrides: Record<string, unknown> = {}) => ({
    lastName: 'Пехтерева',
    firstName: 'Татьяна',
    middleName: 'Александровна',
    birthDate: '1999-03-14',
    email: 'pekhtereva@example.org',
    employment: {
      organizationId: organizationIdOf(school.inn),
      position: 'Учитель математики',
      isPedagogical: true,
      startDate: '2025-09-01',
      teachingExperienceStart: '2025-09-01',
    },
    ...overrides,
  });

  it('a coordinator adds a young teacher to a school of the municipality', async () => {
    const response = await registry.query<{
      createPerson: { fullName: string; employments: { organization: { inn: string } }[] };
    }>(CREATE_PERSON, { input: input() }, coordinatorZnamensky);
    expect(response.errors).toBeUndefined();
    expect(response.data?.createPerson.fullName).toBe('Пехтерева Татьяна Александровна');
    expect(response.data?.createPerson.employments[0]?.organization.inn).toBe(school.inn);
  });

  it('refuses the same person at the same school again with CONFLICT', async () => {
    expect(codeOf(await registry.query(CREATE_PERSON, { input: input() }, coordinatorZnamensky))).toBe('CONFLICT');
  });

  it('refuses dates out of order and changes nothing', async () => {
    const before = await count('person');
    const response = await registry.query(
      CREATE_PERSON,
      { input: input({ lastName: 'Другая', employment: { ...input().employment, startDate: '1990-01-01' } }) },
      coordinatorZnamensky,
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(await count('person')).toBe(before);
    const future = await registry.query(
      CREATE_PERSON,
      { input: input({ lastName: 'Будущая', birthDate: '2099-01-01' }) },
      coordinatorZnamensky,
    );
    expect(future.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'birthDate' });
  });

  it('refuses a school outside the coordinator’s municipality', async () => {
    const elsewhere = DEMO_ORGANIZATIONS.find((organization) => organization.municipalityOktmo === '66701000')!;
    const response = await registry.query(
      CREATE_PERSON,
      { input: input({ employment: { ...input().employment, organizationId: organizationIdOf(elsewhere.inn) } }) },
      coordinatorZnamensky,
    );
    expect(codeOf(response)).toBe('FORBIDDEN');
  });

  it('records a publication consent, which makes the person public, and its withdrawal hides them again', async () => {
    const person = DEMO_PEOPLE.find(
      (candidate) => candidate.organizationInn === school.inn && candidate.published.length === 0,
    )!;
    const id = personIdOf(person.key);
    const recorded = await registry.query<{ recordConsent: { id: string; fields: string[] } }>(
      'mutation ($id: UUID!, $input: ConsentInput!) { recordConsent(personId: $id, input: $input) { id fields } }',
      {
        id,
        input: {
          kind: 'PUBLICATION',
          fields: ['fullName', 'position'],
          textVersion: '2026-1',
          givenOn: '2026-11-01',
          channel: 'ELECTRONIC',
        },
      },
      coordinatorZnamensky,
    );
    expect(recorded.errors).toBeUndefined();
    expect(
      (await registry.query<{ person: unknown }>(`{ person(id: "${id}") { fullName } }`)).data?.person,
    ).not.toBeNull();
    const withdrawn = await registry.query(
      'mutation ($id: UUID!) { withdrawConsent(id: $id, date: "2026-11-20") { withdrawnOn } }',
      { id: recorded.data!.recordConsent.id },
      coordinatorZnamensky,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect((await registry.query<{ person: unknown }>(`{ person(id: "${id}") { fullName } }`)).data?.person).toBeNull();
  });

  it('refuses a publication consent for items that cannot be published', async () => {
    const person = DEMO_PEOPLE.find((candidate) => candidate.organizationInn === school.inn)!;
    const response = await registry.query(
      'mutation ($id: UUID!, $input: ConsentInput!) { recordConsent(personId: $id, input: $input) { id } }',
      {
        id: personIdOf(person.key),
        input: {
          kind: 'PUBLICATION',
          fields: ['birthDate'],
          textVersion: '2026-1',
          givenOn: '2026-11-01',
          channel: 'PAPER',
        },
      },
      coordinatorZnamensky,
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'fields' });
  });

  it('ends an employment only after it began', async () => {
    const person = DEMO_PEOPLE.find(
      (candidate) => candidate.organizationInn === school.inn && candidate.employment.isPedagogical,
    )!;
    const employment = await registry.query<{ person: { employments: { id: string }[] } }>(
      `{ person(id: "${personIdOf(person.key)}") { employments { id } } }`,
      undefined,
      coordinatorZnamensky,
    );
    const id = employment.data!.person.employments[0]!.id;
    const early = await registry.query(
      'mutation ($id: UUID!) { endEmployment(id: $id, endDate: "1950-01-01") { endDate } }',
      { id },
      coordinatorZnamensky,
    );
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
  });
});
