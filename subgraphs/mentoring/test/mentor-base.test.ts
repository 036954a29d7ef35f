import { decodeCsv, parseCsv, readXlsx, writeXlsx } from '@mentoring/platform/tabular';
import ExcelJS from 'exceljs';
import { DEMO_ORGANIZATIONS, DEMO_PEOPLE } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairSeeds } from '../src/demo-data.js';
import { MENTOR_BASE_HEADERS } from '../src/modules/mentor-base/layout.js';
import { MentorProfileSchema } from '../src/modules/mentors/mentor-profile.entity.js';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
let coordinator: string;
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  coordinator = await mentoring.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '57', municipalityOktmo: '54618000' });
});
afterAll(() => mentoring?.close());

const EXPORT =
  'query ($format: ImportFormat!, $oktmo: String) { mentorBase(format: $format, municipalityOktmo: $oktmo) { fileName contentType contentBase64 rowCount } }';
const IMPORT =
  'mutation ($file: ImportFile!) { importMentorBase(file: $file) { applied created updated unchanged rejected rows(status: REJECTED) { messages } } }';
const znamenskySchools = new Set(
  DEMO_ORGANIZATIONS.filter((organization) => organization.municipalityOktmo === '54618000').map(
    (organization) => organization.inn,
  ),
);
const fullName = (key: string) => {
  const person = DEMO_PEOPLE.find((candidate) => candidate.key === key)!;
  return `${person.lastName} ${person.firstName} ${person.middleName}`;
};

async function exported(format: 'CSV' | 'XLSX') {
  const response = await mentoring.query<{ mentorBase: { fileName: string; contentBase64: string; rowCount: number } }>(
    EXPORT,
    { format },
    coordinator,
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.mentorBase;
}

describe('«База наставников» export', () => {
  it('opens as XLSX with exactly the columns of приложение 3, one row per mentor of the municipality', async () => {
    const file = await exported('XLSX');
    const [header, ...rows] = await readXlsx(Buffer.from(file.contentBase64, 'base64'));
    expect(header).toEqual([...MENTOR_BASE_HEADERS]);
    const mentors = new Set(
      pairSeeds()
        .filter((pair) => znamenskySchools.has(pair.inn))
        .map((pair) => pair.mentorKey),
    );
    expect(rows).toHaveLength(mentors.size);
    expect(file.rowCount).toBe(mentors.size);
    const teacherPair = pairSeeds().find(
      (pair) => znamenskySchools.has(pair.inn) && pair.form === 'TEACHER_YOUNG_TEACHER',
    )!;
    const row = rows.find((cells) => cells[1] === fullName(teacherPair.mentorKey))!;
    expect(row[5]).toContain(fullName(teacherPair.mentees[0]!.key));
    expect(row[6]).toBe('педагог — молодой педагог образовательной организации');
    expect(file.fileName).toMatch(/База наставников 54618000\.xlsx/);
  });

  it('opens as CSV (UTF-8 with BOM, semicolons) with the same content', async () => {
    const [header, ...rows] = parseCsv(decodeCsv(Buffer.from((await exported('CSV')).contentBase64, 'base64')));
    expect(header).toEqual([...MENTOR_BASE_HEADERS]);
    expect(rows.every((cells) => cells.length === MENTOR_BASE_HEADERS.length)).toBe(true);
  });

  it('never names pupils, and is written to the personal-data access log', async () => {
    const before = Number(
      (
        await mentoring.orm.em
          .getConnection()
          .execute<{ count: string }[]>('select count(*) from mentoring.personal_data_read')
      )[0]!.count,
    );
    const [, ...rows] = await readXlsx(Buffer.from((await exported('XLSX')).contentBase64, 'base64'));
    const pupilRows = rows.filter((cells) => cells[6] === 'Ученик-ученик');
    for (const cells of pupilRows) expect(cells[5]).toMatch(/^обучающийся(; обучающийся)*$/);
    const after = Number(
      (
        await mentoring.orm.em
          .getConnection()
          .execute<{ count: string }[]>('select count(*) from mentoring.personal_data_read')
      )[0]!.count,
    );
    expect(after).toBeGreaterThan(before);
  });

  it('is the coordinator’s own municipality only', async () => {
    const response = await mentoring.query(EXPORT, { format: 'CSV', oktmo: '66701000' }, coordinator);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('«База наставников» import', () => {
  it('re-imports its own export without changes, and applies an edit', async () => {
    const file = await exported('XLSX');
    const again = await mentoring.query<{
      importMentorBase: { applied: boolean; unchanged: number; created: number; updated: number; rejected: number };
    }>(IMPORT, { file: { format: 'XLSX', contentBase64: file.contentBase64 } }, coordinator);
    const teacherRows = (await readXlsx(Buffer.from(file.contentBase64, 'base64')))
      .slice(1)
      .filter((cells) => cells[6] !== 'Ученик-ученик');
    const pupilRows = file.rowCount - teacherRows.length;
    // Rows of pupil mentors name no registry employee, so they are reported, not guessed.
    expect(again.data?.importMentorBase).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: teacherRows.length,
      rejected: pupilRows,
    });
    const [header, first] = [MENTOR_BASE_HEADERS, teacherRows[0]!];
    const edited = await writeXlsx('База наставников', [
      [...header],
      [first[0]!, first[1]!, first[2]!, 'Новая компетенция; Методика', first[4]!, first[5]!, first[6]!, first[7]!],
    ]);
    const updated = await mentoring.query<{ importMentorBase: { updated: number } }>(
      IMPORT,
      { file: { format: 'XLSX', contentBase64: Buffer.from(edited).toString('base64') } },
      coordinator,
    );
    expect(updated.data?.importMentorBase.updated).toBe(1);
  });

  it('adds a new mentor with a draft pair, and rejects people the registry does not know', async () => {
    const busy = new Set(pairSeeds().flatMap((pair) => [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]));
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => znamenskySchools.has(organization.inn) && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const [mentor, mentee] = DEMO_PEOPLE.filter(
      (person) => person.organizationInn === school.inn && person.employment.isPedagogical && !busy.has(person.key),
    );
    const file = await writeXlsx('База наставников', [
      [...MENTOR_BASE_HEADERS],
      [
        '1',
        fullName(mentor!.key),
        school.shortName,
        'Наставничество; Методика',
        '',
        fullName(mentee!.key),
        'учитель - учитель',
        school.shortName,
      ],
      ['2', 'Несуществующая Анна Петровна', school.shortName, 'Что-то', '', '', '', ''],
    ]);
    const report = await mentoring.query<{
      importMentorBase: { applied: boolean; created: number; rejected: number; rows: { messages: string[] }[] };
    }>(
      'mutation ($file: ImportFile!) { importMentorBase(file: $file, allOrNothing: false) { applied created rejected rows(status: REJECTED) { messages } } }',
      { file: { format: 'XLSX', contentBase64: Buffer.from(file).toString('base64') } },
      coordinator,
    );
    expect(report.data?.importMentorBase).toMatchObject({ applied: true, created: 1, rejected: 1 });
    expect(report.data?.importMentorBase.rows[0]?.messages[0]).toMatch(/нет в реестре/);
    const drafts = await mentoring.query<{ mentoringPairs: { totalCount: number } }>(
      `{ mentoringPairs(filter: { status: DRAFT, form: TEACHER_TEACHER }) { totalCount } }`,
      undefined,
      coordinator,
    );
    expect(drafts.data?.mentoringPairs.totalCount).toBe(1);
  });
});

describe('«База наставников» import holds people to the form’s name', () => {
  it('rejects a row putting a head as mentor in «учитель — учитель» and a pupil as a teacher’s mentee', async () => {
    const busy = new Set(pairSeeds().flatMap((pair) => [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]));
    const school = DEMO_ORGANIZATIONS.filter(
      (organization) => znamenskySchools.has(organization.inn) && organization.kind === 'GENERAL_EDUCATION',
    )[1]!;
    const head = DEMO_PEOPLE.find(
      (person) => person.organizationInn === school.inn && person.employment.position === 'Директор',
    )!;
    const [teacher, colleague] = DEMO_PEOPLE.filter(
      (person) => person.organizationInn === school.inn && person.employment.isPedagogical && !busy.has(person.key),
    );
    const file = await writeXlsx('База наставников', [
      [...MENTOR_BASE_HEADERS],
      [
        '1',
        fullName(head.key),
        school.shortName,
        'Управление',
        '',
        fullName(colleague!.key),
        'учитель - учитель',
        school.shortName,
      ],
      [
        '2',
        fullName(teacher!.key),
        school.shortName,
        'Методика',
        '',
        fullName(colleague!.key),
        'Ученик-ученик',
        school.shortName,
      ],
    ]);
    const report = await mentoring.query<{
      importMentorBase: { applied: boolean; rejected: number; rows: { messages: string[] }[] };
    }>(
      'mutation ($file: ImportFile!) { importMentorBase(file: $file, allOrNothing: false) { applied rejected rows(status: REJECTED) { messages } } }',
      { file: { format: 'XLSX', contentBase64: Buffer.from(file).toString('base64') } },
      coordinator,
    );
    expect(report.data?.importMentorBase.rejected).toBe(2);
    expect(report.data?.importMentorBase.rows[0]?.messages).toEqual([
      expect.stringContaining(
        'В форме «учитель — учитель» наставник — педагогический работник, а это лицо в указанной организации — руководитель образовательной организации',
      ),
    ]);
    expect(report.data?.importMentorBase.rows[1]?.messages).toEqual([
      expect.stringContaining('В форме «Ученик-ученик» наставник — обучающийся школы (ученик)'),
      expect.stringContaining('В форме «Ученик-ученик» наставляемый — обучающийся школы (ученик)'),
    ]);
  });
});

describe('«База наставников» cells a database cannot hold', () => {
  it('rejects a mentor row with a competency over 200 characters or achievements over 2,000, naming what is too long, and writes nothing', async () => {
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => znamenskySchools.has(organization.inn) && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const [first, second] = DEMO_PEOPLE.filter(
      (person) => person.organizationInn === school.inn && person.employment.isPedagogical,
    );
    const file = await writeXlsx('База наставников', [
      [...MENTOR_BASE_HEADERS],
      ['1', fullName(first!.key), school.shortName, `Методика; ${'М'.repeat(201)}`, '', '', '', ''],
      ['2', fullName(second!.key), school.shortName, 'Методика', 'Д'.repeat(2001), '', '', ''],
    ]);
    const report = await mentoring.query<{
      importMentorBase: { applied: boolean; rejected: number; rows: { messages: string[] }[] };
    }>(IMPORT, { file: { format: 'XLSX', contentBase64: Buffer.from(file).toString('base64') } }, coordinator);
    expect(report.errors).toBeUndefined();
    expect(report.data?.importMentorBase).toMatchObject({ applied: false, rejected: 2 });
    expect(report.data?.importMentorBase.rows.map((row) => row.messages)).toEqual([
      ['Компетенция длиннее 200 символов'],
      [`Столбец «${MENTOR_BASE_HEADERS[4]}»: не более 2000 символов, в ячейке 2001`],
    ]);
  });
});

describe('«База наставников» and spreadsheet formulas', () => {
  // One value per character a spreadsheet starts a formula with (OWASP CSV injection), as [competency, achievements]
  // pairs: a tab or carriage return leads the achievements, since a text[] element loses leading whitespace in PostgreSQL.
  const FORMULAS = [
    '=HYPERLINK("http://x","нажми")',
    '\t=1+1',
    '+7 481 234-56-78',
    "\r=cmd|' /C calc'!A0",
    '-5',
    '@SUM(A1)',
  ];
  type Stored = { id: string; competencies: string[]; achievements: string | null };
  let planted: Stored[];

  beforeAll(async () => {
    // The municipality's mentors who are registry employees, i.e. the rows an import can match (pupil mentors are not).
    const profiles = await mentoring.orm.em.getConnection().execute<{ id: string }[]>(
      `select mp.id from mentoring.mentor_profile mp join registry_pub.organization_territory t on t.organization_id = mp.organization_id
        where t.municipality_oktmo = '54618000' and mp.status <> 'LEFT'
          and exists (select 1 from registry_pub.person_workplace w where w.person_id = mp.person_id) order by mp.id limit ?`,
      [FORMULAS.length / 2],
    );
    expect(profiles).toHaveLength(FORMULAS.length / 2);
    // Written past the API, which trims a leading tab or carriage return: data from elsewhere may still hold one.
    planted = profiles.map(({ id }, index) => ({
      id,
      competencies: [FORMULAS[2 * index]!, 'Методика'],
      achievements: FORMULAS[2 * index + 1]!,
    }));
    const em = mentoring.orm.em.fork();
    for (const { id, competencies, achievements } of planted)
      await em.nativeUpdate(MentorProfileSchema, { id }, { competencies, achievements });
  });

  const plantedCells = () =>
    planted.flatMap((profile) => [`'${profile.competencies.join('; ')}`, `'${profile.achievements}`]);

  it('writes a competency or achievement that starts like a formula into the CSV with a leading quote', async () => {
    const [, ...rows] = parseCsv(decodeCsv(Buffer.from((await exported('CSV')).contentBase64, 'base64')));
    const cells = rows.flatMap((cells) => [cells[3], cells[4]]);
    expect(cells).toEqual(expect.arrayContaining(plantedCells()));
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('writes them into the XLSX as plain strings with a leading quote, never as formula cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from((await exported('XLSX')).contentBase64, 'base64') as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell);
      });
    });
    expect(cells.filter((cell) => cell.type !== ExcelJS.ValueType.String).map((cell) => cell.address)).toEqual([]);
    expect(cells.map((cell) => cell.value)).toEqual(expect.arrayContaining(plantedCells()));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell.text)).map((cell) => cell.address)).toEqual([]);
  });

  it.each(['CSV', 'XLSX'] as const)(
    're-imports its own %s export with every mentor row unchanged and the values stored as they were',
    async (format) => {
      const file = await exported(format);
      const report = await mentoring.query<{
        importMentorBase: { created: number; updated: number; unchanged: number; rejected: number };
      }>(
        'mutation ($file: ImportFile!) { importMentorBase(file: $file, allOrNothing: false) { created updated unchanged rejected } }',
        { file: { format, contentBase64: file.contentBase64 } },
        coordinator,
      );
      expect(report.errors).toBeUndefined();
      const bytes = Buffer.from(file.contentBase64, 'base64');
      const [, ...rows] = format === 'CSV' ? parseCsv(decodeCsv(bytes)) : await readXlsx(bytes);
      // Rows of pupil mentors name no registry employee: rejected, as in the plain re-import above.
      const teacherRows = rows.filter((cells) => cells[6] !== 'Ученик-ученик').length;
      expect(report.data?.importMentorBase).toEqual({
        created: 0,
        updated: 0,
        unchanged: teacherRows,
        rejected: file.rowCount - teacherRows,
      });
      const stored = await mentoring.orm.em
        .fork()
        .find(MentorProfileSchema, { id: { $in: planted.map((profile) => profile.id) } }, { orderBy: { id: 'asc' } });
      expect(stored.map(({ id, competencies, achievements }) => ({ id, competencies, achievements }))).toEqual(planted);
    },
  );
});
