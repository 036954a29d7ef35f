import { getNamedType, isObjectType, isUnionType, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { isUuid } from '../database/ids.js';
import { DEFAULT_MAX_LENGTH, textProblem } from './argument-limits.js';

interface Representation {
  __typename?: unknown;
  [key: string]: unknown;
}

/**
 * Whether a representation can name a row at all: an entity type of this subgraph, text keys, ids
 * that are UUIDs (every row of every subgraph is keyed by one), key texts a
 * database can hold. The gateway only sends keys it got from a subgraph; a
 * forged or corrupted one is answered as an absent entity, never as an
 * internal error from the database.
 */
function wellFormed(schema: GraphQLSchema, representation: Representation): boolean {
  const entityTypes = schema.getType('_Entity');
  const typename = representation.__typename;
  if (
    typeof typename !== 'string' ||
    !isUnionType(entityTypes) ||
    !entityTypes.getTypes().some((type) => type.name === typename)
  )
    return false;
  const type = schema.getType(typename);
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  const keys = Object.entries(representation).filter(([key]) => key !== '__typename');
  // Every key of every entity here is text (id, ИНН, код, ОКТМО); a representation names at least one.
  return (
    keys.length > 0 &&
    keys.every(([key, value]) => {
      if (typeof value !== 'string') return false;
      if (key === 'id' && fields[key] && getNamedType(fields[key].type).name === 'ID') return isUuid(value);
      return textProblem(value, DEFAULT_MAX_LENGTH) === undefined;
    })
  );
}

/** Puts federation's `_entities` behind the well-formedness check, per representation. */
export function guardEntityReferences(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  if (!entities?.resolve) return schema;
  const resolve = entities.resolve as NonNullable<GraphQLFieldConfig<unknown, unknown>['resolve']>;
  entities.resolve = async (source, args: { representations: Representation[] }, context, info) => {
    const valid = args.representations.map((representation) => wellFormed(schema, representation));
    const resolved = (await resolve(
      source,
      { ...args, representations: args.representations.filter((_, index) => valid[index]) },
      context,
      info,
    )) as unknown[];
    let next = 0;
    return valid.map((ok) => (ok ? resolved[next++] : null));
  };
  return schema;
}
