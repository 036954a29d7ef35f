import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isIntrospectionType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@mentoring/platform/pagination';

/** A list without paging arguments is assumed to hold this many items. */
export const ASSUMED_LIST_SIZE = 10;

/**
 * A fragment bomb (fragments spreading fragments) is refused once the walk
 * has visited this many selections, so estimating stays cheap whatever the document.
 */
export const MAX_EVALUATED_SELECTIONS = 10_000;

/** How many items a field may return for each selection below it. */
function itemsPerField({ type, field, args }: ComplexityEstimatorArgs): number {
  if (field.args.some((argument) => argument.name === 'first')) {
    const first: unknown = args['first'];
    return typeof first === 'number' ? Math.min(Math.max(first, 0), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }
  // The edges of a connection are already counted by the connection's `first`.
  const list = isListType(getNullableType(field.type)) && !type.name.endsWith('Connection');
  return list ? ASSUMED_LIST_SIZE : 1;
}

/**
 * The README's model: an estimate of the objects a query may return. Each
 * field costs 1 plus its selections times the items it may return — `first`
 * (as the operation's variables and their defaults make it) for connections,
 * ASSUMED_LIST_SIZE for other lists. Introspection is schema metadata, not
 * data, and costs one per field.
 */
export function objectCountEstimator(options: ComplexityEstimatorArgs): number {
  const { type, field, childComplexity } = options;
  if (!isCompositeType(getNamedType(field.type))) return 1;
  if (field.name.startsWith('__') || isIntrospectionType(type)) return 1 + childComplexity;
  return 1 + itemsPerField(options) * childComplexity;
}

/**
 * The cost of the operation that will run: variables are coerced against the
 * operation's definitions first, so a variable's default value prices `first`
 * exactly as a literal or a sent value does.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [objectCountEstimator],
    maxQueryNodes: MAX_EVALUATED_SELECTIONS,
  });
}
