import type DataLoader from 'dataloader';
import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLFieldConfig,
  type GraphQLInputType,
  type GraphQLSchema,
  type InputValueDefinitionNode,
} from 'graphql';
import { notFound } from '../errors.js';

/*
 * An argument or input field that names a person (a registry id) carries
 *   directive @person on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
 * and every operation that takes one acts only on people the viewer may see
 * (the one person rule, platform/src/auth/person-visibility.ts): anyone else
 * is answered NOT_FOUND, word for word as an id nobody has, so a write can
 * neither pull a person of another territory in nor tell whether they exist.
 * A field whose name says it holds a person id must carry the directive: the
 * check runs at start, so a new argument cannot skip the rule.
 */

interface PersonRuleContext {
  personVisible: DataLoader<string, boolean>;
}

/** Names that say "this is a person's id"; such arguments and input fields must be marked @person. */
const PERSON_ID_NAME = /(^p|P)ersonIds?$/;

const marked = (node: InputValueDefinitionNode | null | undefined) => node?.directives?.some((directive) => directive.name.value === 'person') ?? false;

/** Where the person ids of a value of this type are, as a function from the value to its ids; undefined when none can be. */
type Collector = (value: unknown, path: string, into: { id: string; path: string }[]) => void;

function collectorOf(type: GraphQLInputType, isPerson: boolean, seen: Set<string>): Collector | undefined {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const element = collectorOf(inner.ofType, isPerson, seen);
    if (!element) return undefined;
    return (value, path, into) => {
      if (Array.isArray(value)) value.forEach((item, index) => element(item, `${path}[${index}]`, into));
      else element(value, path, into);
    };
  }
  if (isPerson) {
    return (value, path, into) => {
      if (typeof value === 'string') into.push({ id: value, path });
    };
  }
  if (!isInputObjectType(inner) || seen.has(inner.name)) return undefined;
  const fields = Object.values(inner.getFields()).flatMap((field) => {
    if (PERSON_ID_NAME.test(field.name) && !marked(field.astNode)) throw new Error(`${inner.name}.${field.name} names a person: mark it @person`);
    const collect = collectorOf(field.type, marked(field.astNode), new Set([...seen, inner.name]));
    return collect ? [{ name: field.name, collect }] : [];
  });
  if (fields.length === 0) return undefined;
  return (value, path, into) => {
    if (typeof value !== 'object' || value === null) return;
    for (const { name, collect } of fields) collect((value as Record<string, unknown>)[name], `${path}.${name}`, into);
  };
}

/** Puts every field with a @person argument (at any depth of its inputs) behind the person rule. */
export function enforcePersonArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const collectors = field.args.flatMap((argument) => {
        if (PERSON_ID_NAME.test(argument.name) && !marked(argument.astNode)) throw new Error(`${type.name}.${field.name}(${argument.name}) names a person: mark it @person`);
        const collect = collectorOf(argument.type, marked(argument.astNode), new Set());
        return collect ? [{ name: argument.name, collect }] : [];
      });
      if (collectors.length === 0) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as NonNullable<GraphQLFieldConfig<unknown, PersonRuleContext>['resolve']>;
      field.resolve = async (source, args: Record<string, unknown>, context: PersonRuleContext, info) => {
        const people: { id: string; path: string }[] = [];
        for (const { name, collect } of collectors) collect(args[name], name, people);
        const visible = await context.personVisible.loadMany(people.map((person) => person.id));
        const hidden = people.find((_, index) => visible[index] !== true);
        if (hidden) throw notFound(`Лицо ${hidden.id} не найдено; no person with id ${hidden.id}.`, { argument: hidden.path });
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
