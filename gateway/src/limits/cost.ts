import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isIntrospectionType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
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
  return pricedOperation(schema, document, operationName, variables).cost;
}

/** The part of an operation that costs most: a path of response keys from the root and what it adds to the cost. */
export interface CostliestPart {
  /** Response keys (aliases where given) from the root, e.g. `organizations.nodes.staff`. */
  path: string;
  /** What the field at the path adds to the operation's cost, its lists above it multiplied in. */
  cost: number;
}

export interface PricedOperation {
  cost: number;
  /** Null for an operation without fields (nothing to name). */
  costliest: CostliestPart | null;
}

interface FieldPrice {
  /** The field's cost with its selections, for one item of its parent. */
  cost: number;
  /** How many items of it each selection below is counted for (a list's `first`, or 1). */
  items: number;
}

/**
 * The cost, and the part that costs most: from the root, the costliest field, then down into its costliest
 * selection for as long as that selection makes up at least half of what the field costs — so the path ends where
 * the cost stops being one branch's (`organizations.nodes.staff`, not `organizations` alone when staff is most of it).
 */
export function pricedOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): PricedOperation {
  const prices = new Map<FieldNode, FieldPrice>();
  const recordingEstimator = (options: ComplexityEstimatorArgs): number => {
    const cost = objectCountEstimator(options);
    const items = isCompositeType(getNamedType(options.field.type)) ? itemsPerField(options) : 1;
    // A fragment spread in two places prices its fields twice; the dearer place names the part.
    const known = prices.get(options.node);
    if (!known || known.cost < cost) prices.set(options.node, { cost, items });
    return cost;
  };
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [recordingEstimator],
    maxQueryNodes: MAX_EVALUATED_SELECTIONS,
  });
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  return { cost, costliest: operation ? costliestPart(operation.selectionSet, fragmentsOf(document), prices) : null };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** The priced fields a selection set selects, its fragments' included (each fragment once). */
function pricedFields(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  prices: Map<FieldNode, FieldPrice>,
  seen = new Set<string>(),
): [FieldNode, FieldPrice][] {
  const fields: [FieldNode, FieldPrice][] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const price = prices.get(selection);
      if (price) fields.push([selection, price]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...pricedFields(selection.selectionSet, fragments, prices, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fields.push(...pricedFields(fragments.get(selection.name.value)?.selectionSet, fragments, prices, seen));
    }
  }
  return fields;
}

const dearest = (fields: [FieldNode, FieldPrice][]) =>
  fields.reduce<[FieldNode, FieldPrice] | undefined>(
    (best, candidate) => (!best || candidate[1].cost > best[1].cost ? candidate : best),
    undefined,
  );

function costliestPart(
  root: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  prices: Map<FieldNode, FieldPrice>,
): CostliestPart | null {
  let current = dearest(pricedFields(root, fragments, prices));
  if (!current) return null;
  const path = [current[0].alias?.value ?? current[0].name.value];
  let contribution = current[1].cost;
  for (;;) {
    const [node, price] = current;
    // A leaf (a scalar's one) is never the part: the object it sits on is.
    const child = dearest(pricedFields(node.selectionSet, fragments, prices).filter(([field]) => field.selectionSet));
    if (!child || child[1].cost * price.items * 2 < price.cost) break;
    contribution = (contribution / price.cost) * price.items * child[1].cost;
    path.push(child[0].alias?.value ?? child[0].name.value);
    current = child;
  }
  return { path: path.join('.'), cost: Math.round(contribution) };
}
