import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, GraphQLError, visit, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { operationHash, type RegisteredOperation } from '../persisted-operations.js';
import type { RequestLimits } from './limits.js';
import { measureOperation, type OperationMetrics } from './operation-metrics.js';

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

const LIMIT_MESSAGES: Record<keyof Omit<OperationMetrics, 'cost'>, string> = {
  depth: 'Запрос слишком глубокий; the query nests fields too deeply',
  aliases: 'Слишком много псевдонимов (aliases) в запросе; the query uses too many aliases',
  directives: 'Слишком много директив в запросе; the query uses too many directives',
};

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
        const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
        const metrics = measureOperation(schema, operation, fragments, request.variables ?? {});
        const checks: [keyof Omit<OperationMetrics, 'cost'>, number][] = [
          ['depth', limits.maxDepth],
          ['aliases', limits.maxAliases],
          ['directives', limits.maxDirectives],
        ];
        for (const [limit, max] of checks) {
          if (metrics[limit] > max) {
            throw refusal('BAD_USER_INPUT', 400, `${LIMIT_MESSAGES[limit]} (${metrics[limit]} > ${max}).`, { limit, max, actual: metrics[limit] });
          }
        }
        const budget = limits.costBudget[viewer.role];
        if (metrics.cost > budget) {
          throw refusal(
            'BAD_USER_INPUT',
            400,
            `Запрос слишком дорогой: оценка ${metrics.cost} при лимите ${budget} для роли ${viewer.role}; use smaller pages (first) or fewer nested lists.`,
            { limit: 'cost', max: budget, actual: metrics.cost },
          );
        }
      },
    }),
  };
}
