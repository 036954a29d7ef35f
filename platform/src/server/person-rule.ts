import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldConfig,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { PersonVisibilityContext } from '../auth/person-visibility.js';
import { forbidden } from '../errors.js';

/** The federated type of people; every subgraph that refers to people names it so. */
export const PERSON_TYPE = 'Person';

interface Shape {
  nonNull: boolean;
  list: boolean;
  elementNonNull: boolean;
}

function shapeOf(type: GraphQLOutputType, path: string): Shape {
  const inner = getNullableType(type);
  if (!isListType(inner)) return { nonNull: isNonNullType(type), list: false, elementNonNull: false };
  if (isListType(getNullableType(inner.ofType)))
    throw new Error(`${path}: lists of lists of people are not supported by the person rule`);
  return { nonNull: isNonNullType(type), list: true, elementNonNull: isNonNullType(inner.ofType) };
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** The person if the viewer may see them, null otherwise: a hidden person is indistinguishable from none. */
async function visibleOrNull<T>(value: T, context: PersonVisibilityContext): Promise<T | null> {
  if (value === null || value === undefined) return null;
  const id = idOf(value);
  return id !== undefined && (await context.personVisible.load(id)) ? value : null;
}

/**
 * Puts every field whose type is `Person` (or a list of them) — in any
 * subgraph, on any type, including federation's `_entities` — behind the one
 * person-visibility rule, so no subgraph hands out a person the viewer may not
 * see, whatever resolver produced it. Such fields must be nullable (list
 * elements too): a hidden person costs only its own place in the answer.
 * Mutations may return `Person!`: they answer FORBIDDEN instead.
 */
export function enforcePersonVisibility(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== PERSON_TYPE) continue;
      const path = `${type.name}.${field.name}`;
      const shape = shapeOf(field.type, path);
      if (type !== mutationType && ((shape.nonNull && !shape.list) || shape.elementNonNull)) {
        throw new Error(
          `${path} yields a Person and must be nullable (${shape.list ? '[Person]' : 'Person'}): a person the viewer may not see is answered as null`,
        );
      }
      const resolve = (field.resolve ?? defaultFieldResolver) as NonNullable<
        GraphQLFieldConfig<unknown, PersonVisibilityContext>['resolve']
      >;
      field.resolve = async (source, args, context: PersonVisibilityContext, info) => {
        const value: unknown = await resolve(source, args, context, info);
        if (shape.list)
          return Array.isArray(value) ? Promise.all(value.map((item: unknown) => visibleOrNull(item, context))) : value;
        const visible = await visibleOrNull(value, context);
        if (visible === null && value !== null && value !== undefined && shape.nonNull) {
          throw forbidden(
            `Лицо вне вашей территории или не давшее согласия; ${path}: this person is not visible to you.`,
            { field: path },
          );
        }
        return visible;
      };
    }
  }
  const entities = schema.getQueryType()?.getFields()['_entities'];
  if (entities?.resolve) {
    const resolve = entities.resolve as NonNullable<GraphQLFieldConfig<unknown, PersonVisibilityContext>['resolve']>;
    // A forged or planned reference to a person is answered only as far as the rule allows.
    entities.resolve = async (
      source,
      args: { representations?: { __typename?: string }[] },
      context: PersonVisibilityContext,
      info,
    ) => {
      const results = (await resolve(source, args, context, info)) as unknown[];
      return results.map((result, index) =>
        args.representations?.[index]?.__typename === PERSON_TYPE
          ? Promise.resolve(result).then((entity) => visibleOrNull(entity, context))
          : result,
      );
    };
  }
  return schema;
}
