import { buildSchema, graphql, GraphQLError, parseValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, UuidScalar } from '../src/graphql/scalars.js';
import { pageSize } from '../src/pagination.js';
import { DEFAULT_MAX_LENGTH, enforceArgumentLimits, textProblem } from '../src/server/argument-limits.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions['code'] : 'not a GraphQL error';
  }
  return 'accepted';
};

describe('the UUID scalar', () => {
  it('accepts the ids the platform makes, in lower case', () => {
    expect(UuidScalar.parseValue('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(UuidScalar.parseLiteral(parseValue('"0f8fad5b-d9cb-469f-a165-70867728950e"'))).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
  });

  it.each([
    'x',
    '',
    '0f8fad5b-d9cb-469f-a165-70867728950',
    '0f8fad5bd9cb469fa16570867728950e',
    '{0f8fad5b-d9cb-469f-a165-70867728950e}',
    '0f8fad5b-d9cb-469f-a165-70867728950g',
    '0f8fad5b-d9cb-469f-a165-70867728950e\u0000',
    "' or 1=1 --",
    42,
    null,
  ])('refuses %j as BAD_USER_INPUT', (value) => {
    expect(codeOf(() => UuidScalar.parseValue(value))).toBe('BAD_USER_INPUT');
  });

  it('refuses a literal that is not a string', () => {
    expect(codeOf(() => UuidScalar.parseLiteral(parseValue('42')))).toBe('BAD_USER_INPUT');
  });
});

describe('the Date scalar', () => {
  it.each(['2024-02-29', '1900-01-01', '2100-12-31', '2022-12-15'])('accepts %s', (value) => {
    expect(DateScalar.parseValue(value)).toBe(value);
    expect(DateScalar.parseLiteral(parseValue(JSON.stringify(value)))).toBe(value);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '0000-01-01',
    '99999-01-01',
    '1899-12-31',
    '2101-01-01',
    '2024-1-1',
    '2024-02-10T00:00:00Z',
    '',
  ])('refuses %s in variables and literals as BAD_USER_INPUT', (value) => {
    expect(codeOf(() => DateScalar.parseValue(value))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => DateScalar.parseLiteral(parseValue(JSON.stringify(value))))).toBe('BAD_USER_INPUT');
  });

  it('shows stored dates outside the accepted range as they are', () => {
    expect(DateScalar.serialize('1899-05-01')).toBe('1899-05-01');
  });
});

describe('page size', () => {
  it.each([0, -1, 101, 1.5])('refuses first = %s', (first) => {
    expect(codeOf(() => pageSize(first))).toBe('BAD_USER_INPUT');
  });

  it('takes 1 to 100, and 20 when first is not given', () => {
    expect([pageSize(1), pageSize(100), pageSize(undefined)]).toEqual([1, 100, 20]);
  });
});

describe('text arguments', () => {
  const schema = enforceArgumentLimits(
    buildSchema(`
      directive @maxLength(max: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
      input Item { name: String! @maxLength(max: 5) note: String }
      input Order { items: [Item!]! code: ID }
      type Query { echo(order: Order, title: String @maxLength(max: 3), search: String): String }
    `),
  );
  const root = { echo: () => 'ok' };
  const run = (variables: Record<string, unknown>) =>
    graphql({
      schema,
      rootValue: root,
      source:
        'query ($order: Order, $title: String, $search: String) { echo(order: $order, title: $title, search: $search) }',
      variableValues: variables,
    });

  it('passes text within its maximum, counting characters as PostgreSQL does (code points)', async () => {
    const response = await run({
      order: { items: [{ name: '😀😀😀😀😀' }] },
      title: 'абв',
      search: 'я'.repeat(DEFAULT_MAX_LENGTH),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ echo: 'ok' });
  });

  it('refuses text over its maximum with the argument path, max and actual length', async () => {
    const response = await run({ order: { items: [{ name: 'ok' }, { name: 'шесть!' }] } });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'order.items[1].name',
      limit: 'length',
      max: 5,
      actual: 6,
    });
  });

  it('gives text without @maxLength the default maximum', async () => {
    const response = await run({ search: 'я'.repeat(DEFAULT_MAX_LENGTH + 1) });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'search',
      max: DEFAULT_MAX_LENGTH,
    });
  });

  it('refuses NUL characters and lone surrogates anywhere, ids included', async () => {
    expect((await run({ order: { items: [{ name: 'a', note: 'x\u0000y' }] } })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'order.items[0].note',
    });
    expect((await run({ order: { items: [], code: '\ud800' } })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'order.code',
    });
    expect((await run({ title: '\udc00' })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'title',
    });
  });

  it('tells what is wrong with a text', () => {
    expect(textProblem('ok', 2)).toBeUndefined();
    expect(textProblem('a\u0000', 10)).toEqual({ kind: 'nul' });
    expect(textProblem('a\ud800', 10)).toEqual({ kind: 'unicode' });
    expect(textProblem('😀', 1)).toBeUndefined();
    expect(textProblem('abc', 2)).toEqual({ kind: 'length', actual: 3 });
  });
});
