import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCsv,
  neutraliseCell,
  parseCsv,
  readTable,
  readXlsx,
  restoreCell,
  writeCsv,
  writeXlsx,
  type ColumnSpec,
} from '../src/tabular/index.js';

/** Values a spreadsheet would run as formulas, one per leading character OWASP names, and the fullwidth forms Apple Numbers folds. */
const DANGEROUS = [
  '=HYPERLINK("http://x","нажми")',
  '+7 481 234-56-78',
  '-5',
  '@SUM(A1)',
  '\tскрытая формула',
  '\r=1+1',
  '＝1+1',
  '＋7',
  '－5',
  '＠SUM(A1)',
];
const HARMLESS = [
  'Наставничество',
  '',
  ' ',
  '5-й класс',
  'a=b',
  'e-mail: x@school.example',
  "'Вишнёвый сад'",
  "'",
  '"цитата"',
  // Seed 000 prints «нет значения» as a lone hyphen: a person must read «-», and no spreadsheet computes it.
  '-',
];

const LAYOUT: ColumnSpec<'key' | 'value'>[] = [
  { field: 'key', headers: ['Ключ'], required: true },
  { field: 'value', headers: ['Значение'], required: true },
];
const asBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const roundTrip = async (format: 'CSV' | 'XLSX', values: string[]) => {
  const rows = [['Ключ', 'Значение'], ...values.map((value, index) => [String(index + 1), value])];
  const bytes = format === 'CSV' ? writeCsv(rows) : await writeXlsx('Лист', rows);
  return (await readTable(format, asBase64(bytes), LAYOUT)).map((row) => row.values.value);
};

describe('neutraliseCell and restoreCell', () => {
  it.each(DANGEROUS)('quotes %j so no spreadsheet runs it, and restores it exactly', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
    expect(restoreCell(neutraliseCell(value))).toBe(value);
  });

  it.each(HARMLESS)('leaves %j alone both ways', (value) => {
    expect(neutraliseCell(value)).toBe(value);
    expect(restoreCell(value)).toBe(value);
  });

  it('adds one more quote to a value that already begins with quotes before a dangerous character, so the quote a person typed survives', () => {
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(restoreCell("''=x")).toBe("'=x");
    expect(neutraliseCell("''-5")).toBe("'''-5");
    expect(restoreCell("'''-5")).toBe("''-5");
  });

  it('reads a quote a person put before a dangerous value by hand as Excel does: text without the quote', () => {
    expect(restoreCell("'-5")).toBe('-5');
  });

  it('is an exact inverse for every string, and what it writes never begins with a dangerous character', () => {
    const text = fc.string({
      unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '＝', 'a', 'я', ' ', ';', '"'),
    });
    fc.assert(
      fc.property(text, (value) => {
        const cell = neutraliseCell(value);
        expect(restoreCell(cell)).toBe(value);
        if (cell !== '-') expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
      }),
    );
  });
});

describe('CSV export and import', () => {
  it('writes every dangerous cell with a leading quote', () => {
    const [, ...rows] = parseCsv(decodeCsv(writeCsv([['Значение'], ...DANGEROUS.map((value) => [value])])));
    expect(rows.map(([cell]) => cell)).toEqual(DANGEROUS.map((value) => `'${value}`));
  });

  it('reads back every dangerous and harmless value byte-exact', async () => {
    const values = [...DANGEROUS, ...HARMLESS.filter((value) => value.trim() === value), "'=x", 'a;b\r\nc "d"'];
    expect(await roundTrip('CSV', values)).toEqual(values);
  });

  it('writes UTF-8 with a BOM, semicolons and CRLF, quoting only cells that need it', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      writeCsv([
        ['ФИО', 'Компетенции'],
        ['Иванова Анна', 'Методика; ИКТ'],
        ['Петров', 'ООО "Ромашка"'],
      ]),
    );
    expect(text).toBe('\uFEFFФИО;Компетенции\r\nИванова Анна;"Методика; ИКТ"\r\nПетров;"ООО ""Ромашка"""\r\n');
  });

  it('reads Windows-1251 with semicolons, UTF-8 with commas, and a BOM, skipping blank lines', () => {
    const windows1251 = Uint8Array.from([
      0xc8, 0xcd, 0xcd, 0x3b, 0xd2, 0xe8, 0xef, 0x0d, 0x0a, 0x31, 0x3b, 0xf8, 0xea, 0xee, 0xeb, 0xe0,
    ]); // ИНН;Тип\r\n1;школа
    expect(parseCsv(decodeCsv(windows1251))).toEqual([
      ['ИНН', 'Тип'],
      ['1', 'школа'],
    ]);
    expect(
      parseCsv(
        decodeCsv(
          new TextEncoder().encode('\uFEFFИНН,Адрес\n1,"с. Знаменское, ул. Ленина; 1"\n\n,\n2,ООО "Ромашка"\n'),
        ),
      ),
    ).toEqual([
      ['ИНН', 'Адрес'],
      ['1', 'с. Знаменское, ул. Ленина; 1'],
      ['2', 'ООО "Ромашка"'],
    ]);
  });
});

describe('XLSX export and import', () => {
  it('writes every cell as a plain string beginning with a quote when dangerous, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(
        await writeXlsx('Лист', [['Значение'], ...DANGEROUS.map((value) => [value])]),
      ) as unknown as ArrayBuffer,
    );
    const cells = DANGEROUS.map((_, index) => workbook.worksheets[0]!.getCell(index + 2, 1));
    expect(cells.map((cell) => cell.type)).toEqual(DANGEROUS.map(() => ExcelJS.ValueType.String));
    expect(cells.map((cell) => cell.value)).toEqual(DANGEROUS.map((value) => `'${value}`));
  });

  it('reads back every dangerous and harmless value byte-exact, carriage returns and literal _x000D_ included', async () => {
    const values = [
      ...DANGEROUS,
      ...HARMLESS.filter((value) => value.trim() === value),
      "'=x",
      'строка\r\nвторая',
      'a_x000D_b',
    ];
    expect(await roundTrip('XLSX', values)).toEqual(values);
  });

  it('keeps numbers and yes/no as typed cells, never neutralising a negative number into text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(
        await writeXlsx('Лист', [
          ['a', 'b', 'c', 'd'],
          [-5, 32.3, true, null],
        ]),
      ) as unknown as ArrayBuffer,
    );
    const row = workbook.worksheets[0]!.getRow(2);
    expect([1, 2, 3, 4].map((column) => row.getCell(column).value)).toEqual([-5, 32.3, true, null]);
    const csv = new TextDecoder().decode(
      writeCsv([
        ['a', 'b', 'c', 'd', 'e'],
        [-5, 32.3, true, false, null],
      ]),
    );
    expect(csv).toBe('a;b;c;d;e\r\n-5;32,3;да;нет;\r\n');
  });

  it('cuts a text longer than an Excel cell holds, and says so', async () => {
    const [, row] = await readXlsx(await writeXlsx('Лист', [['Значение'], ['я'.repeat(40_000)]]));
    expect(row![0]!.length).toBe(32_767);
    expect(row![0]!.endsWith(' […]')).toBe(true);
  });

  it('keeps the raw neutralised cell for readers that want the file as written', async () => {
    const [, row] = await readXlsx(await writeXlsx('Лист', [['Значение'], ['=1+1']]));
    expect(row).toEqual(["'=1+1"]);
  });
});
