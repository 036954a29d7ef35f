import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@mentoring/platform';

/** What an operation asks for, counted with its fragments expanded and its variables applied. */
export interface OperationMetrics {
  /** Deepest nesting of fields. */
  depth: number;
  /** Number of aliased fields. */
  aliases: number;
  /** Number of directives used in the operation and its fragments. */
  directives: number;
  /** Estimated number of objects the operation can return (see fieldCost). */
  cost: number;
}

/** A list without paging arguments is assumed to hold this many items. */
export const ASSUMED_LIST_SIZE = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * Each field costs 1 plus its children times how many items it may return:
 * `first` (its variable's value, DEFAULT_PAGE_SIZE when absent) for
 * connections, ASSUMED_LIST_SIZE for other lists, 1 for single objects.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentDefinitionNode[],
  variables: Record<string, unknown>,
): OperationMetrics {
  const walk: Walk = { schema, fragments: new Map(fragments.map((fragment) => [fragment.name.value, fragment])), variables };
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const metrics = { depth: 0, aliases: 0, directives: operation.directives?.length ?? 0, cost: 0 };
  metrics.cost = measureSelection(walk, operation.selectionSet, rootType ?? undefined, 1, new Set(), metrics);
  return metrics;
}

function measureSelection(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType | undefined,
  depth: number,
  fragmentPath: Set<string>,
  metrics: OperationMetrics,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    metrics.directives += selection.directives?.length ?? 0;
    if (selection.kind === Kind.FIELD) {
      cost += measureField(walk, selection, parentType, depth, fragmentPath, metrics);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (walk.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : parentType;
      cost += measureSelection(walk, selection.selectionSet, type, depth, fragmentPath, metrics);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      // A cycle is refused by validation; stopping here keeps the walk finite regardless.
      if (!fragment || fragmentPath.has(name)) continue;
      metrics.directives += fragment.directives?.length ?? 0;
      const type = walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
      cost += measureSelection(walk, fragment.selectionSet, type, depth, new Set([...fragmentPath, name]), metrics);
    }
  }
  return cost;
}

function measureField(
  walk: Walk,
  field: FieldNode,
  parentType: GraphQLCompositeType | undefined,
  depth: number,
  fragmentPath: Set<string>,
  metrics: OperationMetrics,
): number {
  if (field.alias) metrics.aliases += 1;
  metrics.depth = Math.max(metrics.depth, depth);
  if (!field.selectionSet) return 1;
  const definition = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[field.name.value] : undefined;
  const childType = definition ? (getNamedType(definition.type) as GraphQLCompositeType) : undefined;
  const childCost = measureSelection(walk, field.selectionSet, childType, depth + 1, fragmentPath, metrics);
  const paged = definition?.args.some((argument) => argument.name === 'first') ?? false;
  // The edges of a connection are already counted by its `first`.
  const list = definition !== undefined && isListType(getNullableType(definition.type)) && !parentType?.name.endsWith('Connection');
  return 1 + multiplier(walk, field, paged, list) * childCost;
}

function multiplier(walk: Walk, field: FieldNode, paged: boolean, list: boolean): number {
  if (paged) {
    const first = field.arguments?.find((argument) => argument.name.value === 'first');
    const value = first ? valueOf(first.value, walk.variables) : undefined;
    return typeof value === 'number' ? Math.min(Math.max(value, 0), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }
  return list ? ASSUMED_LIST_SIZE : 1;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  return undefined;
}
