import { ApolloArmor } from '@escape.tech/graphql-armor';
import { validate, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';

export type ShapeLimit = 'depth' | 'aliases' | 'directives';

/** What a document asks for, counted with its fragments expanded; the largest of its operations. */
export type DocumentShape = Record<ShapeLimit, number>;

/**
 * graphql-armor's visitors count depth, aliases and directives through
 * fragments. They only measure here (a limit of infinity): the verdict is the
 * limits plugin's, because Apollo recodes every validation-rule error as
 * GRAPHQL_VALIDATION_FAILED and armor's rejection carries no numbers, while
 * clients get BAD_USER_INPUT with `limit`, `max` and `actual`.
 */
export function measureShape(schema: GraphQLSchema, document: DocumentNode): DocumentShape {
  const shape: DocumentShape = { depth: 0, aliases: 0, directives: 0 };
  const measure = (limit: ShapeLimit) => ({
    n: Number.POSITIVE_INFINITY,
    propagateOnRejection: false,
    onAccept: [
      (_context: ValidationContext | null, details: { n: number }) => {
        shape[limit] = Math.max(shape[limit], details.n);
      },
    ],
  });
  const { validationRules } = new ApolloArmor({
    // Inline fragments and spreads select on the same object: they add no level.
    maxDepth: { ...measure('depth'), flattenFragments: true },
    // An aliased __typename is still an alias: batching attacks use any field.
    maxAliases: { ...measure('aliases'), allowList: [] },
    maxDirectives: measure('directives'),
    // Cost is priced with the operation's variables (cost.ts); armor's cost rule reads only literals.
    costLimit: { enabled: false },
    // graphql-js's own parser limit (parseOptions.maxTokens) refuses long documents in the one parse Apollo does.
    maxTokens: { enabled: false },
    // Apollo hides suggestions itself (hideSchemaDetailsFromClientErrors).
    blockFieldSuggestion: { enabled: false },
  }).protect();
  validate(schema, document, validationRules);
  return shape;
}
