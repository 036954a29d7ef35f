import { federationClient, type GraphQLResponse } from '@mentoring/platform/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * Сохранённые запросы through the gateway, as the analysts' workbench sends them: the библиотека запросов for every
 * signed-in role, a query saved by one analyst and shared within region 67, seen by a colleague of the region, not by
 * an analyst of region 78, never its PRIVATE sibling; who changed what in its history; anonymous clients refused.
 * The end-to-end files share one federation: what this file writes is removed after it, revisions included.
 */
const federation = federationClient();
const database = new pg.Client({ connectionString: inject('federationDatabaseUrl') });
const AUTHORS = ['e2e-saved-analyst-a', 'e2e-saved-analyst-b', 'e2e-saved-analyst-c'];
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

beforeAll(async () => {
  await database.connect();
});
afterAll(async () => {
  try {
    await database.query('begin');
    await database.query(
      `delete from analytics.saved_query_revision where changed_by = any($1::text[])
          or saved_query_id in (select id from analytics.saved_query where author = any($1::text[]))`,
      [AUTHORS],
    );
    await database.query('delete from analytics.saved_query where author = any($1::text[])', [AUTHORS]);
    await database.query('commit');
  } finally {
    await database.end();
  }
});

const SAVE = `mutation Save($input: SaveQueryInput!) { saveQuery(input: $input) { id version origin editable regionCode } }`;
const ONE = `query One($id: UUID!) { savedQuery(id: $id) { id name origin editable author
  history { version action changedBy changedByRole changedFields } } }`;
const SHARED = `{ savedQueries(filter: { origin: SHARED }, first: 100) { totalCount edges { node { id } } } }`;
const DOCUMENT =
  'query Pairs($regionCode: String!) { statistics(measure: PAIRS, regionCode: $regionCode) { total { count } } }';

describe('saved queries through the gateway', () => {
  it('shares within the region, hides PRIVATE queries and records who changed what', async () => {
    const a = await federation.tokenFor('ANALYST', { regionCode: '67' }, AUTHORS[0]);
    const b = await federation.tokenFor('ANALYST', { regionCode: '67' }, AUTHORS[1]);
    const c = await federation.tokenFor('ANALYST', { regionCode: '78' }, AUTHORS[2]);

    const library = await federation.query<{ savedQueries: { totalCount: number } }>(
      '{ savedQueries(filter: { origin: LIBRARY }) { totalCount } }',
      { token: c },
    );
    expect(library.errors).toBeUndefined();
    expect(library.data!.savedQueries.totalCount).toBeGreaterThan(0);

    const save = async (input: Record<string, unknown>) => {
      const response = await federation.query<{ saveQuery: { id: string; version: number; regionCode: string } }>(
        SAVE,
        { token: a, variables: { input: { query: DOCUMENT, variables: '{"regionCode": "67"}', ...input } } },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.saveQuery;
    };
    const shared = await save({ name: 'Пары региона (e2e)', sharing: 'TERRITORY' });
    const hidden = await save({ name: 'Личный запрос (e2e)' });
    expect(shared.regionCode).toBe('67');

    const updated = await federation.query(
      'mutation Update($id: UUID!) { updateSavedQuery(id: $id, version: 1, changes: { description: "Для коллег" }) { version } }',
      { token: a, variables: { id: shared.id } },
    );
    expect(updated.data).toEqual({ updateSavedQuery: { version: 2 } });

    const seen = await federation.query<{
      savedQuery: { origin: string; editable: boolean; history: { action: string; changedFields: string[] }[] };
    }>(ONE, { token: b, variables: { id: shared.id } });
    expect(seen.data!.savedQuery).toMatchObject({ origin: 'SHARED', editable: false, author: AUTHORS[0] });
    expect(seen.data!.savedQuery.history).toEqual([
      expect.objectContaining({ version: 1, action: 'CREATED', changedBy: AUTHORS[0], changedByRole: 'ANALYST' }),
      expect.objectContaining({ version: 2, action: 'UPDATED', changedFields: ['description'] }),
    ]);
    const colleague = await federation.query<{ savedQueries: { edges: { node: { id: string } }[] } }>(SHARED, {
      token: b,
    });
    const ids = colleague.data!.savedQueries.edges.map((edge) => edge.node.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(hidden.id);
    expect((await federation.query(ONE, { token: b, variables: { id: hidden.id } })).data).toEqual({
      savedQuery: null,
    });
    const stranger = await federation.query<{ savedQueries: { edges: { node: { id: string } }[] } }>(SHARED, {
      token: c,
    });
    expect(stranger.data!.savedQueries.edges.map((edge) => edge.node.id)).not.toContain(shared.id);

    const foreign = await federation.query('mutation Delete($id: UUID!) { deleteSavedQuery(id: $id, version: 2) }', {
      token: b,
      variables: { id: shared.id },
    });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const stale = await federation.query('mutation Delete($id: UUID!) { deleteSavedQuery(id: $id, version: 1) }', {
      token: a,
      variables: { id: shared.id },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const deleted = await federation.query('mutation Delete($id: UUID!) { deleteSavedQuery(id: $id, version: 2) }', {
      token: a,
      variables: { id: shared.id },
    });
    expect(deleted.data).toEqual({ deleteSavedQuery: shared.id });
    expect((await federation.query(ONE, { token: a, variables: { id: shared.id } })).data).toEqual({
      savedQuery: null,
    });
  });

  it('refuses a document that does not parse, with its code, and anonymous clients altogether', async () => {
    const a = await federation.tokenFor('ANALYST', { regionCode: '67' }, AUTHORS[0]);
    const bad = await federation.query(SAVE, {
      token: a,
      variables: { input: { name: 'Сломанный (e2e)', query: 'query { statistics(' } },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions?.['argument']).toBe('input.query');
    const anonymous = await federation.query('{ savedQueries { totalCount } }');
    expect(anonymous.status).toBe(403);
    expect(codeOf(anonymous)).toBe('FORBIDDEN');
  });
});
