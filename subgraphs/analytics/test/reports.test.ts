import { decodeCsv, parseCsv, readXlsx, restoreCell } from '@mentoring/platform/tabular';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { seedTexts } from '@mentoring/sources/testing';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { municipalityIdOf, regionIdOf, SPB_CENTRAL_OKTMO, ZNAMENSKY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorTargetSchema } from '../src/modules/indicators/indicator-target.entity.js';
import { IndicatorSchema } from '../src/modules/indicators/indicator.entity.js';
import { analyticsSubgraph } from '../src/subgraph.js';

let analytics: TestSubgraph;
beforeAll(async () => {
  analytics = await startTestSubgraph(analyticsSubgraph, {
    alongside: [registrySubgraph, mentoringSubgraph, planningSubgraph],
  });
});
afterAll(() => analytics?.close());

interface Row {
  indicator: { code: string; name: string };
  planned: string;
  achieved: string;
  value: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    suppressed: boolean;
    target: { note: string | null } | null;
    reported: { printed: string }[];
  };
}
interface Report {
  title: string;
  level: string;
  region: { id: string } | null;
  territoryName: string;
  asOf: string;
  columns: string[];
  rows: Row[];
}
interface File {
  fileName: string;
  contentType: string;
  contentBase64: string;
  rowCount: number;
}

const REPORT_FIELDS =
  'title level region { id } territoryName asOf columns rows { indicator { code name } planned achieved value { value numerator denominator suppressed target { note } reported { printed } } }';

const SEED_HEADER = ['Показатель', 'Плановое значение', 'Достигнутое значение'];

const reportOf = async (level: string, territoryId: string, token?: string, extra = '') => {
  const response = await analytics.query<{ indicatorReport: Report }>(
    `{ indicatorReport(level: ${level}, territoryId: "${territoryId}"${extra}) { ${REPORT_FIELDS} } }`,
    {},
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.indicatorReport;
};
const fileOf = async (format: 'XLSX' | 'CSV', level: string, territoryId: string, token?: string) => {
  const response = await analytics.query<{ indicatorReport: { file: File } }>(
    `{ indicatorReport(level: ${level}, territoryId: "${territoryId}") { file(format: ${format}) { fileName contentType contentBase64 rowCount } } }`,
    {},
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.indicatorReport.file;
};
const rowOf = (report: Report, code: string) => report.rows.find((row) => row.indicator.code === code)!;

/** The seed 000 table «Ключевые показатели внедрения системы педагогического наставничества», its cells as printed (links as their text). */
function seedTable(): string[][] {
  const text = seedTexts()?.get('000');
  if (!text) throw new Error('seed 000 is missing (../shared/seeds)');
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === SEED_HEADER.join('\t'));
  expect(start).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.includes('\t')) break;
    rows.push(line.split('\t').map((cell) => cell.replace(/<a [^>]*>([^<]*)<\/a>/g, '$1').trim()));
  }
  return rows;
}

const SEED_000_CODES = [
  'ORGS_IMPLEMENTING_TEACHER_MENTORING',
  'YOUNG_TEACHERS_UNDER_35_COVERED',
  'REGIONAL_MENTOR_DATABASE',
  'MENTORING_INFO_RESOURCE',
  'RMA_CANDIDATES_SHARE',
];

/** The seeds live beside the repository (../shared/seeds); a checkout without them skips what compares with their text. */
const seedsPresent = seedTexts() !== null;

describe('indicatorReport: the seed 000 table of a territory', () => {
  it.skipIf(!seedsPresent)(
    'reads back the seed 000 table for Смоленская область: names word for word, the seed’s planned cells, its reported figures in the achieved ones',
    async () => {
      const operator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
      const report = await reportOf('REGION', regionIdOf('67'), operator);
      expect(report.title).toBe(
        'Ключевые показатели внедрения системы педагогического наставничества — Смоленская область',
      );
      expect(report.columns).toEqual(SEED_HEADER);
      expect(report.region).toEqual({ id: regionIdOf('67') });
      const seed = seedTable();
      expect(seed).toHaveLength(5);
      expect(report.rows.slice(0, 5).map((row) => row.indicator.code)).toEqual(SEED_000_CODES);
      seed.forEach(([name, planned, achieved], index) => {
        const row = report.rows[index]!;
        expect(row.indicator.name).toBe(name);
        expect(row.planned).toBe(planned);
        expect(row.achieved).toContain(`«${achieved!}»`);
      });
      for (const figure of ['60-80%', 'не более 25%', '-', 'с 2021 года', '1,3%'])
        expect(report.rows.some((row) => row.achieved.includes(`«${figure}`))).toBe(true);
      expect(rowOf(report, 'RMA_CANDIDATES_SHARE').planned).toBe('-');
      // St Petersburg's indicators (seed 004) are no part of Smolensk's plan: nothing planned or reported for it.
      expect(report.rows.map((row) => row.indicator.code)).not.toContain('DISTRICTS_IMPLEMENTING_MODEL');
    },
  );

  it('prints the computed value in Russian format with numerator and denominator, the reported figures beside it with their source, never mixed in', async () => {
    const operator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const report = await reportOf('REGION', regionIdOf('67'), operator, ', asOf: "2024-06-30"');
    expect(report.asOf).toBe('2024-06-30');
    const row = rowOf(report, 'YOUNG_TEACHERS_UNDER_35_COVERED');
    const { value, numerator, denominator } = row.value;
    expect(value).not.toBeNull();
    const printed = `${String(value).replace('.', ',')}% (${String(numerator)} из ${String(denominator)})`;
    expect(row.achieved.startsWith(`${printed}; «не более 25%» (источник: ЦНППМ (ГАУ ДПО СОИРО)`)).toBe(true);
    expect(row.planned).toBe('не менее 70% к 2024 году');
    expect(row.value.target?.note).toBe(row.planned);
    expect(row.value.reported.map((figure) => figure.printed)).toEqual(['не более 25%']);
  });

  it('answers the same rows as an XLSX file whose first row is the seed’s header', async () => {
    const operator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const report = await reportOf('REGION', regionIdOf('67'), operator);
    const file = await fileOf('XLSX', 'REGION', regionIdOf('67'), operator);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.fileName).toBe(`Ключевые показатели — Смоленская область — ${report.asOf}.xlsx`);
    expect(file.rowCount).toBe(report.rows.length);
    const [header, ...body] = await readXlsx(Buffer.from(file.contentBase64, 'base64'));
    expect(header).toEqual(SEED_HEADER);
    expect(body.map((cells) => cells.map(restoreCell))).toEqual(
      report.rows.map((row) => [row.indicator.name, row.planned, row.achieved]),
    );
    // The seed's own «-» reads as «-» to a person: no quote before it.
    expect(body.find((cells) => cells[0] === rowOf(report, 'RMA_CANDIDATES_SHARE').indicator.name)?.[1]).toBe('-');
  });

  it('answers the same rows as a CSV file for Russian Excel: UTF-8 with BOM, semicolons, the seed’s header first', async () => {
    const operator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const report = await reportOf('REGION', regionIdOf('67'), operator);
    const file = await fileOf('CSV', 'REGION', regionIdOf('67'), operator);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.fileName.endsWith('.csv')).toBe(true);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = parseCsv(decodeCsv(bytes));
    expect(header).toEqual(SEED_HEADER);
    expect(body.map((cells) => cells.map(restoreCell))).toEqual(
      report.rows.map((row) => [row.indicator.name, row.planned, row.achieved]),
    );
    expect(body.find((cells) => cells[1] === '-')).toBeDefined();
  });

  it('neutralises a formula-looking cell in both files and gives it back unchanged in the query', async () => {
    const em = analytics.orm.em.fork();
    const formula = '=HYPERLINK("http://example.invalid","нажми")';
    const target = em.create(IndicatorTargetSchema, {
      indicator: em.getReference(IndicatorSchema, 'MENTEE_SATISFACTION'),
      year: 2026,
      value: null,
      note: formula,
      regionId: null,
      municipalityId: municipalityIdOf(SPB_CENTRAL_OKTMO),
      source: null,
      dataOrigin: 'ENTERED',
    });
    await em.flush();
    try {
      const id = municipalityIdOf(SPB_CENTRAL_OKTMO);
      const report = await reportOf('MUNICIPALITY', id);
      expect(rowOf(report, 'MENTEE_SATISFACTION').planned).toBe(formula);
      const xlsx = await readXlsx(Buffer.from((await fileOf('XLSX', 'MUNICIPALITY', id)).contentBase64, 'base64'));
      const csv = parseCsv(decodeCsv(Buffer.from((await fileOf('CSV', 'MUNICIPALITY', id)).contentBase64, 'base64')));
      for (const rows of [xlsx, csv]) {
        const cells = rows.find((cells) => cells[0]?.startsWith('Уровень удовлетворенности наставляемых'))!;
        expect(cells[1]).toBe(`'${formula}`);
        expect(restoreCell(cells[1]!)).toBe(formula);
      }
    } finally {
      await em.remove(target).flush();
    }
  });

  it('suppresses a small cell of people for an analyst exactly as the values do, printing «скрыто» instead of a number', async () => {
    const [small] = await analytics.orm.em.fork().execute<{ organization_id: string }[]>(
      `select s.organization_id from registry_pub.staff_as_of(current_date) s
       where s.region_code = '67' and s.young_under_35_under_3 group by 1 having count(distinct s.person_id) between 1 and 4 limit 1`,
    );
    expect(small).toBeDefined();
    const analyst = await analytics.tokenFor('ANALYST');
    const hidden = rowOf(
      await reportOf('ORGANIZATION', small!.organization_id, analyst),
      'YOUNG_TEACHERS_UNDER_35_COVERED',
    );
    expect(hidden.value).toMatchObject({ suppressed: true, value: null, numerator: null, denominator: null });
    expect(hidden.achieved).toBe('скрыто (меньше 5 человек)');
    expect(hidden.planned).toBe('не менее 70% к 2024 году');
    const operator = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const shown = rowOf(
      await reportOf('ORGANIZATION', small!.organization_id, operator),
      'YOUNG_TEACHERS_UNDER_35_COVERED',
    );
    expect(shown.value.suppressed).toBe(false);
    expect(shown.achieved).toMatch(/^\d+(,\d)?% \(\d+ из [1-4]\)$/);
    const file = await fileOf('CSV', 'ORGANIZATION', small!.organization_id, analyst);
    const cells = parseCsv(decodeCsv(Buffer.from(file.contentBase64, 'base64'))).find(
      (row) => row[0] === hidden.indicator.name,
    );
    expect(cells?.[2]).toBe('скрыто (меньше 5 человек)');
  });

  it('takes a report year as 31 December of that year, and names the rows asked for in `codes` only', async () => {
    const report = await reportOf(
      'REGION',
      regionIdOf('67'),
      undefined,
      ', year: 2023, codes: ["RMA_CANDIDATES_SHARE"]',
    );
    expect(report.asOf).toBe('2023-12-31');
    expect(report.rows.map((row) => row.indicator.code)).toEqual(['RMA_CANDIDATES_SHARE']);
  });
});

describe('indicatorReport: bad input', () => {
  const refused = async (args: string, code: string) => {
    const response = await analytics.query(`{ indicatorReport(${args}) { title } }`);
    expect(response.errors?.[0]?.extensions?.['code'], args).toBe(code);
    expect(response.data?.['indicatorReport'] ?? null).toBeNull();
  };
  const region = `level: REGION, territoryId: "${regionIdOf('67')}"`;

  it('refuses an id that is not a UUID, and answers NOT_FOUND for a territory the registry does not know at that level', async () => {
    await refused('level: REGION, territoryId: "67"', 'BAD_USER_INPUT');
    await refused('level: REGION, territoryId: "00000000-0000-4000-8000-000000000000"', 'NOT_FOUND');
    await refused(`level: ORGANIZATION, territoryId: "${regionIdOf('67')}"`, 'NOT_FOUND');
  });

  it('refuses a date that is no day, asOf together with year, and a report year not yet begun or out of range', async () => {
    await refused(`${region}, asOf: "2024-02-30"`, 'BAD_USER_INPUT');
    await refused(`${region}, asOf: "2024-06-30", year: 2024`, 'BAD_USER_INPUT');
    await refused(`${region}, year: ${new Date().getUTCFullYear() + 1}`, 'BAD_USER_INPUT');
    await refused(`${region}, year: 1800`, 'BAD_USER_INPUT');
  });

  it('refuses unknown indicator codes by name, and more than 100 codes', async () => {
    const unknown = await analytics.query(`{ indicatorReport(${region}, codes: ["NO_SUCH_CODE"]) { title } }`);
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toContain('«NO_SUCH_CODE»');
    const many = JSON.stringify(Array.from({ length: 101 }, () => 'RMA_CANDIDATES_SHARE'));
    await refused(`${region}, codes: ${many}`, 'BAD_USER_INPUT');
  });
});

describe('Знаменский район: seed 003’s table in its own words', () => {
  it('names the row as Знаменский район’s plan does and plans «100% общеобразовательных организаций» for 2022', async () => {
    const response = await analytics.query<{ indicatorReport: { rows: (Row & { name: string })[] } }>(
      `{ indicatorReport(level: MUNICIPALITY, territoryId: "${municipalityIdOf(ZNAMENSKY_OKTMO)}", year: 2022) { rows { name planned achieved indicator { code name } value { value } } } }`,
      {},
      await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' }),
    );
    expect(response.errors).toBeUndefined();
    const row = response.data!.indicatorReport.rows.find(
      (candidate) => candidate.indicator.code === 'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    )!;
    const seed = seedTexts()?.get('003');
    const words =
      'Доля общеобразовательных организаций, организаций дополнительного образования, реализующих Целевую модель наставничества педагогических работников';
    if (seed) expect(seed.replace(/\s+/g, ' ')).toContain(words);
    expect(row.name).toBe(words);
    expect(row.name).not.toBe(row.indicator.name);
    expect(row.planned).toBe('100% общеобразовательных организаций');
    expect(row.achieved).toContain('«100% общеобразовательных организаций внедрили');
  });
});
