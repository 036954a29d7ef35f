import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { Kind, parse, validate, type ConstDirectiveNode, type GraphQLSchema } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  argumentOf,
  namePrefixes,
  OPEN_ENTITIES,
  ourTypes,
  ROOT_TYPES,
  schemaRefusals,
  type PolicyRefusal,
} from './policy.js';

/** A subgraph as composition sees it: its name, address and SDL, and whether it is one of ours. */
export interface FederationMember {
  name: string;
  url: string;
  sdl: string;
  ours: boolean;
}

export type FederationCheck =
  { ok: true; supergraphSdl: string; apiSchema: GraphQLSchema } | { ok: false; refusals: PolicyRefusal[] };

/** Names of subgraphs as the list and the supergraph's join__Graph enum can carry them. */
const SUBGRAPH_NAME = /^(?=.{3,40}$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Why a name cannot be a subgraph's, or undefined when it can. */
export const subgraphNameProblem = (name: string): string | undefined =>
  SUBGRAPH_NAME.test(name)
    ? undefined
    : `Имя подграфа «${name}» недопустимо; a subgraph name is 3–40 lowercase letters and digits, words joined by single hyphens, starting with a letter.`;

export function compose(members: FederationMember[]): FederationCheck {
  let result: ReturnType<typeof composeServices>;
  try {
    result = composeServices(
      members.map((member) => ({ name: member.name, url: member.url, typeDefs: parse(member.sdl) })),
    );
  } catch (error) {
    // Composition throws, rather than reports, on some schemas (a directive it cannot place): still a refusal.
    return {
      ok: false,
      refusals: [{ rule: 'COMPOSITION', coordinate: '(supergraph)', message: (error as Error).message }],
    };
  }
  if (result.errors)
    return {
      ok: false,
      refusals: result.errors.map((error) => ({
        rule: 'COMPOSITION',
        coordinate: typeof error.extensions['code'] === 'string' ? error.extensions['code'] : '(supergraph)',
        message: error.message,
      })),
    };
  const apiSchema = Supergraph.build(result.supergraphSdl).apiSchema().toGraphQLJSSchema();
  return { ok: true, supergraphSdl: result.supergraphSdl, apiSchema };
}

/** The registered operations (portals, dashboards, the pages), as files of a folder: each must keep validating. */
export function operationRefusals(apiSchema: GraphQLSchema, operationsDir: string): PolicyRefusal[] {
  return readdirSync(operationsDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) =>
      validate(apiSchema, parse(readFileSync(join(operationsDir, file), 'utf8'))).map((error) => ({
        rule: 'OPERATION_BROKEN' as const,
        coordinate: file,
        message: `Зарегистрированная операция ${file} перестала проходить проверку; the registered operation no longer validates: ${error.message}`,
      })),
    );
}

/**
 * The rules again, on the composed supergraph: what composition made of the joiner's schema, whatever it was called
 * in its SDL (a renamed `@override`, a root type renamed in a `schema` block). A joiner's `@join__field` on one of our
 * types or on the root may only resolve a key field it is allowed, or a field of its own with its prefix; it never
 * overrides, requires, provides or marks a field external; it adds no interface to our types.
 */
export function supergraphRefusals(
  supergraphSdl: string,
  ours: FederationMember[],
  joiners: string[],
): PolicyRefusal[] {
  const document = parse(supergraphSdl);
  const graphs = new Map<string, string>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph')
      for (const value of definition.values ?? []) {
        const name = value.directives?.find((directive) => directive.name.value === 'join__graph');
        const named = name && argumentOf(name, 'name');
        if (named?.kind === Kind.STRING) graphs.set(value.name.value, named.value);
      }
  const known = ourTypes(ours.map((member) => member.sdl));
  const refusals: PolicyRefusal[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeName = definition.name.value;
    const our = known.get(typeName);
    if (!our && !ROOT_TYPES.has(typeName)) continue;
    const joinerOf = (directive: ConstDirectiveNode) => {
      const graph = argumentOf(directive, 'graph');
      const name = graph?.kind === Kind.ENUM ? graphs.get(graph.value) : undefined;
      return name !== undefined && joiners.includes(name) ? name : undefined;
    };
    for (const directive of definition.directives ?? []) {
      const joiner = joinerOf(directive);
      if (!joiner) continue;
      if (directive.name.value === 'join__implements')
        refusals.push({
          rule: 'DIRECTIVE_ON_OURS',
          coordinate: `${joiner}: ${typeName} implements`,
          message: `${typeName}: интерфейсы нашего типа не меняются; a joining subgraph adds no interface to our types.`,
        });
      const interfaceObject = argumentOf(directive, 'isInterfaceObject');
      if (directive.name.value === 'join__type' && interfaceObject?.kind === Kind.BOOLEAN && interfaceObject.value)
        refusals.push({
          rule: 'DIRECTIVE_ON_OURS',
          coordinate: `${joiner}: ${typeName} @interfaceObject`,
          message: `${typeName}: @interfaceObject запрещён; our types are not taken as interface objects.`,
        });
    }
    const allowedKeys = OPEN_ENTITIES[typeName] ?? [];
    for (const field of definition.fields ?? []) {
      const coordinate = `${typeName}.${field.name.value}`;
      for (const directive of field.directives ?? []) {
        if (directive.name.value !== 'join__field') continue;
        const joiner = joinerOf(directive);
        if (!joiner) continue;
        const { fieldPrefix } = namePrefixes(joiner);
        if (argumentOf(directive, 'override'))
          refusals.push({
            rule: 'OVERRIDE',
            coordinate: `${joiner}: ${coordinate}`,
            message: `@override запрещён; a joining subgraph takes no field over.`,
          });
        for (const name of ['requires', 'provides', 'external'])
          if (argumentOf(directive, name))
            refusals.push({
              rule: 'REQUIRES_OURS',
              coordinate: `${joiner}: ${coordinate}`,
              message: `@${name} запрещён; @${name} would have the gateway pass our fields to a joining subgraph.`,
            });
        const oursToo = our?.fields.has(field.name.value) ?? false;
        if (oursToo && !allowedKeys.includes(field.name.value))
          refusals.push({
            rule: 'FIELD_OURS',
            coordinate: `${joiner}: ${coordinate}`,
            message: `наше поле; this field is ours.`,
          });
        if (!oursToo && !field.name.value.startsWith(fieldPrefix))
          refusals.push({
            rule: 'NAME_PREFIX',
            coordinate: `${joiner}: ${coordinate}`,
            message: `поле должно начинаться с «${fieldPrefix}»; fields a joining subgraph adds start with "${fieldPrefix}".`,
          });
      }
    }
  }
  return refusals;
}

/**
 * A joiner's prefix may not read as one of our names (`pe` would let it add `PersonDossier`) nor as another joiner's
 * (`ab-c` and `abc` would both write `AbC…`).
 */
function prefixRefusals(member: FederationMember, members: FederationMember[]): PolicyRefusal[] {
  const { typePrefix } = namePrefixes(member.name);
  const lower = typePrefix.toLowerCase();
  const ourNames = [...ourTypes(members.filter((other) => other.ours).map((other) => other.sdl)).keys()];
  const clash = ourNames.find((name) => name.toLowerCase().startsWith(lower) || lower.startsWith(name.toLowerCase()));
  const twin = members.find((other) => {
    if (other.ours || other.name === member.name) return false;
    const theirs = namePrefixes(other.name).typePrefix.toLowerCase();
    return theirs.startsWith(lower) || lower.startsWith(theirs);
  });
  return [
    ...(clash
      ? [
          {
            rule: 'NAME_PREFIX' as const,
            coordinate: member.name,
            message: `Префикс «${typePrefix}» совпадает с нашим типом ${clash}; the name's prefix reads as our type ${clash}: choose a name for your region.`,
          },
        ]
      : []),
    ...(twin
      ? [
          {
            rule: 'NAME_PREFIX' as const,
            coordinate: member.name,
            message: `Префикс «${typePrefix}» совпадает с префиксом подграфа «${twin.name}»; the name's prefix overlaps the subgraph "${twin.name}".`,
          },
        ]
      : []),
  ];
}

/** Where a breaking change sits: `Organization.shortName` from inspector's path `Organization.shortName.arg`. */
const typeAndField = (path: string | undefined) => (path ?? '').split('.').slice(0, 2).join('.');

/**
 * Breaking changes between two API schemas, as @graphql-inspector/core judges them. `expected` are the coordinates a
 * leaving subgraph takes with it (its own types and fields): their removal is the point of leaving, not a break.
 */
export async function breakingRefusals(
  before: GraphQLSchema,
  after: GraphQLSchema,
  expected: ReadonlySet<string> = new Set(),
): Promise<PolicyRefusal[]> {
  const changes = await diff(before, after);
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => !expected.has(typeAndField(change.path)))
    .map((change) => ({
      rule: 'BREAKING_CHANGE' as const,
      coordinate: change.path ?? String(change.type),
      message: `Несовместимое изменение схемы; a breaking change for clients: ${change.message}`,
    }));
}

/** The types and `Type.field` coordinates a subgraph's SDL defines: what leaves with it. */
export function coordinatesOf(sdl: string): Set<string> {
  const coordinates = new Set<string>();
  for (const definition of parse(sdl).definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const typeName = definition.name.value;
    // A type of its own goes whole (its path is its name); of an entity of ours it extended, only the fields it added.
    coordinates.add(typeName);
    for (const field of 'fields' in definition ? (definition.fields ?? []) : [])
      coordinates.add(`${typeName}.${field.name.value}`);
  }
  return coordinates;
}

/**
 * Every rule for a federation about to change from `current` to `next`: the SDL policy for each subgraph that is not
 * ours, composition, the registered operations against the new API schema, and breaking changes against the API
 * schema of `current` (when given). `leaving` names a subgraph that leaves: its own coordinates may disappear.
 */
export async function checkFederation(options: {
  next: FederationMember[];
  current?: FederationMember[];
  leaving?: FederationMember;
  operationsDir: string;
}): Promise<FederationCheck> {
  const ourSdl = options.next.filter((member) => member.ours).map((member) => member.sdl);
  const refusals: PolicyRefusal[] = [];
  for (const member of options.next) {
    const nameProblem = subgraphNameProblem(member.name);
    if (nameProblem) refusals.push({ rule: 'SCHEMA_INVALID', coordinate: member.name, message: nameProblem });
    if (!member.ours) refusals.push(...prefixRefusals(member, options.next));
    if (!member.ours)
      refusals.push(
        ...schemaRefusals(ourSdl, member.sdl, member.name).map((refusal) => ({
          ...refusal,
          coordinate: `${member.name}: ${refusal.coordinate}`,
        })),
      );
  }
  if (refusals.length > 0) return { ok: false, refusals };
  const composed = compose(options.next);
  if (!composed.ok) return composed;
  refusals.push(
    ...supergraphRefusals(
      composed.supergraphSdl,
      options.next.filter((member) => member.ours),
      options.next.filter((member) => !member.ours).map((member) => member.name),
    ),
  );
  if (refusals.length > 0) return { ok: false, refusals };
  refusals.push(...operationRefusals(composed.apiSchema, options.operationsDir));
  if (options.current) {
    const before = compose(options.current);
    if (before.ok)
      refusals.push(
        ...(await breakingRefusals(
          before.apiSchema,
          composed.apiSchema,
          options.leaving ? coordinatesOf(options.leaving.sdl) : undefined,
        )),
      );
  }
  return refusals.length > 0 ? { ok: false, refusals } : composed;
}
