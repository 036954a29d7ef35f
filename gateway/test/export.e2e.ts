import { randomUUID } from 'node:crypto';
import { federationClient } from '@mentoring/platform/testing';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessLogRows } from './access-log.js';

/*
 * Results to spreadsheets (POST /export): any query's answer as CSV or XLSX, flattened by the README's rule, run
 * through the same pipeline as a GraphQL request — limits, access rules, the subgraphs' log of personal-data reads.
 */
const federation = federationClient();
const database = new pg.Client({ connectionString: inject('federationDatabaseUrl') });
/** Token subjects of the saved queries these tests write, removed with their history afterwards. */
const AUTHORS = ['e2e-export-author', 'e2e-export-neighbour'];
beforeAll(() => database.connect());
afterAll(async () => {
  await database.query(
    `delete from analytics.saved_query_revision where changed_by = any($1::text[])
        or saved_query_id in (select id from analytics.saved_query where author = any($1::text[]))`,
    [AUTHORS],
  );
  await database.query('delete from analytics.saved_query where author = any($1::text[])', [AUTHORS]);
  await database.end();
});

const exportFile = (body: unknown, token?: string) =>
  fetch(new URL('/export', federation.gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const workbookOf = async (response: Response) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
};

const MUNICIPALITIES = `query MunicipalitiesWithOrganizations($code: String!) {
  region(code: $code) {
    name
    municipalities(first: 100) {
      totalCount
      edges { node { oktmo name organizations(first: 3) { totalCount edges { node { inn shortName } } } } }
    }
  }
}`;

describe('export of a query’s result', () => {
  it('writes one row per leaf list element with columns by path, numbers as numbers, and says what was run', async () => {
    const token = await federation.tokenFor('ANALYST', { regionCode: '67' });
    const answer = await federation.query<{
      region: {
        municipalities: { edges: { node: { organizations: { edges: unknown[] } } }[] };
      };
    }>(MUNICIPALITIES, { token, variables: { code: '67' } });
    expect(answer.errors).toBeUndefined();
    const leafRows = answer.data!.region.municipalities.edges.reduce(
      (sum, { node }) => sum + Math.max(1, node.organizations.edges.length),
      0,
    );

    const response = await exportFile({ format: 'XLSX', query: MUNICIPALITIES, variables: { code: '67' } }, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="MunicipalitiesWithOrganizations \d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Результат', 'Запрос']);
    const result = workbook.getWorksheet('Результат')!;
    const header = (result.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'region.name',
      'region.municipalities.totalCount',
      'region.municipalities.edges.node.oktmo',
      'region.municipalities.edges.node.name',
      'region.municipalities.edges.node.organizations.totalCount',
      'region.municipalities.edges.node.organizations.edges.node.inn',
      'region.municipalities.edges.node.organizations.edges.node.shortName',
    ]);
    expect(result.rowCount - 1).toBe(leafRows);
    expect(response.headers.get('x-export-rows')).toBe(String(leafRows));
    expect(result.getRow(2).getCell(1).value).toBe('Смоленская область');
    expect(typeof result.getRow(2).getCell(2).value).toBe('number');
    const aboutSheet = workbook.getWorksheet('Запрос')!;
    const facts = new Map<string, unknown>();
    aboutSheet.eachRow((row) => facts.set(row.getCell(1).text, row.getCell(2).value));
    expect(facts.get('Роль')).toBe('Аналитик (ANALYST)');
    expect(facts.get('Территория')).toBe('67');
    expect(facts.get('Текст запроса')).toBe(MUNICIPALITIES);
    expect(JSON.parse(String(facts.get('Переменные')))).toEqual({ code: '67' });
  });

  it('writes CSV for Russian Excel: BOM, semicolons, the same rows', async () => {
    const token = await federation.tokenFor('ANALYST', { regionCode: '67' });
    const response = await exportFile({ format: 'csv', query: MUNICIPALITIES, variables: { code: '67' } }, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'region.name;region.municipalities.totalCount;region.municipalities.edges.node.oktmo;region.municipalities.edges.node.name;region.municipalities.edges.node.organizations.totalCount;region.municipalities.edges.node.organizations.edges.node.inn;region.municipalities.edges.node.organizations.edges.node.shortName',
    );
    expect(lines.length - 1).toBe(Number(response.headers.get('x-export-rows')));
  });

  it('logs every person the export reads, as a GraphQL read of the same query is logged', async () => {
    const subject = `e2e-export-${randomUUID()}`;
    const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }, subject);
    const query = '{ people(first: 5) { edges { node { id lastName firstName } } } }';
    const read = await federation.query<{ people: { edges: unknown[] } }>(query, { token });
    expect(read.errors).toBeUndefined();
    const perRead = await accessLogRows(database, subject);
    expect(perRead).toBeGreaterThan(0);
    const response = await exportFile({ format: 'XLSX', query }, token);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('x-export-rows'))).toBe(read.data!.people.edges.length);
    expect(await accessLogRows(database, subject)).toBe(perRead * 2);
  });

  it('keeps the role’s access rules and limits: an analyst gets no names, an over-budget query is refused with its costliest part', async () => {
    const token = await federation.tokenFor('ANALYST', { regionCode: '67' });
    const names = await exportFile(
      { format: 'XLSX', query: '{ people(first: 2) { edges { node { lastName } } } }' },
      token,
    );
    const workbook = await workbookOf(names);
    expect(names.headers.get('x-export-errors')).not.toBeNull();
    const errors = workbook.getWorksheet('Ошибки')!;
    expect(errors.getRow(2).getCell(2).text).toBe('FORBIDDEN');
    const costly = await exportFile(
      {
        format: 'CSV',
        query:
          '{ regions(first: 100) { edges { node { municipalities(first: 100) { edges { node { organizations(first: 100) { totalCount } } } } } } } }',
      },
      token,
    );
    expect(costly.status).toBe(400);
    const body = (await costly.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    expect(body.errors[0]?.message).toContain('regions.edges.node.municipalities');
  });

  it('refuses a partial answer as CSV rather than pass it off as whole', async () => {
    const token = await federation.tokenFor('ANALYST', { regionCode: '67' });
    const response = await exportFile(
      { format: 'CSV', query: '{ people(first: 2) { edges { node { lastName } } } }' },
      token,
    );
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain('XLSX');
  });

  it('answers a query that came back with nothing but errors with those errors, in either format', async () => {
    const token = await federation.tokenFor('ANALYST', { regionCode: '67' });
    for (const format of ['CSV', 'XLSX']) {
      const response = await exportFile(
        { format, query: 'query ($id: UUID!) { person(id: $id) { id } }', variables: { id: 'zz' } },
        token,
      );
      expect(response.status, format).toBe(422);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code, format).toBe('BAD_USER_INPUT');
      expect(body.errors[0]?.message, format).not.toContain('CSV');
    }
  });

  it('exports only queries: a mutation is refused before anything runs', async () => {
    const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const name = `Выгрузка-${randomUUID()}`;
    const response = await exportFile(
      {
        format: 'XLSX',
        query: `mutation { createOrganization(input: { inn: "6732000017", name: "${name}", shortName: "${name}", kind: GENERAL_EDUCATION, municipalityOktmo: "66701000" }) { id } }`,
      },
      token,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('query') },
    });
    const after = await federation.query<{ organizations: { totalCount: number } }>(
      'query ($name: String) { organizations(first: 1, filter: { nameContains: $name }) { totalCount } }',
      { token, variables: { name } },
    );
    expect(after.data?.organizations.totalCount).toBe(0);
  });

  it('exports a saved query by its id as the viewer may read it, the body’s variables over the saved ones', async () => {
    const author = await federation.tokenFor('ANALYST', { regionCode: '67' }, AUTHORS[0]);
    const saved = await federation.query<{ saveQuery: { id: string } }>(
      `mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { id } }`,
      {
        token: author,
        variables: {
          input: {
            name: '=Муниципалитеты региона',
            query: MUNICIPALITIES,
            variables: JSON.stringify({ code: '00' }),
            sharing: 'PRIVATE',
          },
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const savedQueryId = saved.data!.saveQuery.id;
    const response = await exportFile({ format: 'XLSX', savedQueryId, variables: { code: '67' } }, author);
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      "filename*=UTF-8''=Муниципалитеты региона ",
    );
    const workbook = await workbookOf(response);
    expect(workbook.getWorksheet('Результат')!.getRow(2).getCell(1).text).toBe('Смоленская область');
    // The saved name is text, never a formula, in the file that says what was run.
    expect(workbook.getWorksheet('Запрос')!.getRow(2).getCell(2).value).toBe("'=Муниципалитеты региона");
    // Another region's analyst cannot read the private query, so cannot export it either.
    const neighbour = await federation.tokenFor('ANALYST', { regionCode: '57' }, AUTHORS[1]);
    const refused = await exportFile({ format: 'XLSX', savedQueryId }, neighbour);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('refuses bad requests with a code and a message a person understands', async () => {
    const token = await federation.tokenFor('ANALYST', { regionCode: '67' });
    const cases: [unknown, number, string][] = [
      [{ format: 'XLSX', query: '{ regions { totalCount } }' }, 401, 'UNAUTHENTICATED'],
      ['{"format": "XLSX", "query": ', 400, 'BAD_USER_INPUT'],
      [[1, 2], 400, 'BAD_USER_INPUT'],
      [{ format: 'PDF', query: '{ regions { totalCount } }' }, 400, 'BAD_USER_INPUT'],
      [{ format: 'XLSX' }, 400, 'BAD_USER_INPUT'],
      [{ format: 'XLSX', query: '{ regions { totalCount } }', savedQueryId: randomUUID() }, 400, 'BAD_USER_INPUT'],
      [{ format: 'XLSX', savedQueryId: '../../etc/passwd' }, 400, 'BAD_USER_INPUT'],
      [{ format: 'XLSX', query: '{ regions { totalCount } }', variables: [1] }, 400, 'BAD_USER_INPUT'],
      [{ format: 'XLSX', query: '{ regions \u0000 { totalCount } }' }, 400, 'BAD_USER_INPUT'],
      [
        { format: 'XLSX', query: 'query A { regions { totalCount } } query B { regions { totalCount } }' },
        400,
        'BAD_USER_INPUT',
      ],
      [{ format: 'XLSX', query: '{ regions { totalCount } }', extra: 1 }, 400, 'BAD_USER_INPUT'],
      // Nested deeper than JSON.stringify can write here: sent as text.
      [
        `{"format": "XLSX", "query": "{ regions { totalCount } }", "variables": {"a": ${'['.repeat(5_000)}${']'.repeat(5_000)}}}`,
        400,
        'BAD_USER_INPUT',
      ],
      [{ format: 'XLSX', query: `{ regions { totalCount } } # ${'я'.repeat(60_000)}` }, 400, 'BAD_USER_INPUT'],
    ];
    for (const [body, status, code] of cases) {
      const response = await exportFile(body, status === 401 ? undefined : token);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      const answer = (await response.json()) as { error?: { code: string; message: string }; errors?: unknown[] };
      expect(answer.error?.code, JSON.stringify(body).slice(0, 80)).toBe(code);
      expect(answer.error?.message.length).toBeGreaterThan(10);
    }
    const wrongType = await exportFile({ format: 'XLSX', query: '{ nosuchfield }' }, token);
    expect(wrongType.status).toBe(400);
    expect(((await wrongType.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    const get = await fetch(new URL('/export', federation.gatewayUrl), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(get.status).toBe(405);
  });
});
