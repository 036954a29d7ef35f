import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { operationHash, type RegisteredOperation } from '../persisted-operations.js';
import { operationCost } from './cost.js';
import { measureShape, type ShapeLimit } from './document-shape.js';
import type { RequestLimits } from './limits.js';

export interface LimitsPluginOptions {
  limits: RequestLimits;
  persistedOperations: Map<string, RegisteredOperation>;
  /** In production anonymous clients get no introspection. */
  production: boolean;
}

function refusal(code: 'FORBIDDEN' | 'BAD_USER_INPUT', status: number, message: string, details: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status } } });
}

function isIntrospectionOnly(document: DocumentNode): boolean {
  let onlyIntrospection = true;
  visit(document, {
    OperationDefinition: (operation) => {
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD || !selection.name.value.startsWith('__')) onlyIntrospection = false;
      }
    },
  });
  return onlyIntrospection;
}

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field: (field) => {
      if (field.name.value === '__schema' || field.name.value === '__type') found = true;
    },
  });
  return found;
}

const LIMIT_MESSAGES: Record<ShapeLimit, string> = {
  depth: 'Запрос слишком глубокий; the query nests fields too deeply',
  aliases: 'Слишком много псевдонимов (aliases) в запросе; the query uses too many aliases',
  directives: 'Слишком много директив в запросе; the query uses too many directives',
};

/** The estimator refuses what it cannot price: variables of the wrong type, or a fragment bomb. */
function priceOperation(...args: Parameters<typeof operationCost>): number {
  try {
    return operationCost(...args);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw refusal('BAD_USER_INPUT', 400, `Стоимость запроса не оценить; the query cannot be priced: ${error.message}`, { limit: 'cost' });
  }
}

/**
 * Checks every operation before the gateway plans it: who may run ad-hoc
 * queries, introspection, depth, aliases, directives and cost per role.
 */
export function limitsPlugin({ limits, persistedOperations, production }: LimitsPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ contextValue, document, operation, request, schema }) => {
        const { viewer } = contextValue;
        const hash = operationHash(document);
        contextValue.operationHash = hash;
        if (viewer.role === 'PUBLIC') {
          if (usesIntrospection(document) && production) {
            throw refusal('FORBIDDEN', 403, 'Интроспекция доступна только с токеном; introspection needs a token.');
          }
          const allowedAdHoc = !production && isIntrospectionOnly(document);
          if (!allowedAdHoc && !persistedOperations.has(hash)) {
            throw refusal(
              'FORBIDDEN',
              403,
              'Без токена доступны только зарегистрированные запросы; without a token only registered operations (gateway/operations) may run.',
            );
          }
        }
        if (!operation) return;
        const shape = measureShape(schema, document);
        const checks: [ShapeLimit, number][] = [
          ['depth', limits.maxDepth],
          ['aliases', limits.maxAliases],
          ['directives', limits.maxDirectives],
        ];
        for (const [limit, max] of checks) {
          if (shape[limit] > max) {
            throw refusal('BAD_USER_INPUT', 400, `${LIMIT_MESSAGES[limit]} (${shape[limit]} > ${max}).`, { limit, max, actual: shape[limit] });
          }
        }
        const cost = priceOperation(schema, document, operation.name?.value, request.variables ?? {});
        const budget = limits.costBudget[viewer.role];
        if (cost > budget) {
          throw refusal(
            'BAD_USER_INPUT',
            400,
            `Запрос слишком дорогой: оценка ${cost} при лимите ${budget} для роли ${viewer.role}; use smaller pages (first) or fewer nested lists.`,
            { limit: 'cost', max: budget, actual: cost },
          );
        }
      },
    }),
  };
}
