import { DEMO_ORGANIZATIONS, demoStudents, organizationIdOf, personIdOf } from '../src/demo/index.js';
import { writeCsv } from '@mentoring/platform/tabular';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

/**
 * An employment is held to the person's age on its start date: nobody is employed under 16, and nobody is a
 * pedagogical worker under 18 — on every path that writes one (createPerson, addEmployment, importStaff, and a
 * birth date corrected later). Found: an 11-year-old pupil made «Учитель математики».
 */
let registry: TestSubgraph;
let head: string;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  head = await registry.tokenFor('SCHOOL_HEAD', {
    regionCode: '78',
    municipalityOktmo: school.municipalityOktmo,
    organizationId: organizationIdOf(school.inn),
  });
});
afterAll(() => registry?.close());

const school = DEMO_ORGANIZATIONS.find(
  (organization) => organization.municipalityOktmo === '40319000' && organization.kind === 'GENERAL_EDUCATION',
)!;
const organizationId = organizationIdOf(school.inn);
type Response = { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined };
const refusal = (response: Response) => ({
  ...response.errors?.[0]?.extensions,
  message: response.errors?.[0]?.message ?? '',
});
const rows = async () =>
  Number(
    (
      await registry.orm.em
        .getConnection()
        .execute<{ n: string }[]>(
          'select (select count(*) from registry.employment) + (select count(*) from registry.person) as n',
        )
    )[0]!.n,
  );

const CREATE = 'mutation ($input: PersonInput!) { createPerson(input: $input) { id version } }';
const ADD =
  'mutation ($personId: UUID!, $input: EmploymentInput!) { addEmployment(personId: $personId, input: $input) { id } }';
const person = (lastName: string, birthDate: string, position: string, isPedagogical: boolean, startDate: string) => ({
  lastName,
  firstName: 'Тест',
  birthDate,
  employment: { organizationId, position, isPedagogical, startDate },
});

describe('createPerson: an employment fits the person’s age on its start date', () => {
  it.each([
    [
      'an 11-year-old as «Учитель математики»',
      '2015-03-01',
      'Учитель математики',
      true,
      '2026-09-01',
      'startDate',
      /младше 16 лет/,
    ],
    ['a 15-year-old as «Лаборант»', '2011-03-01', 'Лаборант', false, '2026-09-01', 'startDate', /младше 16 лет/],
    [
      'a 17-year-old as «Учитель математики»',
      '2009-03-01',
      'Учитель математики',
      true,
      '2026-09-01',
      'isPedagogical',
      /только совершеннолетний/,
    ],
    [
      'one a day short of 18 as «Педагог-организатор»',
      '2008-09-02',
      'Педагог-организатор',
      true,
      '2026-09-01',
      'isPedagogical',
      /только совершеннолетний/,
    ],
  ] as const)(
    'refuses %s: BAD_USER_INPUT naming the field, nothing written',
    async (_, birthDate, position, isPedagogical, startDate, field, message) => {
      const before = await rows();
      const response = await registry.query(
        CREATE,
        { input: person(`Возрастова-${field}`, birthDate, position, isPedagogical, startDate) },
        head,
      );
      expect(refusal(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        message: expect.stringMatching(message),
      });
      expect(await rows()).toBe(before);
    },
  );

  it.each([
    ['a 16-year-old on the day as «Лаборант» (not pedagogical)', '2010-09-01', 'Лаборант', false],
    ['an 18-year-old on the day as «Учитель математики»', '2008-09-01', 'Учитель математики', true],
  ] as const)('accepts %s', async (label, birthDate, position, isPedagogical) => {
    const response = await registry.query(
      CREATE,
      { input: person(`Возрастов-${label.length}`, birthDate, position, isPedagogical, '2026-09-01') },
      head,
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('addEmployment: a pupil is not made a teacher', () => {
  const pupil = demoStudents([school.inn]).find((student) => student.birthDate > '2013-01-01')!;

  it('refuses «Учитель математики» for a pupil under 16, naming startDate, and writes nothing', async () => {
    const before = await rows();
    const response = await registry.query(
      ADD,
      {
        personId: personIdOf(pupil.key),
        input: { organizationId, position: 'Учитель математики', isPedagogical: true, startDate: '2026-09-01' },
      },
      head,
    );
    expect(refusal(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startDate',
      message: expect.stringContaining('трудоустройство младше трудоспособного возраста не записывается'),
    });
    expect(await rows()).toBe(before);
  });
});

describe('updatePerson: a corrected birth date must still fit the person’s employments', () => {
  it('refuses a birth date making a teacher 11 on their start date, naming birthDate', async () => {
    const created = await registry.query<{ createPerson: { id: string; version: number } }>(
      CREATE,
      { input: person('Исправляемова', '1990-01-01', 'Учитель математики', true, '2020-09-01') },
      head,
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createPerson;
    const response = await registry.query(
      'mutation ($id: UUID!, $version: Int!) { updatePerson(id: $id, version: $version, patch: { birthDate: "2009-01-01" }) { birthDate } }',
      { id, version },
      head,
    );
    expect(refusal(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'birthDate',
      message: expect.stringContaining('младше 16 лет'),
    });
  });
});

describe('importStaff: rows of people too young for the post are rejected', () => {
  it('rejects a 12-year-old teacher and a 17-year-old pedagogical worker, accepts a 17-year-old non-pedagogical one', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    const header = [
      'Фамилия',
      'Имя',
      'Дата рождения',
      'ИНН организации',
      'Должность',
      'Педагогический работник',
      'Дата приёма',
    ];
    const file = writeCsv([
      header,
      ['Юнова', 'Анна', '01.03.2014', school.inn, 'Учитель математики', 'да', '01.09.2026'],
      ['Юнов', 'Пётр', '01.03.2009', school.inn, 'Учитель информатики', 'да', '01.09.2026'],
      ['Юнцова', 'Вера', '01.03.2009', school.inn, 'Лаборант', 'нет', '01.09.2026'],
    ]);
    const response = await registry.query<{
      importStaff: {
        applied: boolean;
        created: number;
        rejected: number;
        rows: { line: number; messages: string[] }[];
      };
    }>(
      'mutation ($file: ImportFile!) { importStaff(file: $file, allOrNothing: false) { applied created rejected rows(status: REJECTED) { line messages } } }',
      { file: { format: 'CSV', contentBase64: Buffer.from(file).toString('base64') } },
      operator,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.importStaff).toMatchObject({ created: 1, rejected: 2 });
    expect(response.data?.importStaff.rows).toEqual([
      { line: 2, messages: [expect.stringContaining('младше 16 лет')] },
      { line: 3, messages: [expect.stringContaining('только совершеннолетний')] },
    ]);
  });
});
