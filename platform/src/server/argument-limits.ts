import {
  defaultFieldResolver,
  GraphQLError,
  isObjectType,
  Kind,
  type GraphQLFieldConfig,
  type GraphQLFormattedError,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { badUserInput } from '../errors.js';
import { forEachInputLeaf, inputTypeHas, type InputDefinition } from './input-values.js';

/*
 * Every text a client sends — argument or input field, at any depth, of any
 * field of any subgraph — is checked here once, before the resolver runs:
 * no NUL character (PostgreSQL text cannot hold it), well-formed Unicode (a
 * lone surrogate such as "\ud800" travels in JSON but not into UTF-8), and at
 * most a maximum number of characters. A subgraph declares
 *   directive @maxLength(max: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
 * and puts it on every text that is stored, with the same maximum as its
 * database column (and in its description); text without it (filters,
 * codes, cursors) may be up to DEFAULT_MAX_LENGTH characters.
 */

/** For text that is looked up or filtered by, never stored: enough for any cursor or search phrase. */
export const DEFAULT_MAX_LENGTH = 2000;

const TEXT_SCALARS = new Set(['String', 'ID']);
const LONE_SURROGATE = /\p{Surrogate}/u;

/** What is wrong with a text, or undefined when it may be passed on. */
export function textProblem(
  value: string,
  max: number,
): { kind: 'nul' | 'unicode' } | { kind: 'length'; actual: number } | undefined {
  if (value.includes('\u0000')) return { kind: 'nul' };
  if (LONE_SURROGATE.test(value)) return { kind: 'unicode' };
  // Characters as PostgreSQL counts them (code points); UTF-16 units are an upper bound, so short texts skip the count.
  if (value.length > max) {
    const actual = Array.from(value).length;
    if (actual > max) return { kind: 'length', actual };
  }
  return undefined;
}

/** The refusal for a text argument, naming the argument's path (e.g. `input.lastName`). */
export function refuseText(path: string, value: string, max: number): GraphQLError | undefined {
  const problem = textProblem(value, max);
  if (!problem) return undefined;
  switch (problem.kind) {
    case 'nul':
      return badUserInput(`${path}: текст содержит символ NUL (U+0000); the text contains a NUL character.`, {
        argument: path,
      });
    case 'unicode':
      return badUserInput(
        `${path}: текст не является корректным Юникодом; the text is not well-formed Unicode (lone surrogate).`,
        { argument: path },
      );
    case 'length':
      return badUserInput(`${path}: не более ${max} символов; at most ${max} characters, got ${problem.actual}.`, {
        argument: path,
        limit: 'length',
        max,
        actual: problem.actual,
      });
  }
}

/** The maximum declared by @maxLength on an argument or input field, or the default. */
export function maxLengthOf(astNode: InputDefinition): number {
  const directive = astNode?.directives?.find((candidate) => candidate.name.value === 'maxLength');
  const max = directive?.arguments?.find((argument) => argument.name.value === 'max')?.value;
  if (!directive) return DEFAULT_MAX_LENGTH;
  if (max?.kind !== Kind.INT) throw new Error(`@maxLength on ${astNode?.name.value} needs an Int max`);
  return Number(max.value);
}

const isText = (scalar: GraphQLScalarType) => TEXT_SCALARS.has(scalar.name);

/** Wraps the resolver of every field that takes text, so each argument is checked before it runs. */
export function enforceArgumentLimits(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const textArguments = field.args.filter((argument) => inputTypeHas(argument.type, argument.astNode, isText));
      if (textArguments.length === 0) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as NonNullable<
        GraphQLFieldConfig<unknown, unknown>['resolve']
      >;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const argument of textArguments) {
          forEachInputLeaf(
            argument.type,
            args[argument.name],
            argument.name,
            argument.astNode,
            ({ scalar, value, path, definition }) => {
              if (!isText(scalar) || typeof value !== 'string') return;
              const refusal = refuseText(path, value, maxLengthOf(definition));
              if (refusal) throw refusal;
            },
          );
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * A scalar (UUID, Date) refusing a literal throws BAD_USER_INPUT during
 * validation, which Apollo Server re-labels GRAPHQL_VALIDATION_FAILED; the
 * client sent a bad value, not a bad query, so the scalar's own code stays.
 */
export function keepUserInputCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const refusedByScalar = original instanceof GraphQLError && original.extensions['code'] === 'BAD_USER_INPUT';
  if (formatted.extensions?.['code'] !== 'GRAPHQL_VALIDATION_FAILED' || !refusedByScalar) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, ...original.extensions, code: 'BAD_USER_INPUT' } };
}

/**
 * Apollo Server answers a refused variable or literal with HTTP 400, which the
 * gateway's data source reports as a failed fetch without the subgraph's
 * errors — a client would see INTERNAL_SERVER_ERROR for its own bad value.
 * Answered as GraphQL (200, errors in the body), BAD_USER_INPUT reaches the
 * client with its message and argument.
 */
export const userInputAsGraphQLAnswer = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({
        response,
      }: {
        response: {
          http: { status?: number | undefined };
          body: { kind: string; singleResult?: { errors?: readonly GraphQLFormattedError[] } };
        };
      }) => {
        const errors = response.body.kind === 'single' ? response.body.singleResult?.errors : undefined;
        if (
          response.http.status === 400 &&
          errors?.length &&
          errors.every((error) => error.extensions?.['code'] === 'BAD_USER_INPUT')
        ) {
          response.http.status = 200;
        }
        return Promise.resolve();
      },
    }),
};
