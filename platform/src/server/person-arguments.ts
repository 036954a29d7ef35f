import {
  defaultFieldResolver,
  isInputObjectType,
  isObjectType,
  type GraphQLFieldConfig,
  type GraphQLSchema,
} from 'graphql';
import type { PersonVisibilityContext } from '../auth/person-visibility.js';
import { notFound } from '../errors.js';
import { forEachInputLeaf, inputTypeHas, type InputDefinition } from './input-values.js';

/*
 * An argument or input field that names a person (a registry id) carries
 *   directive @person on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
 * and every operation that takes one acts only on people the viewer may see
 * (the one person rule, subgraphs/registry/src/published/person-visibility.ts): anyone else
 * is answered NOT_FOUND, word for word as an id nobody has, so a write can
 * neither pull a person of another territory in nor tell whether they exist.
 * A field whose name says it holds a person id must carry the directive: the
 * check runs at start, so a new argument cannot skip the rule.
 */

/** Names that say "this is a person's id"; such arguments and input fields must be marked @person. */
const PERSON_ID_NAME = /(^p|P)ersonIds?$/;

const marked = (definition: InputDefinition) =>
  definition?.directives?.some((directive) => directive.name.value === 'person') ?? false;

/** Refuses, at start, an argument or input field whose name says it holds a person id but which lacks @person. */
function assertPersonIdsMarked(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const definitions = isObjectType(type)
      ? Object.values(type.getFields()).flatMap((field) =>
          field.args.map((argument) => ({ where: `${type.name}.${field.name}(${argument.name})`, value: argument })),
        )
      : isInputObjectType(type)
        ? Object.values(type.getFields()).map((field) => ({ where: `${type.name}.${field.name}`, value: field }))
        : [];
    for (const { where, value } of definitions) {
      if (PERSON_ID_NAME.test(value.name) && !marked(value.astNode))
        throw new Error(`${where} names a person: mark it @person`);
    }
  }
}

/** Puts every field with a @person argument (at any depth of its inputs) behind the person rule. */
export function enforcePersonArguments(schema: GraphQLSchema): GraphQLSchema {
  assertPersonIdsMarked(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const personArguments = field.args.filter((argument) =>
        inputTypeHas(argument.type, argument.astNode, (_, definition) => marked(definition)),
      );
      if (personArguments.length === 0) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as NonNullable<
        GraphQLFieldConfig<unknown, PersonVisibilityContext>['resolve']
      >;
      field.resolve = async (source, args: Record<string, unknown>, context: PersonVisibilityContext, info) => {
        const people: { id: string; path: string }[] = [];
        for (const argument of personArguments) {
          forEachInputLeaf(
            argument.type,
            args[argument.name],
            argument.name,
            argument.astNode,
            ({ value, path, definition }) => {
              if (marked(definition) && typeof value === 'string') people.push({ id: value, path });
            },
          );
        }
        const visible = await context.personVisible.loadMany(people.map((person) => person.id));
        const hidden = people.find((_, index) => visible[index] !== true);
        if (hidden)
          throw notFound(`Лицо ${hidden.id} не найдено; no person with id ${hidden.id}.`, { argument: hidden.path });
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
