import { Supergraph } from '@apollo/federation-internals';
import { SUPERGRAPH_FILE } from '@mentoring/platform/config';
import {
  backtickedNames,
  deniesByDefault,
  federationClient,
  readmeRoleMatrix,
  type GraphQLResponse,
  type ReadmeMatrixRow,
} from '@mentoring/platform/testing';
import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  OperationTypeNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { loadPersistedOperations, type RegisteredOperation } from '../src/persisted-operations.js';
import { variableSets } from './registered-operations.js';

/**
 * The README's PUBLIC column, derived from what anonymous requests get: every
 * registered operation is run without a token on the demo data, the answers
 * are mapped back to schema coordinates, and an ad-hoc query for every name of
 * the matrix must be refused. A cell that starts with "—" grants nothing but
 * the names it lists in backticks; any other cell grants the names it lists, or
 * the whole row when it lists none.
 */
const federation = federationClient();
const schema: GraphQLSchema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
const operations = [...loadPersistedOperations(PERSISTED_OPERATIONS_DIR).values()];
const rows = readmeRoleMatrix();

/** Sent as a portal sends it: by hash only, without a token. */
async function runRegistered(
  operation: RegisteredOperation,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse> {
  const response = await fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } } }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

/** A value shows something: not null, and a list only when one of its elements does. */
const present = (value: unknown): boolean =>
  value !== null && value !== undefined && (!Array.isArray(value) || value.some(present));

/** `Type.field` of every field of the answer that came back with something in it, found by walking the operation beside the data. */
function coordinatesIn(document: DocumentNode, data: Record<string, unknown>, into: Set<string>): void {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, value: Record<string, unknown>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[selection.name.value]!;
        const answer = value[selection.alias?.value ?? selection.name.value];
        if (!present(answer)) continue;
        into.add(`${parent.name}.${field.name}`);
        const type = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(type)) continue;
        for (const item of [answer].flat(Infinity))
          if (present(item)) walk(selection.selectionSet, type, item as Record<string, unknown>);
      } else {
        const condition =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.typeCondition
            : fragments.get(selection.name.value)?.typeCondition;
        const type = condition ? schema.getType(condition.name.value) : parent;
        const fragmentSet =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : fragments.get(selection.name.value)!.selectionSet;
        if (
          type &&
          isCompositeType(type) &&
          (!condition || value['__typename'] === undefined || value['__typename'] === type.name)
        )
          walk(fragmentSet, type, value);
      }
    }
  };
  const operation = getOperationAST(document)!;
  walk(
    operation.selectionSet,
    (operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType())!,
    data,
  );
}

/** A matrix name as schema coordinates: `Type`, `Type.field`, `A/B.field` (both types) or `*.field` (every type with that field). */
function coordinatesOf(name: string): string[] {
  const dot = name.lastIndexOf('.');
  if (dot === -1) return schema.getType(name) ? [name] : [];
  const [types, field] = [name.slice(0, dot), name.slice(dot + 1)];
  const candidates = types === '*' ? Object.values(schema.getTypeMap()).map((type) => type.name) : types.split('/');
  return candidates
    .filter((type) => {
      const named = schema.getType(type);
      return named !== undefined && (isObjectType(named) || isInterfaceType(named)) && field in named.getFields();
    })
    .map((type) => `${type}.${field}`);
}

/** Whether anonymous answers reached a coordinate: a field that came back with something, or any field of a type. */
const reachedBy = (reached: Set<string>) => (coordinate: string) =>
  coordinate.includes('.') ? reached.has(coordinate) : [...reached].some((seen) => seen.startsWith(`${coordinate}.`));

/** The names of a row its PUBLIC cell says anonymous clients read. */
function readableByCell(row: ReadmeMatrixRow): Set<string> {
  const cell = row.cells['PUBLIC']!;
  const named = backtickedNames(cell);
  if (deniesByDefault(cell)) return new Set(named);
  return new Set(named.length > 0 ? named : row.names);
}

const argumentsOf = (field: GraphQLField<unknown, unknown>, variables: string[]) =>
  field.args
    .filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined)
    .map((argument) => {
      variables.push(`$v${variables.length}: ${String(argument.type)}`);
      return `${argument.name}: $v${variables.length - 1}`;
    });

/** `field(required args)` with a minimal selection under it, its required arguments passed as variables. */
function fieldCall(field: GraphQLField<unknown, unknown>, variables: string[], inner?: string): string {
  const args = argumentsOf(field, variables);
  const call = `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}`;
  if (inner !== undefined) return `${call} { ${inner} }`;
  return isCompositeType(getNamedType(field.type)) ? `${call} { __typename }` : call;
}

/**
 * The shortest valid ad-hoc operation that reads a coordinate: its root field,
 * or a path of fields from Query down to the type. Validation passes without
 * variable values, so a refusal can only come from the registered-operations rule.
 */
function adHocQueryFor(coordinate: string): string {
  const [typeName, fieldName] = coordinate.split('.') as [string, string | undefined];
  const variables: string[] = [];
  const wrap = (kind: string, body: string) =>
    `${kind} AdHoc${variables.length > 0 ? `(${variables.join(', ')})` : ''} { ${body} }`;
  const root =
    typeName === 'Mutation' ? schema.getMutationType() : typeName === 'Query' ? schema.getQueryType() : undefined;
  if (root)
    return wrap(typeName === 'Mutation' ? 'mutation' : 'query', fieldCall(root.getFields()[fieldName!]!, variables));
  const visited = new Set<string>(['Query']);
  const queue: { type: GraphQLNamedType; path: { field: GraphQLField<unknown, unknown>; on?: string }[] }[] = [
    { type: schema.getQueryType()!, path: [] },
  ];
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (next.type.name === typeName) {
      const target = next.type;
      let body =
        fieldName && (isObjectType(target) || isInterfaceType(target))
          ? fieldCall(target.getFields()[fieldName]!, variables)
          : '__typename';
      for (const step of [...next.path].reverse())
        body = fieldCall(step.field, variables, step.on ? `... on ${step.on} { ${body} }` : body);
      return wrap('query', body);
    }
    if (!isObjectType(next.type) && !isInterfaceType(next.type)) continue;
    for (const field of Object.values(next.type.getFields())) {
      const child = getNamedType(field.type);
      const targets = isAbstractType(child)
        ? schema.getPossibleTypes(child).map((type) => ({ type: type as GraphQLNamedType, on: type.name }))
        : [{ type: child }];
      for (const target of isAbstractType(child) ? [{ type: child }, ...targets] : targets) {
        if (!isCompositeType(target.type) || visited.has(target.type.name)) continue;
        visited.add(target.type.name);
        queue.push({
          type: target.type,
          path: [...next.path, { field, ...('on' in target ? { on: target.on } : {}) }],
        });
      }
    }
  }
  throw new Error(`No path from Query to ${coordinate}`);
}

/** Coordinates of every registered operation's anonymous answers, over every demo value of their variables. */
const reached = new Set<string>();
const failures: string[] = [];

beforeAll(async () => {
  for (const operation of operations) {
    for (const variables of variableSets(operation)) {
      const response = await runRegistered(operation, variables);
      if (response.errors?.length)
        failures.push(`${operation.name} ${JSON.stringify(variables)}: ${JSON.stringify(response.errors)}`);
      if (response.data) coordinatesIn(parse(operation.query), response.data, reached);
    }
  }
});

describe('what anonymous clients read', () => {
  it('runs every registered operation without a token, within the PUBLIC limits and without errors, on the demo data', () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('names in the README matrix only coordinates of the supergraph', () => {
    const unknown = rows
      .flatMap((row) => [...row.names, ...backtickedNames(row.cells['PUBLIC'] ?? '')])
      .filter((name) => coordinatesOf(name).length === 0);
    expect(unknown).toEqual([]);
  });

  it.each(rows.map((row) => [row.label, row] as const))(
    'reads exactly what the PUBLIC cell says for %s',
    (_label, row) => {
      const readable = readableByCell(row);
      const outsideRow = [...readable].filter((name) => !row.names.includes(name));
      expect(outsideRow, 'the PUBLIC cell names something its row does not').toEqual([]);
      const isReached = reachedBy(reached);
      const derived = Object.fromEntries(
        row.names.map((name) => {
          const coordinates = coordinatesOf(name);
          const seen = coordinates.filter(isReached);
          return [
            name,
            seen.length === coordinates.length ? 'read' : seen.length === 0 ? '—' : `only ${seen.join(', ')}`,
          ];
        }),
      );
      expect(derived).toEqual(Object.fromEntries(row.names.map((name) => [name, readable.has(name) ? 'read' : '—'])));
      if (readable.size > 0)
        expect(
          row.cells['PUBLIC'],
          'anonymous clients run registered operations only, so a readable cell says so',
        ).toMatch(/registered operations/);
    },
  );

  it('refuses an ad-hoc query for every name of the matrix', async () => {
    const answered: string[] = [];
    const coordinates = [...new Set(rows.flatMap((row) => row.names.flatMap(coordinatesOf)))];
    for (const coordinate of coordinates) {
      const query = adHocQueryFor(coordinate);
      const response = await federation.query(query);
      if (response.status !== 403 || response.errors?.[0]?.extensions?.['code'] !== 'FORBIDDEN')
        answered.push(
          `${coordinate}: ${query} → ${response.status} ${JSON.stringify(response.errors ?? response.data)}`,
        );
    }
    expect(coordinates.length).toBeGreaterThan(50);
    expect(answered).toEqual([]);
  });
});
