import { assertCursor } from '@mentoring/platform/pagination';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationSchema } from '../src/modules/organizations/organization.entity.js';
import { PersonSchema } from '../src/modules/people/person.entity.js';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ORGANIZATIONS =
  'query ($after: String) { organizations(first: 2, after: $after) { edges { node { shortName } } pageInfo { endCursor } } }';

describe('cursors', () => {
  it('pages on with a cursor the list issued', async () => {
    const first = await registry.query<{ organizations: { pageInfo: { endCursor: string } } }>(ORGANIZATIONS);
    const next = await registry.query(ORGANIZATIONS, { after: first.data!.organizations.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['base64 that is not JSON', Buffer.from('garbage').toString('base64url')],
    ['an object', cursorOf({ shortName: 'A', id: '0f8fad5b-d9cb-469f-a165-70867728950e' })],
    ['too few values', cursorOf(['МБОУ'])],
    ['too many values (another list’s cursor)', cursorOf(['Иванова', 'Мария', '0f8fad5b-d9cb-469f-a165-70867728950e'])],
    ['a number for the name', cursorOf([42, '0f8fad5b-d9cb-469f-a165-70867728950e'])],
    ['a non-UUID for the id', cursorOf(['МБОУ', 'x'])],
    ['null for a required key', cursorOf([null, '0f8fad5b-d9cb-469f-a165-70867728950e'])],
    ['a NUL character', cursorOf(['МБОУ\u0000', '0f8fad5b-d9cb-469f-a165-70867728950e'])],
  ])('refuses %s as BAD_USER_INPUT naming after', async (_, after) => {
    const response = await registry.query(ORGANIZATIONS, { after });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('checks each value against the column it stands for', () => {
    const meta = registry.orm.em.getMetadata(OrganizationSchema);
    const check = (value: unknown[], orderBy: Record<string, 'asc'>) => {
      try {
        assertCursor(meta, orderBy, cursorOf(value));
        return 'accepted';
      } catch (error) {
        return error instanceof GraphQLError ? error.extensions['code'] : error;
      }
    };
    expect(check([7, '0f8fad5b-d9cb-469f-a165-70867728950e'], { version: 'asc', id: 'asc' })).toBe('accepted');
    expect(check([2 ** 31, '0f8fad5b-d9cb-469f-a165-70867728950e'], { version: 'asc', id: 'asc' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(check(['Адрес', '0f8fad5b-d9cb-469f-a165-70867728950e'], { address: 'asc', id: 'asc' })).toBe('accepted');
    expect(check([null, '0f8fad5b-d9cb-469f-a165-70867728950e'], { address: 'asc', id: 'asc' })).toBe('accepted');
  });

  it('refuses a date a stored row cannot have (year 0, 99999) for a date column, and takes an ordinary one', () => {
    const meta = registry.orm.em.getMetadata(PersonSchema);
    const check = (day: string) => {
      try {
        assertCursor(meta, { birthDate: 'asc', id: 'asc' }, cursorOf([day, '0f8fad5b-d9cb-469f-a165-70867728950e']));
        return 'accepted';
      } catch (error) {
        return error instanceof GraphQLError ? error.extensions['code'] : error;
      }
    };
    expect(check('1990-01-01')).toBe('accepted');
    expect(check('0000-01-01')).toBe('BAD_USER_INPUT');
    expect(check('99999-01-01')).toBe('BAD_USER_INPUT');
  });
});

describe('ids and dates the registry refuses before any resolver runs', () => {
  it('answers a malformed id or date, as a literal or a variable, with BAD_USER_INPUT in a 200 answer the gateway passes on', async () => {
    const literal = await registry.query('{ person(id: "42") { id } }');
    expect(literal.status).toBe(200);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const variable = await registry.query('query ($id: UUID!) { person(id: $id) { id } }', { id: '42' });
    expect(variable.status).toBe(200);
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(variable.errors?.[0]?.message).toContain('"$id"');
    const date = await registry.query('{ region(code: "67") { appointments(activeOn: "2024-02-30") { id } } }');
    expect(date.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('the database holds the text maxima too', () => {
  it('refuses an organization name over 500 characters and a tag over 100, even from SQL', async () => {
    const sql = (statement: string) => registry.orm.em.getConnection().execute(statement);
    await expect(
      sql(
        `update registry.organization set name = repeat('я', 501) where inn = (select min(inn) from registry.organization)`,
      ),
    ).rejects.toThrow(/organization_name_length/);
    await expect(
      sql(
        `update registry.organization set tags = array[repeat('я', 101)] where inn = (select min(inn) from registry.organization)`,
      ),
    ).rejects.toThrow(/organization_tags_length/);
  });
});

describe('forged entity references', () => {
  it.each([
    ['an id that is not a UUID', { __typename: 'Organization', id: 'x' }],
    ['a NUL in a key text', { __typename: 'Organization', inn: '67\u00000000000' }],
    ['a lone surrogate in a key text', { __typename: 'Region', code: '\ud800' }],
    ['a 100,000-character key', { __typename: 'Municipality', oktmo: '6'.repeat(100_000) }],
    ['a type the subgraph does not have', { __typename: 'Nothing', id: '0f8fad5b-d9cb-469f-a165-70867728950e' }],
    ['a person id that is not a UUID', { __typename: 'Person', id: "' or 1=1 --" }],
    ['a person without an id', { __typename: 'Person' }],
    ['a null id', { __typename: 'Person', id: null }],
    ['a number for a text key', { __typename: 'Organization', inn: 5 }],
    ['an introspection type', { __typename: '__Schema' }],
  ])('answers %s as an absent entity, beside a well-formed one, never an internal error', async (_, forged) => {
    const token = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const response = await registry.entities<{ __typename: string } | null>(
      [forged, { __typename: 'Region', code: '67' }],
      '... on Organization { id } ... on Region { name } ... on Municipality { id } ... on Person { id }',
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([null, { name: 'Смоленская область' }]);
  });
});

describe('access-log cursors', () => {
  const uuid = '00f33abc-7d93-5f7b-ae9c-bc8d1cfc50ff';
  it.each([
    ['an impossible day', ['2024-02-30T00:00:00.000Z', uuid]],
    ['year 0', ['0000-01-01T00:00:00.000Z', uuid]],
    ['an impossible time', ['2026-11-22T99:99:99Z', uuid]],
    ['a word for the time', ['x', uuid]],
    ['a non-UUID id', ['2026-10-01T00:00:00.000Z', 'ZZZ']],
    ['a NUL', ['a\u0000', uuid]],
    ['a lone surrogate', ['\ud800', uuid]],
    ['a date without time', ['2026-10-01', uuid]],
  ])('refuses %s as BAD_USER_INPUT naming after', async (_, value) => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const response = await registry.query(
      'query ($after: String) { personalDataReads(first: 2, after: $after) { totalCount } }',
      { after: cursorOf(value) },
      operator,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
