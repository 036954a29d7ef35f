import { issueToken, type Role, type TerritoryScope } from '@mentoring/platform/auth';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@mentoring/platform/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, readLibrary, type LibraryQuery } from '../src/modules/saved-queries/query-library.js';
import { analyticsSubgraph } from '../src/subgraph.js';

/*
 * Сохранённые запросы (saved queries) of the analysts' workbench, in-process over real HTTP and PostgreSQL: the
 * библиотека запросов loaded at start, read-only; save, list, update, delete with history; who sees what (own,
 * shared within the region, never another's PRIVATE); documents, operation names and variables checked with nothing
 * written when refused.
 */
let analytics: TestSubgraph;
beforeAll(async () => {
  // No demo data: saved queries read no other table, and the library loads at start whatever the data.
  analytics = await startTestSubgraph(analyticsSubgraph, { demoData: false });
});
afterAll(() => analytics?.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const as = (subject: string, role: Exclude<Role, 'PUBLIC'>, scope: TerritoryScope = {}) =>
  issueToken(analytics.tokens, { subject, role, scope });
const analystA = () => as('analyst-a', 'ANALYST', { regionCode: '67' });
const analystB = () => as('analyst-b', 'ANALYST', { regionCode: '67' });
const analystOther = () => as('analyst-c', 'ANALYST', { regionCode: '78' });
const nationA = () => as('analyst-n1', 'ANALYST');
const nationB = () => as('analyst-n2', 'ANALYST');

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];
const argumentOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['argument'];
const sql = <T extends object>(statement: string, params: unknown[] = []) =>
  analytics.orm.em.getConnection().execute<T[]>(statement, params);

/** Every row of the two tables, so a refused mutation can be shown to have changed nothing. */
async function fingerprint(): Promise<string> {
  const sums: string[] = [];
  for (const table of ['saved_query', 'saved_query_revision']) {
    const [row] = await sql<{ sum: string | null }>(
      `select md5(string_agg(t::text, '' order by t::text)) as sum from analytics.${table} t`,
    );
    sums.push(`${table}:${row?.sum ?? 'empty'}`);
  }
  return sums.join('|');
}

/** Refused with the code (and the argument, when given), and nothing changed. */
async function refused(code: string, run: () => Promise<GraphQLResponse>, argument?: string): Promise<GraphQLResponse> {
  const before = await fingerprint();
  const response = await run();
  expect(codeOf(response), JSON.stringify(response.errors)).toBe(code);
  if (argument) expect(argumentOf(response), JSON.stringify(response.errors)).toBe(argument);
  expect(response.errors![0]!.message.length).toBeGreaterThan(10);
  expect(await fingerprint()).toBe(before);
  return response;
}

const FIELDS = `id name description query operationName variables sharing origin author authorRole regionCode
  createdAt updatedAt version editable source
  history { version changedAt changedBy changedByRole action changedFields name description query operationName variables sharing }`;

interface Revision {
  version: number;
  changedAt: string;
  changedBy: string;
  changedByRole: string;
  action: string;
  changedFields: string[];
  name: string;
  sharing: string;
  variables: string;
}
interface Saved {
  id: string;
  name: string;
  description: string;
  query: string;
  operationName: string | null;
  variables: string;
  sharing: string;
  origin: string;
  author: string | null;
  authorRole: string | null;
  regionCode: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  editable: boolean;
  source: string | null;
  history: Revision[];
}

const SAVE = `mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: UUID!, $version: Int!, $changes: SavedQueryChanges!) {
  updateSavedQuery(id: $id, version: $version, changes: $changes) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: UUID!, $version: Int!) { deleteSavedQuery(id: $id, version: $version) }';
const ONE = `query ($id: UUID!) { savedQuery(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: SavedQueryFilter, $first: Int, $after: String) {
  savedQueries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name origin editable author } } } }`;

const DOCUMENT =
  'query Pairs($regionCode: String!) { statistics(measure: PAIRS, regionCode: $regionCode) { total { count } } }';

async function save(token: string, input: Record<string, unknown>): Promise<Saved> {
  const response = await analytics.query<{ saveQuery: Saved }>(SAVE, { input }, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.saveQuery;
}

interface Listed {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    cursor: string;
    node: { id: string; name: string; origin: string; editable: boolean; author: string | null };
  }[];
}
async function list(token: string | undefined, filter: Record<string, unknown> = {}, first = 100, after?: string) {
  const response = await analytics.query<{ savedQueries: Listed }>(LIST, { filter, first, after }, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.savedQueries;
}
const idsIn = (listed: Listed) => listed.edges.map((edge) => edge.node.id);

async function one(token: string, id: string): Promise<Saved | null> {
  const response = await analytics.query<{ savedQuery: Saved | null }>(ONE, { id }, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.savedQuery;
}

describe('the библиотека запросов', () => {
  const library = readLibrary();

  it('is loaded at start: one read-only LIBRARY row per entry of library.json, the same for every signed-in role', async () => {
    expect(library.length).toBeGreaterThan(0);
    const tokens = [
      await analystA(),
      await nationA(),
      await as('operator-67', 'REGIONAL_OPERATOR', { regionCode: '67' }),
      await as('coordinator', 'MUNICIPAL_COORDINATOR', { regionCode: '67', municipalityOktmo: '66701000' }),
      await as('curator', 'SCHOOL_CURATOR', {
        regionCode: '67',
        municipalityOktmo: '66701000',
        organizationId: UNKNOWN,
      }),
      await as('head', 'SCHOOL_HEAD', { regionCode: '67', municipalityOktmo: '66701000', organizationId: UNKNOWN }),
    ];
    for (const token of tokens) {
      const listed = await list(token, { origin: 'LIBRARY' });
      expect(listed.totalCount).toBe(library.length);
      expect(idsIn(listed).sort()).toEqual(library.map((query) => query.id).sort());
    }
    const [first] = library as [LibraryQuery];
    const row = (await one(await analystA(), first.id))!;
    expect(row).toMatchObject({
      name: first.name,
      query: first.query,
      operationName: first.operationName,
      origin: 'LIBRARY',
      sharing: 'TERRITORY',
      author: null,
      authorRole: null,
      regionCode: null,
      editable: false,
      source: first.source,
      history: [],
    });
    expect(JSON.parse(row.variables)).toEqual(JSON.parse(first.variables));
  });

  it('is read-only: changing or deleting a library query is FORBIDDEN with a hint to save a copy', async () => {
    const [first] = library as [LibraryQuery];
    const token = await analystA();
    const update = await refused('FORBIDDEN', () =>
      analytics.query(UPDATE, { id: first.id, version: 1, changes: { name: 'Моя версия' } }, token),
    );
    expect(update.errors![0]!.message).toMatch(/копию/);
    expect(update.errors![0]!.message).toMatch(/save a copy/);
    await refused('FORBIDDEN', () => analytics.query(DELETE, { id: first.id, version: 1 }, token));
  });

  it('loads idempotently: a second load changes nothing; a changed entry gets the next version, a gone slug is removed', async () => {
    const em = analytics.orm.em.fork();
    const before = await fingerprint();
    expect(await loadLibrary(em, library)).toEqual({ changed: 0, removed: 0 });
    expect(await fingerprint()).toBe(before);

    const [first, second, ...rest] = library as [LibraryQuery, LibraryQuery, ...LibraryQuery[]];
    const renamed = { ...first, name: `${first.name} (изменено)` };
    expect(await loadLibrary(em, [renamed, ...rest])).toEqual({ changed: 1, removed: 1 });
    const token = await nationA();
    expect(await one(token, second.id)).toBeNull();
    expect(await one(token, first.id)).toMatchObject({ name: renamed.name, version: 2 });

    expect(await loadLibrary(em, library)).toEqual({ changed: 2, removed: 0 });
    expect(await one(token, second.id)).toMatchObject({ name: second.name, origin: 'LIBRARY' });
    expect(await one(token, first.id)).toMatchObject({ name: first.name, version: 3 });
  });

  it('refuses a broken library with every problem named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'library-'));
    try {
      writeFileSync(join(dir, 'two-operations.graphql'), 'query A { a } query B { b }');
      writeFileSync(join(dir, 'sdl.graphql'), 'type Query { a: Int }');
      const entry = (slug: string) => ({
        slug,
        name: 'Запрос',
        description: '',
        source: 'seed 000',
        variables: {},
        file: `${slug}.graphql`,
      });
      writeFileSync(
        join(dir, 'library.json'),
        JSON.stringify([entry('two-operations'), entry('sdl'), entry('missing-file'), { ...entry('Bad Slug') }]),
      );
      expect(() => readLibrary(dir)).toThrow(
        /two-operations: .*exactly one named operation.*sdl: .*missing-file: missing-file.graphql is missing.*"Bad Slug"/,
      );
      rmSync(join(dir, 'library.json'));
      expect(readLibrary(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('saving, changing and deleting a saved query, with its history', () => {
  it('saves, lists, updates and deletes, each change a revision saying who changed what', async () => {
    const token = await analystA();
    const saved = await save(token, {
      name: '  Пары региона  ',
      description: 'Сколько пар в регионе',
      query: DOCUMENT,
      variables: '{"regionCode": "67"}',
    });
    expect(saved).toMatchObject({
      name: 'Пары региона',
      description: 'Сколько пар в регионе',
      query: DOCUMENT,
      operationName: null,
      variables: '{"regionCode": "67"}',
      sharing: 'PRIVATE',
      origin: 'OWN',
      author: 'analyst-a',
      authorRole: 'ANALYST',
      regionCode: '67',
      version: 1,
      editable: true,
      source: null,
    });
    expect(new Date(saved.createdAt).toISOString()).toBe(saved.createdAt);
    expect(saved.history).toEqual([
      expect.objectContaining({
        version: 1,
        action: 'CREATED',
        changedBy: 'analyst-a',
        changedByRole: 'ANALYST',
        changedFields: ['name', 'description', 'query', 'operationName', 'variables', 'sharing'],
        name: 'Пары региона',
      }),
    ]);
    expect(idsIn(await list(token, { origin: 'OWN' }))).toEqual([saved.id]);

    const updated = (
      await analytics.query<{ updateSavedQuery: Saved }>(
        UPDATE,
        {
          id: saved.id,
          version: 1,
          changes: { name: 'Пары Смоленской области', sharing: 'TERRITORY', operationName: 'Pairs' },
        },
        token,
      )
    ).data!.updateSavedQuery;
    expect(updated).toMatchObject({
      version: 2,
      sharing: 'TERRITORY',
      operationName: 'Pairs',
      description: saved.description,
    });
    expect(updated.history.map((revision) => [revision.version, revision.action, revision.changedFields])).toEqual([
      [1, 'CREATED', ['name', 'description', 'query', 'operationName', 'variables', 'sharing']],
      [2, 'UPDATED', ['name', 'operationName', 'sharing']],
    ]);
    expect(updated.history[1]).toMatchObject({
      changedBy: 'analyst-a',
      name: 'Пары Смоленской области',
      sharing: 'TERRITORY',
    });

    // The same values again: nothing written, the version stays.
    const same = await analytics.query<{ updateSavedQuery: Saved }>(
      UPDATE,
      { id: saved.id, version: 2, changes: { name: 'Пары Смоленской области' } },
      token,
    );
    expect(same.data!.updateSavedQuery.version).toBe(2);
    expect(same.data!.updateSavedQuery.history).toHaveLength(2);

    const stale = await refused('CONFLICT', () =>
      analytics.query(UPDATE, { id: saved.id, version: 1, changes: { name: 'Поздно' } }, token),
    );
    expect(stale.errors![0]!.extensions?.['currentVersion']).toBe(2);
    await refused('CONFLICT', () => analytics.query(DELETE, { id: saved.id, version: 1 }, token));

    const deleted = await analytics.query<{ deleteSavedQuery: string }>(DELETE, { id: saved.id, version: 2 }, token);
    expect(deleted.data!.deleteSavedQuery).toBe(saved.id);
    expect(await one(token, saved.id)).toBeNull();
    expect(idsIn(await list(token))).not.toContain(saved.id);
    await refused('NOT_FOUND', () => analytics.query(DELETE, { id: saved.id, version: 2 }, token));
    const revisions = await sql<{ version: number; action: string; changed_by: string; name: string }>(
      'select version, action, changed_by, name from analytics.saved_query_revision where saved_query_id = ? order by version',
      [saved.id],
    );
    expect(revisions).toEqual([
      { version: 1, action: 'CREATED', changed_by: 'analyst-a', name: 'Пары региона' },
      { version: 2, action: 'UPDATED', changed_by: 'analyst-a', name: 'Пары Смоленской области' },
      { version: 3, action: 'DELETED', changed_by: 'analyst-a', name: 'Пары Смоленской области' },
    ]);
  });

  it('keeps a document of several operations with the one to run, and clears operationName only when it may', async () => {
    const token = await analystA();
    const saved = await save(token, {
      name: 'Две операции',
      query: 'query First { a } query Second { b }',
      operationName: 'Second',
    });
    expect(saved.operationName).toBe('Second');
    await refused(
      'BAD_USER_INPUT',
      () => analytics.query(UPDATE, { id: saved.id, version: 1, changes: { operationName: null } }, token),
      'changes.operationName',
    );
    await refused(
      'BAD_USER_INPUT',
      () => analytics.query(UPDATE, { id: saved.id, version: 1, changes: { query: 'query Third { c }' } }, token),
      'changes.operationName',
    );
    const single = await analytics.query<{ updateSavedQuery: Saved }>(
      UPDATE,
      { id: saved.id, version: 1, changes: { query: '{ c }', operationName: null } },
      token,
    );
    expect(single.data!.updateSavedQuery).toMatchObject({ query: '{ c }', operationName: null, version: 2 });
    await analytics.query(DELETE, { id: saved.id, version: 2 }, token);
  });
});

describe('who sees a saved query', () => {
  let privateId: string;
  let sharedId: string;
  let nationId: string;
  beforeAll(async () => {
    privateId = (await save(await analystA(), { name: 'Личный запрос А', query: DOCUMENT })).id;
    sharedId = (
      await save(await analystA(), {
        name: 'Общий запрос А',
        description: 'Для коллег региона',
        query: DOCUMENT,
        sharing: 'TERRITORY',
      })
    ).id;
    nationId = (await save(await nationA(), { name: 'Общий запрос страны', query: DOCUMENT, sharing: 'TERRITORY' })).id;
  });

  it('shows another analyst of the region the shared query, as SHARED and not editable, never the PRIVATE one', async () => {
    const token = await analystB();
    const listed = await list(token, { origin: 'SHARED' });
    expect(idsIn(listed)).toEqual([sharedId]);
    expect(listed.edges[0]!.node).toMatchObject({ origin: 'SHARED', editable: false, author: 'analyst-a' });
    expect(idsIn(await list(token))).not.toContain(privateId);
    expect(await one(token, privateId)).toBeNull();
    expect((await one(token, sharedId))!.history).toHaveLength(1);
    expect(await list(token, { origin: 'OWN' })).toMatchObject({ totalCount: 0 });
  });

  it('shows others only the history made while the query was shared: what was private stays private', async () => {
    const author = await analystA();
    const secret = await save(author, { name: 'Был личным', description: 'пароль от базы: hunter2', query: DOCUMENT });
    await analytics.query(
      UPDATE,
      { id: secret.id, version: 1, changes: { description: 'Теперь общий', sharing: 'TERRITORY' } },
      author,
    );
    const theirs = (await one(await analystB(), secret.id))!.history as { version: number }[];
    expect(theirs.map((revision) => revision.version)).toEqual([2]);
    expect(JSON.stringify(theirs)).not.toContain('hunter2');
    expect(((await one(author, secret.id))!.history as unknown[]).length).toBe(2);
    await analytics.query(DELETE, { id: secret.id, version: 2 }, author);
  });

  it('refuses another user’s changes: FORBIDDEN for a shared query, NOT_FOUND for a PRIVATE one (as an id nobody has)', async () => {
    const token = await analystB();
    const shared = await refused('FORBIDDEN', () =>
      analytics.query(UPDATE, { id: sharedId, version: 1, changes: { name: 'Чужое' } }, token),
    );
    expect(shared.errors![0]!.message).toMatch(/автор/);
    await refused('FORBIDDEN', () => analytics.query(DELETE, { id: sharedId, version: 1 }, token));
    const hidden = await refused('NOT_FOUND', () =>
      analytics.query(UPDATE, { id: privateId, version: 1, changes: { name: 'Чужое' } }, token),
    );
    const unknown = await refused('NOT_FOUND', () =>
      analytics.query(UPDATE, { id: UNKNOWN, version: 1, changes: { name: 'Чужое' } }, token),
    );
    expect(hidden.errors![0]!.message.replaceAll(privateId, 'ID')).toBe(
      unknown.errors![0]!.message.replaceAll(UNKNOWN, 'ID'),
    );
    await refused('NOT_FOUND', () => analytics.query(DELETE, { id: privateId, version: 1 }, token));
  });

  it('shows an analyst of another region neither query, and nation-wide analysts only what nation-wide analysts share', async () => {
    const other = await analystOther();
    expect(await list(other, { origin: 'SHARED' })).toMatchObject({ totalCount: 0 });
    expect(await one(other, sharedId)).toBeNull();
    expect(await one(other, nationId)).toBeNull();
    expect(idsIn(await list(await nationB(), { origin: 'SHARED' }))).toEqual([nationId]);
    expect(idsIn(await list(await analystB(), { origin: 'SHARED' }))).not.toContain(nationId);
  });

  it('keeps the same subject in another role apart: own means the same subject and role', async () => {
    const operator = await as('analyst-a', 'REGIONAL_OPERATOR', { regionCode: '67' });
    expect(await one(operator, privateId)).toBeNull();
    expect((await one(operator, sharedId))!).toMatchObject({ origin: 'SHARED', editable: false });
  });

  it('searches names and descriptions case-insensitively, pages with cursors', async () => {
    const token = await analystB();
    expect(idsIn(await list(token, { search: 'для КОЛЛЕГ' }))).toEqual([sharedId]);
    expect(idsIn(await list(token, { search: 'ОБЩИЙ запрос а' }))).toEqual([sharedId]);
    expect(await list(token, { search: '100%_' })).toMatchObject({ totalCount: 0 });
    const all = await list(token);
    const first = await list(token, {}, 1);
    expect(first.totalCount).toBe(all.totalCount);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(token, {}, 1, first.pageInfo.endCursor!);
    expect(idsIn(second)).toEqual([idsIn(all)[1]]);
  });

  it('reads the history of a page of queries in one statement', async () => {
    const token = await analystA();
    const statements = await analytics.sql.during(() =>
      analytics.query('{ savedQueries(first: 20) { edges { node { id history { version } } } } }', {}, token),
    );
    expect(statements.filter((statement) => /saved_query_revision/.test(statement))).toHaveLength(1);
  });
});

describe('refused input changes nothing', () => {
  const input = (changes: Record<string, unknown>) => ({ name: 'Проверка', query: DOCUMENT, ...changes });
  const saveAs = async (changes: Record<string, unknown>) =>
    analytics.query(SAVE, { input: input(changes) }, await analystA());

  it.each([
    ['a document that does not parse', { query: 'query { statistics(' }, 'input.query'],
    ['plain words', { query: 'Сколько пар в регионе?' }, 'input.query'],
    ['an empty document', { query: '   ' }, 'input.query'],
    ['type definitions', { query: 'type Query { a: Int } query A { a }' }, 'input.query'],
    ['fragments only', { query: 'fragment F on Query { a }' }, 'input.query'],
    ['an anonymous operation beside another', { query: '{ a } query B { b }', operationName: 'B' }, 'input.query'],
    ['two operations of one name', { query: 'query A { a } query A { b }', operationName: 'A' }, 'input.query'],
    ['several operations without operationName', { query: 'query A { a } query B { b }' }, 'input.operationName'],
    ['an operationName the document lacks', { operationName: 'Missing' }, 'input.operationName'],
    ['variables that are not JSON', { variables: '{regionCode: 67}' }, 'input.variables'],
    ['variables that are an array', { variables: '[1, 2]' }, 'input.variables'],
    ['variables that are null', { variables: 'null' }, 'input.variables'],
    ['a query over 20000 characters', { query: `{ a }${' '.repeat(20_000)}` }, 'input.query'],
    ['a NUL character', { name: 'Про\u0000верка' }, 'input.name'],
    ['a mutation, which others would run in their own name', { query: 'mutation M { a }' }, 'input.query'],
    ['a mutation beside a query', { query: 'query Q { a } mutation M { b }', operationName: 'Q' }, 'input.query'],
    ['a subscription', { query: 'subscription S { a }' }, 'input.query'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_label, changes, argument) => {
    await refused('BAD_USER_INPUT', () => saveAs(changes), argument);
  });

  it('refuses a blank name, a name that is not one line of plain text, a malformed id and a made-up cursor', async () => {
    await refused('BAD_USER_INPUT', () => saveAs({ name: ' \u200b ' }));
    for (const name of ['Отчёт\nвторая строка', 'Отчёт \u202Egpj.exe', 'Отчёт\u2028второй', 'Отчёт\u001b[31m'])
      await refused('BAD_USER_INPUT', () => saveAs({ name }));
    const token = await analystA();
    await refused('BAD_USER_INPUT', () => analytics.query(ONE, { id: 'x' }, token));
    await refused('BAD_USER_INPUT', () => analytics.query(DELETE, { id: "' or 1=1 --", version: 1 }, token));
    const garbage = await analytics.query(LIST, { after: 'garbage' }, token);
    expect(codeOf(garbage)).toBe('BAD_USER_INPUT');
    expect(argumentOf(garbage)).toBe('after');
  });

  it('gives PUBLIC and EXTERNAL_SYSTEM nothing', async () => {
    const system = await as('neighbour', 'EXTERNAL_SYSTEM', { regionCode: '67' });
    for (const token of [undefined, system]) {
      expect(codeOf(await analytics.query(LIST, {}, token))).toBe('FORBIDDEN');
      expect(codeOf(await analytics.query(ONE, { id: UNKNOWN }, token))).toBe('FORBIDDEN');
      await refused('FORBIDDEN', () => analytics.query(SAVE, { input: input({}) }, token));
      await refused('FORBIDDEN', () => analytics.query(DELETE, { id: UNKNOWN, version: 1 }, token));
    }
  });
});
