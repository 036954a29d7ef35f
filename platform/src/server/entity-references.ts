import { getNamedType, isObjectType, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { isUuid } from '../ids.js';
import { DEFAULT_MAX_LENGTH, textProblem } from './argument-limits.js';

interface Representation {
  __typename?: unknown;
  [key: string]: unknown;
}

/**
 * Whether a representation can name a row at all: a known entity type, ids
 * that are UUIDs (every row of every subgraph is keyed by one), key texts a
 * database can hold. The gateway only sends keys it got from a subgraph; a
 * forged or corrupted one is answered as an absent entity, never as an
 * internal error from the database.
 */
function wellFormed(schema: GraphQLSchema, representation: Representation): boolean {
  const type = typeof representation.__typename === 'string' ? schema.getType(representation.__typename) : undefined;
  if (!type || !isObjectType(type)) return false;
  const fields = type.getFields();
  return Object.entries(representation).every(([key, value]) => {
    if (key === '__typename') return true;
    if (typeof value !== 'string') return value === null || typeof value === 'number' || typeof value === 'boolean';
    const field = fields[key];
    if (field && getNamedType(field.type).name === 'ID' && key === 'id') return isUuid(value);
    return textProblem(value, DEFAULT_MAX_LENGTH) === undefined;
  });
}

/** Puts federation's `_entities` behind the well-formedness check, per representation. */
export function guardEntityReferences(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  if (!entities?.resolve) return schema;
  const resolve = entities.resolve as NonNullable<GraphQLFieldConfig<unknown, unknown>['resolve']>;
  entities.resolve = async (source, args: { representations: Representation[] }, context, info) => {
    const valid = args.representations.map((representation) => wellFormed(schema, representation));
    const resolved = (await resolve(source, { ...args, representations: args.representations.filter((_, index) => valid[index]) }, context, info)) as unknown[];
    let next = 0;
    return valid.map((ok) => (ok ? resolved[next++] : null));
  };
  return schema;
}
