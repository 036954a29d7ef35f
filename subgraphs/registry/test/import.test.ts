import { innWithCheckDigit, DEMO_ORGANIZATIONS } from '../src/demo/index.js';
import { decodeCsv, parseCsv, readXlsx, writeCsv, writeXlsx, type ImportReport } from '@mentoring/platform/tabular';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
let coordinator: string;
let operator: string;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  coordinator = await registry.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '57', municipalityOktmo: '54618000' });
  operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
});
afterAll(() => registry?.close());

type Report = Omit<ImportReport, 'rows'> & {
  rows: Pick<ImportReport['rows'][number], 'line' | 'status' | 'messages'>[];
};

const IMPORT_ORGANIZATIONS = `mutation ($file: ImportFile!, $allOrNothing: Boolean) {
  importOrganizations(file: $file, allOrNothing: $allOrNothing) { applied total created updated unchanged rejected rows(status: REJECTED) { line status messages } }
}`;
const IMPORT_STAFF = `mutation ($file: ImportFile!, $allOrNothing: Boolean) {
  importStaff(file: $file, allOrNothing: $allOrNothing) { applied total created updated unchanged rejected rows(status: REJECTED) { line status messages } }
}`;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const count = async (table: string) =>
  Number(
    (await registry.orm.em.getConnection().execute<{ count: string }[]>(`select count(*) from registry.${table}`))[0]!
      .count,
  );

async function importFile(
  mutation: string,
  token: string,
  format: 'CSV' | 'XLSX',
  bytes: Uint8Array,
  allOrNothing: boolean | null = true,
): Promise<Report> {
  const response = await registry.query<Record<string, Report>>(
    mutation,
    { file: { format, contentBase64: base64(bytes) }, allOrNothing },
    token,
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data!)[0]!;
}

describe('importing organizations', () => {
  const existing = DEMO_ORGANIZATIONS.find(
    (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
  )!;
  const header = ['ИНН', 'Полное наименование', 'Сокращённое наименование', 'Тип', 'ОКТМО', 'Адрес', 'Сайт', 'Проекты'];
  const rows = [
    header,
    [
      innWithCheckDigit('571899001'),
      'Муниципальное бюджетное общеобразовательное учреждение «Знаменская средняя общеобразовательная школа»',
      'МБОУ Знаменская СОШ',
      'общеобразовательная',
      '54618000',
      'с. Знаменское, ул. Ленина, 1',
      'https://znam-school.example',
      'Точка роста',
    ],
    [
      innWithCheckDigit('571899002'),
      'Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества»',
      'МБУ ДО ДДТ',
      'дополнительного образования',
      '54618000',
      '',
      '',
      '',
    ],
    [existing.inn, existing.name, existing.shortName, 'GENERAL_EDUCATION', '54618000', 'новый адрес', '', ''],
    ['5718990001', 'Ошибочная', 'Ошибочная', 'школа', '54618000', '', '', ''],
  ];
  const windows1251 = (rows: string[][]) => new Uint8Array(encode1251(rows.map((row) => row.join(';')).join('\r\n')));

  it('writes nothing when one row is rejected and the import is all-or-nothing, and says why', async () => {
    const before = await count('organization');
    const report = await importFile(IMPORT_ORGANIZATIONS, coordinator, 'CSV', writeCsv(rows));
    expect(report).toMatchObject({ applied: false, total: 4, created: 2, updated: 1, rejected: 1 });
    expect(report.rows[0]).toMatchObject({
      line: 5,
      status: 'REJECTED',
      messages: [expect.stringContaining('ИНН «5718990001» неверен')],
    });
    expect(await count('organization')).toBe(before);
  });

  it('takes an explicit allOrNothing: null as the default, all or nothing, and writes nothing', async () => {
    const before = await count('organization');
    const report = await importFile(IMPORT_ORGANIZATIONS, coordinator, 'CSV', writeCsv(rows), null);
    expect(report).toMatchObject({ applied: false, rejected: 1 });
    expect(await count('organization')).toBe(before);
  });

  it('applies the valid rows when asked to, reads Windows-1251 with semicolons, and is idempotent', async () => {
    const file = windows1251(rows);
    const first = await importFile(IMPORT_ORGANIZATIONS, coordinator, 'CSV', file, false);
    expect(first).toMatchObject({ applied: true, created: 2, updated: 1, rejected: 1 });
    const again = await importFile(IMPORT_ORGANIZATIONS, coordinator, 'CSV', file, false);
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 3, rejected: 1 });
  });

  it('reads XLSX with English headers and refuses rows outside the territory', async () => {
    const xlsx = await writeXlsx('Организации', [
      ['inn', 'name', 'shortName', 'kind', 'municipalityOktmo'],
      [innWithCheckDigit('571899003'), 'Детский сад «Солнышко»', 'МБДОУ «Солнышко»', 'PRESCHOOL', '54618000'],
      [innWithCheckDigit('673199101'), 'Школа другого региона', 'Школа', 'GENERAL_EDUCATION', '66701000'],
    ]);
    const report = await importFile(IMPORT_ORGANIZATIONS, coordinator, 'XLSX', xlsx, false);
    expect(report).toMatchObject({ applied: true, created: 1, rejected: 1 });
    expect(report.rows[0]?.messages).toEqual([expect.stringContaining('вне вашей территории')]);
  });

  it('explains a file without a required column', async () => {
    const response = await registry.query(
      IMPORT_ORGANIZATIONS,
      {
        file: {
          format: 'CSV',
          contentBase64: base64(
            writeCsv([
              ['ИНН', 'Тип'],
              ['1', '2'],
            ]),
          ),
        },
      },
      coordinator,
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(response.errors?.[0]?.message).toMatch(/Полное наименование/);
  });
});

describe('importing staff', () => {
  const schools = DEMO_ORGANIZATIONS.filter(
    (organization) => organization.municipalityOktmo === '66701000' && organization.kind === 'GENERAL_EDUCATION',
  );
  const header = [
    'Фамилия',
    'Имя',
    'Отчество',
    'Дата рождения',
    'ИНН организации',
    'Должность',
    'Педагогический работник',
    'Дата приёма',
    'Начало педагогического стажа',
    'Электронная почта',
  ];
  const staffRows = (count: number) =>
    Array.from({ length: count }, (_, index) => [
      `Импортова${index}`,
      'Анна',
      'Сергеевна',
      `${String(1 + (index % 28)).padStart(2, '0')}.${String(1 + (index % 12)).padStart(2, '0')}.${1970 + (index % 30)}`,
      schools[index % schools.length]!.inn,
      'Учитель',
      index % 10 === 0 ? 'нет' : 'да',
      '01.09.2020',
      index % 10 === 0 ? '' : '01.09.2020',
      `teacher${index}@school.example`,
    ]);

  it('imports a 10,000-row file in one transaction, and a second run changes nothing', async () => {
    const before = await count('person');
    const file = writeCsv([header, ...staffRows(10_000)]);
    const first = await importFile(IMPORT_STAFF, operator, 'CSV', file);
    expect(first).toMatchObject({ applied: true, total: 10_000, created: 10_000, rejected: 0 });
    expect(await count('person')).toBe(before + 10_000);
    const second = await importFile(IMPORT_STAFF, operator, 'CSV', file);
    expect(second).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 10_000 });
    expect(await count('person')).toBe(before + 10_000);
  });

  it('updates what changed and rejects a bad date, writing nothing when all-or-nothing', async () => {
    const rows = staffRows(3);
    rows[0]![5] = 'Учитель физики';
    rows[2]![3] = '31.02.1980';
    const before = await count('employment');
    const report = await importFile(IMPORT_STAFF, operator, 'CSV', writeCsv([header, ...rows]));
    expect(report).toMatchObject({ applied: false, updated: 1, unchanged: 1, rejected: 1 });
    expect(report.rows[0]).toMatchObject({
      line: 4,
      messages: [expect.stringContaining('Дата рождения «31.02.1980» неверна')],
    });
    expect(await count('employment')).toBe(before);
  });
});

describe('importing cells a database cannot hold', () => {
  const header = ['Фамилия', 'Имя', 'Дата рождения', 'ИНН организации', 'Должность', 'Дата приёма'];
  const school = DEMO_ORGANIZATIONS.find(
    (organization) => organization.municipalityOktmo === '66701000' && organization.kind === 'GENERAL_EDUCATION',
  )!;
  const row = (lastName: string, inn = school.inn) => [lastName, 'Анна', '01.02.1990', inn, 'Учитель', '01.09.2020'];

  // A file's bytes cannot carry a lone surrogate: UTF-8 decoding turns broken sequences into U+FFFD, which is text.
  it('rejects a row with a 100,000-character surname or a NUL in a cell, naming the column, and writes nothing', async () => {
    const before = await count('person');
    const report = await importFile(
      IMPORT_STAFF,
      operator,
      'CSV',
      writeCsv([header, row('Ж'.repeat(100_000)), row('Нулева', `${school.inn}\u0000`), row('Годная')]),
    );
    expect(report).toMatchObject({ applied: false, rejected: 2 });
    expect(report.rows.map((rejected) => [rejected.line, rejected.messages[0]])).toEqual([
      [2, 'Столбец «Фамилия»: не более 255 символов, в ячейке 100000'],
      [3, 'Столбец «ИНН организации»: символ NUL в ячейке'],
    ]);
    expect(await count('person')).toBe(before);
  });

  it('rejects an organization whose participation tag is longer than a tag may be', async () => {
    const report = await importFile(
      IMPORT_ORGANIZATIONS,
      coordinator,
      'CSV',
      writeCsv([
        ['ИНН', 'Полное наименование', 'Сокращённое наименование', 'Тип', 'ОКТМО', 'Проекты'],
        [
          innWithCheckDigit('571899077'),
          'Школа',
          'Школа',
          'общеобразовательная',
          '54618000',
          `Точка роста; ${'Т'.repeat(101)}`,
        ],
      ]),
    );
    expect(report).toMatchObject({ applied: false, rejected: 1 });
    expect(report.rows[0]!.messages).toEqual(['Проект (тег) длиннее 100 символов']);
  });
});

describe('importing cells an export neutralised against spreadsheet formulas', () => {
  const written = async (format: 'CSV' | 'XLSX', rows: string[][]) =>
    format === 'CSV' ? writeCsv(rows) : await writeXlsx('Лист', rows);
  const rawCells = async (format: 'CSV' | 'XLSX', bytes: Uint8Array) =>
    (format === 'CSV' ? parseCsv(decodeCsv(bytes)) : await readXlsx(bytes)).flat();

  it.each(['CSV', 'XLSX'] as const)(
    'reads staff cells starting with + - = from %s without the quote, and a second run changes nothing',
    async (format) => {
      const school = DEMO_ORGANIZATIONS.find(
        (organization) => organization.municipalityOktmo === '66701000' && organization.kind === 'GENERAL_EDUCATION',
      )!;
      const person = {
        lastName: `Формулова${format}`,
        middleName: '-',
        position: '=Учитель информатики',
        phone: '+7 481 234-56-78',
      };
      const header = [
        'Фамилия',
        'Имя',
        'Отчество',
        'Дата рождения',
        'ИНН организации',
        'Должность',
        'Педагогический работник',
        'Дата приёма',
        'Телефон',
      ];
      const file = await written(format, [
        header,
        [
          person.lastName,
          'Анна',
          person.middleName,
          '01.02.1990',
          school.inn,
          person.position,
          'да',
          '01.09.2020',
          person.phone,
        ],
      ]);
      expect(await rawCells(format, file)).toEqual(
        // A lone «-» (Russian tables' «нет значения») is no formula and stays as it is.
        expect.arrayContaining(['-', "'=Учитель информатики", "'+7 481 234-56-78"]),
      );
      expect(await rawCells(format, file)).not.toContain("'-");
      expect(await importFile(IMPORT_STAFF, operator, format, file)).toMatchObject({
        applied: true,
        created: 1,
        rejected: 0,
      });
      const [stored] = await registry.orm.em
        .getConnection()
        .execute<{ middle_name: string; phone: string; position: string }[]>(
          'select p.middle_name, p.phone, e.position from registry.person p join registry.employment e on e.person_id = p.id where p.last_name = ?',
          [person.lastName],
        );
      expect(stored).toEqual({ middle_name: person.middleName, phone: person.phone, position: person.position });
      expect(await importFile(IMPORT_STAFF, operator, format, file)).toMatchObject({
        applied: true,
        created: 0,
        updated: 0,
        unchanged: 1,
      });
    },
  );

  it.each(['CSV', 'XLSX'] as const)(
    'reads organization cells starting with = @ - from %s without the quote, and a second run changes nothing',
    async (format) => {
      const organization = {
        inn: innWithCheckDigit(format === 'CSV' ? '571899011' : '571899012'),
        name: '=HYPERLINK("http://x","Школа")',
        shortName: '@Школа',
        address: '-1 этаж, ул. Ленина, 1',
      };
      const file = await written(format, [
        ['ИНН', 'Полное наименование', 'Сокращённое наименование', 'Тип', 'ОКТМО', 'Адрес'],
        [
          organization.inn,
          organization.name,
          organization.shortName,
          'общеобразовательная',
          '54618000',
          organization.address,
        ],
      ]);
      expect(await rawCells(format, file)).toEqual(
        expect.arrayContaining([`'${organization.name}`, `'${organization.shortName}`, `'${organization.address}`]),
      );
      expect(await importFile(IMPORT_ORGANIZATIONS, coordinator, format, file)).toMatchObject({
        applied: true,
        created: 1,
        rejected: 0,
      });
      const [stored] = await registry.orm.em
        .getConnection()
        .execute<{ inn: string; name: string; short_name: string; address: string }[]>(
          'select inn, name, short_name, address from registry.organization where inn = ?',
          [organization.inn],
        );
      expect(stored).toEqual({
        inn: organization.inn,
        name: organization.name,
        short_name: organization.shortName,
        address: organization.address,
      });
      expect(await importFile(IMPORT_ORGANIZATIONS, coordinator, format, file)).toMatchObject({
        applied: true,
        created: 0,
        updated: 0,
        unchanged: 1,
      });
    },
  );
});

/** Windows-1251, as Russian Excel saves "CSV (разделители — точка с запятой)". */
function encode1251(text: string): number[] {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8);
    else if (code === 0x451) bytes.push(0xb8);
    else if (code === 0xab) bytes.push(0xab);
    else if (code === 0xbb) bytes.push(0xbb);
    else bytes.push(0x3f);
  }
  return bytes;
}
