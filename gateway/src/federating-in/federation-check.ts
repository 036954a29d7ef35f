import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaRefusals, type PolicyRefusal } from './policy.js';

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
export const SUBGRAPH_NAME = /^[a-z][a-z0-9-]{1,39}$/;

export function compose(members: FederationMember[]): FederationCheck {
  const result = composeServices(
    members.map((member) => ({ name: member.name, url: member.url, typeDefs: parse(member.sdl) })),
  );
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
    if (!SUBGRAPH_NAME.test(member.name))
      refusals.push({
        rule: 'SCHEMA_INVALID',
        coordinate: member.name,
        message: `Имя подграфа «${member.name}» недопустимо; a subgraph name is 2–40 lowercase letters, digits and hyphens, starting with a letter.`,
      });
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
