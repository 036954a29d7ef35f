import { readSchemaSource, REPO_ROOT, SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { isPublicErrorCode } from '@mentoring/platform/errors';
import { accessDeclarations, federationClient, type GraphQLResponse } from '@mentoring/platform/testing';
import fc from 'fast-check';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';

/*
 * Every argument of every query and mutation of the composed supergraph —
 * nested input fields and list elements included — gets hostile values
 * through the gateway, the rest of the operation filled with valid values
 * (real ids of the demo data) so that the hostile one is what the subgraph
 * meets. No answer may be an internal error, every error carries a public
 * code, values that are bad in any position (malformed ids, impossible dates,
 * NUL, lone surrogates, text over its maximum, tampered cursors, `first`
 * outside 1..100) are BAD_USER_INPUT naming the argument, and no row of any
 * subgraph's tables changes.
 */

const federation = federationClient();
const SEED = 20_261_122;
const RANDOM_RUNS = 300;
const SUBGRAPH_SCHEMAS = ['registry', 'mentoring', 'planning', 'analytics'];
/**
 * Arguments only the registered operations may give (the iCalendar feed's feedFirst): the gateway refuses an ad-hoc
 * operation naming them with FORBIDDEN whatever their value (limits tests), so hostile values never reach a subgraph.
 */
const REGISTERED_ONLY_ARGUMENTS = new Set(['feedFirst']);

const supergraph = buildASTSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8')), { assumeValidSDL: true });

/** One leaf an operation can carry a value in: an argument, or an input field or list element below it. */
interface Position {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** Argument name, then input field names; '0' stands for the first list element. */
  path: string[];
  leaf: GraphQLNamedType;
  /** The input object type holding the leaf, or undefined for an argument. */
  holder: string | undefined;
}

function positionsOf(schema: GraphQLSchema): Position[] {
  const positions: Position[] = [];
  const walk = (
    base: Omit<Position, 'path' | 'leaf' | 'holder'>,
    type: GraphQLInputType,
    path: string[],
    holder: string | undefined,
    seen: Set<string>,
  ) => {
    if (isNonNullType(type)) {
      walk(base, type.ofType, path, holder, seen);
      return;
    }
    if (isListType(type)) {
      walk(base, type.ofType, [...path, '0'], holder, seen);
      return;
    }
    if (isInputObjectType(type)) {
      if (seen.has(type.name)) return;
      for (const field of Object.values(type.getFields()))
        walk(base, field.type, [...path, field.name], type.name, new Set([...seen, type.name]));
      return;
    }
    positions.push({ ...base, path, leaf: type, holder });
  };
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const argument of field.args.filter(({ name }) => !REGISTERED_ONLY_ARGUMENTS.has(name)))
        walk({ operation, field }, argument.type, [argument.name], undefined, new Set());
    }
  }
  return positions;
}

/** Text positions whose subgraph SDL allows 100,000 characters and more (import files): long text is no error there. */
function largeTextPositions(): Set<string> {
  const large = new Set<string>();
  for (const name of SUBGRAPH_SCHEMAS) {
    const document = parse(readSchemaSource(join(REPO_ROOT, 'subgraphs', name, 'src', 'modules')));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION) continue;
      for (const field of definition.fields ?? []) {
        const max = field.directives?.find((directive) => directive.name.value === 'maxLength')?.arguments?.[0]?.value;
        if (max?.kind === Kind.INT && Number(max.value) >= 100_000)
          large.add(`${definition.name.value}.${field.name.value}`);
      }
    }
  }
  return large;
}

/** A cursor as MikroORM writes them: base64url of the JSON array of sort-key values. */
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

interface Hostile {
  value: unknown;
  /** Bad wherever it is sent: the answer must be BAD_USER_INPUT naming the argument. */
  refused: boolean;
  label: string;
}

function hostileValues(position: Position, large: Set<string>): fc.Arbitrary<Hostile> {
  const refused = (label: string, value: unknown): Hostile => ({ label, value, refused: true });
  const tolerated = (label: string, value: unknown): Hostile => ({ label, value, refused: false });
  const last = position.path.at(-1)!;
  const longTextRefused = !(position.holder && large.has(`${position.holder}.${last}`));
  const badText = [
    refused('NUL', 'Иван\u0000ов'),
    refused('lone surrogate', 'Иван\ud800ов'),
    { label: '100,000 characters', value: 'я'.repeat(100_000), refused: longTextRefused },
  ];
  const leaf = position.leaf;
  if (isEnumType(leaf)) {
    return fc.constantFrom(
      refused('unknown enum value', 'NOT_A_VALUE'),
      refused('enum in lower case', leaf.getValues()[0]!.name.toLowerCase()),
      refused('NUL in an enum', '\u0000'),
    );
  }
  switch (leaf.name) {
    case 'UUID':
    case 'ID':
      return fc.oneof(
        fc.constantFrom(
          ...badText.map((bad) => ({ ...bad, refused: true })),
          refused('not a UUID', 'x'),
          refused('empty', ''),
          refused('SQL', "' or 1=1 --"),
          refused('a number', 42),
        ),
        fc.uuid().map((uuid) => refused('UUID with a non-hex digit', `${uuid.slice(0, -1)}g`)),
        fc.uuid().map((uuid) => refused('UUID with braces', `{${uuid}}`)),
      );
    case 'Date':
      return fc.oneof(
        fc
          .constantFrom(
            '2024-02-30',
            '2023-02-29',
            '2024-13-01',
            '2024-00-10',
            '0000-01-01',
            '99999-01-01',
            '1899-12-31',
            '2101-01-01',
            '',
            '2024-1-1',
            '2024-02-10T00:00:00Z',
            '\u0000',
          )
          .map((value) => refused('impossible or out-of-range date', value)),
        fc
          .integer({ min: 1, max: 9999 })
          .filter((year) => year < 1900 || year > 2100)
          .map((year) => refused('year out of range', `${String(year).padStart(4, '0')}-06-15`)),
      );
    case 'Int':
      if (last === 'first') {
        return fc.oneof(
          fc
            .constantFrom(0, -1, 101, 2_147_483_647, -2_147_483_648, 2 ** 31, 1.5)
            .map((value) => refused('first outside 1..100', value)),
          fc.integer({ max: 0 }).map((value) => refused('first not positive', value)),
        );
      }
      return fc.constantFrom(
        tolerated('negative', -1),
        tolerated('Int minimum', -2_147_483_648),
        tolerated('Int maximum', 2_147_483_647),
        refused('over 32 bits', 2 ** 31),
        refused('fraction', 1.5),
        refused('string', '1'),
      );
    case 'Float':
      return fc.constantFrom(
        tolerated('huge', 1e308),
        tolerated('negative huge', -1e308),
        tolerated('negative', -1),
        refused('string', 'NaN'),
      );
    case 'Boolean':
      return fc.constantFrom(refused('string', 'true'), refused('number', 1));
    default:
      if (last === 'after') {
        return fc.oneof(
          fc.constantFrom(
            refused('not base64', '!!!'),
            refused('base64 of an object', cursorOf({ id: 1 })),
            refused('base64 of garbage', Buffer.from('garbage').toString('base64url')),
            refused('empty array', cursorOf([])),
            refused('wrong types', cursorOf([{}, [], true])),
            refused('nulls', cursorOf([null, null, null, null])),
            refused('NUL inside', cursorOf(['\u0000', randomUUID()])),
            refused('another list’s key', cursorOf([1, 2, 3, 4, 5])),
            ...badText,
          ),
          fc
            .array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 6 })
            .map((values) => tolerated('random JSON array', cursorOf(values))),
        );
      }
      return fc.constantFrom(...badText);
  }
}

/** Real rows of the demo data, so that ids lead past "not found" to the hostile value. */
async function demoIds(client: pg.Client): Promise<{ byTable: Map<string, string>; tables: string[] }> {
  const { rows } = await client.query<{ table_schema: string; table_name: string }>(
    `select table_schema, table_name from information_schema.tables where table_schema = any($1) and table_type = 'BASE TABLE' order by 1, 2`,
    [SUBGRAPH_SCHEMAS],
  );
  const byTable = new Map<string, string>();
  for (const { table_schema: schema, table_name: table } of rows) {
    const hasId = await client.query(
      `select 1 from information_schema.columns where table_schema = $1 and table_name = $2 and column_name = 'id' and data_type = 'uuid'`,
      [schema, table],
    );
    if (hasId.rowCount === 0) continue;
    const row = await client.query<{ id: string }>(`select id from "${schema}"."${table}" order by id limit 1`);
    if (row.rows[0]) byTable.set(table, row.rows[0].id);
  }
  // The operator's own region: people and organizations there pass the territory check.
  const local = await client.query<{ organization: string; person: string }>(
    `select o.id as organization, e.person_id as person from registry.organization o
       join registry.municipality m on m.id = o.municipality_id join registry.region r on r.id = m.region_id
       join registry.employment e on e.organization_id = o.id
     where r.code = '67' order by o.id, e.person_id limit 1`,
  );
  if (local.rows[0]) {
    byTable.set('organization', local.rows[0].organization);
    byTable.set('person', local.rows[0].person);
  }
  return { byTable, tables: rows.map(({ table_schema: schema, table_name: table }) => `"${schema}"."${table}"`) };
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replace(/^_/, '');
const VERBS = /^(update|end|withdraw|activate|complete|terminate|record|add|save|create)(?=[A-Z])/;

/** The table an id argument points into, from its name (`organizationId`, `mentorPersonId`) or its field (`updatePerson(id:)`). */
function tableFor(field: string, path: string[], tables: string[]): string | undefined {
  const name = path.at(-1) === '0' ? path.at(-2)! : path.at(-1)!;
  const stem = name.replace(/Ids?$/, '');
  const noun = /Person$/.test(stem)
    ? 'person'
    : stem === 'id' || stem === ''
      ? snake(field.replace(VERBS, ''))
      : snake(stem);
  const names = tables.map((table) => table.split('.')[1]!.replaceAll('"', ''));
  return (
    names.find((table) => table === noun) ??
    names.find((table) => table.endsWith(`_${noun}`)) ??
    names.find((table) => table.startsWith(`${noun}_`))
  );
}

const KNOWN_TEXT: Record<string, string> = {
  regionCode: '67',
  code: '67',
  municipalityOktmo: '66701000',
  oktmo: '66701000',
};

function validValue(
  type: GraphQLInputType,
  context: { field: string; path: string[]; ids: Map<string, string>; tables: string[] },
): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, context);
  if (isListType(type)) return [validValue(type.ofType, { ...context, path: [...context.path, '0'] })];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, validValue(field.type, { ...context, path: [...context.path, field.name] })]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  const last = context.path.at(-1)!;
  switch (type.name) {
    case 'UUID':
    case 'ID': {
      const table = tableFor(context.field, context.path, context.tables);
      return (table && context.ids.get(table)) ?? randomUUID();
    }
    case 'Date':
      return '2026-11-02';
    case 'Int':
      return last === 'first' ? 5 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return KNOWN_TEXT[last] ?? 'Проверка';
  }
}

/** The argument value carrying `hostile` at `path` (below the argument), everything required around it valid. */
function valueWith(
  type: GraphQLInputType,
  path: string[],
  hostile: unknown,
  context: Parameters<typeof validValue>[1],
): unknown {
  if (path.length === 0) return hostile;
  if (isNonNullType(type)) return valueWith(type.ofType, path, hostile, context);
  if (isListType(type))
    return [valueWith(type.ofType, path.slice(1), hostile, { ...context, path: [...context.path, '0'] })];
  if (!isInputObjectType(type)) throw new Error(`No field ${path.join('.')} below ${String(type)}`);
  const [name, ...rest] = path as [string, ...string[]];
  const field = type.getFields()[name]!;
  return {
    ...(validValue(type, context) as object),
    [name]: valueWith(field.type, rest, hostile, { ...context, path: [...context.path, name] }),
  };
}

interface Request {
  query: string;
  variables: Record<string, unknown>;
}

function requestFor(position: Position, hostile: unknown, ids: Map<string, string>, tables: string[]): Request {
  const { field } = position;
  const [argumentName, ...below] = position.path as [string, ...string[]];
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const passed: string[] = [];
  for (const argument of field.args) {
    const context = { field: field.name, path: [argument.name], ids, tables };
    if (argument.name === argumentName) variables[argument.name] = valueWith(argument.type, below, hostile, context);
    else if (isNonNullType(argument.type)) variables[argument.name] = validValue(argument.type, context);
    else continue;
    declarations.push(`$${argument.name}: ${String(argument.type)}`);
    passed.push(`${argument.name}: $${argument.name}`);
  }
  let named = field.type;
  while (isNonNullType(named) || isListType(named)) named = named.ofType;
  const selection = isObjectType(named) ? ' { __typename }' : '';
  return {
    query: `${position.operation} Hostile(${declarations.join(', ')}) { ${field.name}(${passed.join(', ')})${selection} }`,
    variables,
  };
}

/** The argument path as the walker names it, e.g. `input.mentees[0].personId`. */
const pathName = (path: string[]) =>
  path.map((part, index) => (part === '0' ? '[0]' : index === 0 ? part : `.${part}`)).join('');

function problems(response: GraphQLResponse, hostile: Hostile, path: string[]): string[] {
  const found: string[] = [];
  for (const error of response.errors ?? []) {
    const code = error.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR') found.push(`internal error: ${error.message}`);
    else if (!isPublicErrorCode(code)) found.push(`error without a public code: ${JSON.stringify(error)}`);
  }
  if (hostile.refused) {
    const named = (response.errors ?? []).some(
      (error) =>
        error.extensions?.['code'] === 'BAD_USER_INPUT' &&
        (error.extensions['argument'] === pathName(path) ||
          error.extensions['argument'] === path[0] ||
          error.message.includes(`"$${path[0]}"`)),
    );
    if (!named)
      found.push(
        `not BAD_USER_INPUT naming ${pathName(path)}: ${JSON.stringify(response.errors ?? response.data)}`.slice(
          0,
          600,
        ),
      );
  }
  return found;
}

/** One checksum per table; the access logs (personal_data_read) are left out, as reads legitimately append to them. */
async function checksums(client: pg.Client, tables: string[]): Promise<Map<string, string>> {
  const sums = new Map<string, string>();
  for (const table of tables.filter((name) => !name.endsWith('"personal_data_read"'))) {
    const { rows } = await client.query<{ sum: string | null }>(
      `select md5(string_agg(t::text, '' order by t::text)) as sum from ${table} t`,
    );
    sums.set(table, rows[0]?.sum ?? 'empty');
  }
  return sums;
}

describe('hostile arguments through the gateway', () => {
  const large = largeTextPositions();
  const positions = positionsOf(supergraph);
  let client: pg.Client;
  let ids: Map<string, string>;
  let tables: string[];
  let operator: string;
  let head: string;
  const headOnly = new Set(
    accessDeclarations()
      .filter(
        (declaration) =>
          declaration.roles &&
          !declaration.roles.includes('REGIONAL_OPERATOR') &&
          declaration.roles.includes('SCHOOL_HEAD'),
      )
      .map((declaration) => declaration.coordinate),
  );
  let before: Map<string, string>;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: inject('federationDatabaseUrl') });
    await client.connect();
    ({ byTable: ids, tables } = await demoIds(client));
    operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }, 'e2e-hostile-operator');
    // A field only the school's head may use (the order on closing a pair, seed 003) is walked as that head.
    const { rows } = await client.query<{ oktmo: string }>(
      `select m.oktmo from registry.organization o join registry.municipality m on m.id = o.municipality_id where o.id = $1`,
      [ids.get('organization')],
    );
    head = await federation.tokenFor(
      'SCHOOL_HEAD',
      { regionCode: '67', municipalityOktmo: rows[0]!.oktmo, organizationId: ids.get('organization')! },
      'e2e-hostile-head',
    );
    before = await checksums(client, tables);
  });
  afterAll(async () => {
    await client.end();
  });

  it('walks every argument, nested input field and list element of every query and mutation', () => {
    const fields = new Set(positions.map((position) => `${position.operation} ${position.field.name}`));
    console.log(`hostile arguments: ${positions.length} positions in ${fields.size} root fields`);
    expect(positions.length).toBeGreaterThan(100);
    expect(positions.some((position) => pathName(position.path) === 'input.mentees[0].personId')).toBe(true);
  });

  it('answers hostile values as a regional operator (a school head for head-only fields) with public errors only, BAD_USER_INPUT naming the argument where the value is bad anywhere', async () => {
    const send = async (position: Position, hostile: Hostile) => {
      const request = requestFor(position, hostile.value, ids, tables);
      const token = headOnly.has(`${position.operation === 'mutation' ? 'Mutation' : 'Query'}.${position.field.name}`)
        ? head
        : operator;
      const response = await federation.query(request.query, { token, variables: request.variables });
      return problems(response, hostile, position.path).map(
        (problem) => `${position.field.name}(${pathName(position.path)} = ${hostile.label}): ${problem}`,
      );
    };
    const failures: string[] = [];
    // Every position once with a value drawn for it, then random ones: all from a fixed seed.
    for (const [index, position] of positions.entries()) {
      const [hostile] = fc.sample(hostileValues(position, large), { seed: SEED + index, numRuns: 1 });
      failures.push(...(await send(position, hostile!)));
    }
    const cases = fc
      .constantFrom(...positions)
      .chain((position) => hostileValues(position, large).map((hostile) => ({ position, hostile })));
    await fc.assert(
      fc.asyncProperty(cases, async ({ position, hostile }) => {
        const found = await send(position, hostile);
        failures.push(...found);
        return true;
      }),
      { seed: SEED, numRuns: RANDOM_RUNS },
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers anonymous clients’ registered operations with hostile variables with public errors only', async () => {
    const failures: string[] = [];
    const files = readdirSync(PERSISTED_OPERATIONS_DIR)
      .filter((name) => name.endsWith('.graphql'))
      .sort();
    let sent = 0;
    for (const file of files) {
      const query = readFileSync(join(PERSISTED_OPERATIONS_DIR, file), 'utf8');
      const operation = parse(query).definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )!;
      for (const definition of operation.variableDefinitions ?? []) {
        const type = typeFromAST(supergraph, definition.type) as GraphQLInputType;
        let leaf = type;
        while (isNonNullType(leaf) || isListType(leaf)) leaf = leaf.ofType;
        if (!isScalarType(leaf) && !isEnumType(leaf)) continue;
        const name = definition.variable.name.value;
        const position: Position = {
          operation: 'query',
          field: supergraph.getQueryType()!.getFields()['region']!,
          path: [name],
          leaf,
          holder: undefined,
        };
        for (const hostile of fc.sample(hostileValues(position, large), { seed: SEED, numRuns: 5 })) {
          const variables: Record<string, unknown> = {};
          for (const other of operation.variableDefinitions ?? []) {
            if (other.type.kind === Kind.NON_NULL_TYPE)
              variables[other.variable.name.value] = validValue(
                typeFromAST(supergraph, other.type) as GraphQLInputType,
                { field: 'region', path: [other.variable.name.value], ids, tables },
              );
          }
          variables[name] = hostile.value;
          const response = await federation.query(query, { variables });
          sent += 1;
          // Whether a variable reaches an argument at all is the operation's business: only internal errors and unnamed codes fail here.
          failures.push(
            ...problems(response, { ...hostile, refused: false }, [name]).map(
              (problem) => `${file} $${name} = ${hostile.label}: ${problem}`,
            ),
          );
        }
      }
    }
    console.log(`hostile arguments: ${sent} anonymous requests to ${files.length} registered operations`);
    expect(sent).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  }, 60_000);

  it('changed no row of any table of any subgraph', async () => {
    const after = await checksums(client, tables);
    const changed = [...before].filter(([table, sum]) => after.get(table) !== sum).map(([table]) => table);
    expect(changed).toEqual([]);
  });
});

describe('bad values written into the query text', () => {
  it('answers a malformed id, an impossible date and a tampered cursor given as literals with BAD_USER_INPUT', async () => {
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }, 'e2e-hostile-operator');
    for (const query of [
      '{ person(id: "42") { id } }',
      '{ roadmap(id: "00000000-0000-0000-0000-00000000000g") { id } }',
      '{ region(code: "67") { appointments(activeOn: "2024-02-30") { id } } }',
      `{ organizations(first: 1, after: "${cursorOf(['x'])}") { totalCount } }`,
      '{ people(first: 0) { totalCount } }',
    ]) {
      const response = await federation.query(query, { token: operator });
      expect(
        response.errors?.map((error) => error.extensions?.['code']),
        query,
      ).toEqual(['BAD_USER_INPUT']);
    }
  });
});
