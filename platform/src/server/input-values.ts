import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLScalarType,
  type InputValueDefinitionNode,
} from 'graphql';

/*
 * The arguments an operation passes, seen leaf by leaf: every scalar value at
 * any depth of lists and input objects, with the argument or input field that
 * declared it (whose directives — @maxLength, @person — say how to treat it).
 * The argument checks of every subgraph walk them here.
 */

/** Where a scalar value sits: the argument or input field that declared it (a list's elements share their field's). */
export type InputDefinition = InputValueDefinitionNode | null | undefined;

export interface InputLeaf {
  scalar: GraphQLScalarType;
  value: unknown;
  /** The argument's path, e.g. `input.mentees[0].personId`. */
  path: string;
  definition: InputDefinition;
}

/** Whether some leaf of a value of this type can be `wanted`: fields without such arguments need no check at all. */
export function inputTypeHas(
  type: GraphQLInputType,
  definition: InputDefinition,
  wanted: (scalar: GraphQLScalarType, definition: InputDefinition) => boolean,
  seen = new Set<string>(),
): boolean {
  if (isNonNullType(type) || isListType(type)) return inputTypeHas(type.ofType, definition, wanted, seen);
  if (isScalarType(type)) return wanted(type, definition);
  if (!isInputObjectType(type) || seen.has(type.name)) return false;
  const inside = new Set([...seen, type.name]);
  return Object.values(type.getFields()).some((field) => inputTypeHas(field.type, field.astNode, wanted, inside));
}

/** Calls `visit` for every scalar leaf of a value of this type, at any depth. */
export function forEachInputLeaf(
  type: GraphQLInputType,
  value: unknown,
  path: string,
  definition: InputDefinition,
  visit: (leaf: InputLeaf) => void,
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    forEachInputLeaf(type.ofType, value, path, definition, visit);
    return;
  }
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((element, index) => {
        forEachInputLeaf(type.ofType, element, `${path}[${index}]`, definition, visit);
      });
    else forEachInputLeaf(type.ofType, value, path, definition, visit);
    return;
  }
  if (isScalarType(type)) {
    visit({ scalar: type, value, path, definition });
    return;
  }
  if (isInputObjectType(type) && typeof value === 'object') {
    for (const field of Object.values(type.getFields())) {
      forEachInputLeaf(
        field.type,
        (value as Record<string, unknown>)[field.name],
        `${path}.${field.name}`,
        field.astNode,
        visit,
      );
    }
  }
}
