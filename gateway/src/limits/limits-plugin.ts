import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { Kind, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { documentHash, type RegisteredOperation } from '../persisted-operations.js';
import { operationCost } from './cost.js';
import { measureShape, type ShapeLimit } from './document-shape.js';
import type { RequestLimits } from './limits.js';

export interface LimitsPluginOptions {
  limits: RequestLimits;
  persistedOperations: Map<string, RegisteredOperation>;
  /** In production anonymous clients get no introspection. */
  production: boolean;
}

function refusal(
  code: 'FORBIDDEN' | 'BAD_USER_INPUT',
  status: number,
  message: string,
  details: Record<string, unknown> = {},
) {
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

/** Arguments only registered operations may give: Query.calendar's feedFirst (pages of 2,000 for the iCalendar feed). */
const REGISTERED_ONLY_ARGUMENTS = new Set(['feedFirst']);

function registeredOnlyArgument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument: (argument) => {
      if (REGISTERED_ONLY_ARGUMENTS.has(argument.name.value)) found = argument.name.value;
    },
  });
  return found;
}

const LIMIT_MESSAGES: Record<ShapeLimit, string> = {
  depth: 'Запрос слишком глубокий; the query nests fields too deeply',
  aliases: 'Слишком много псевдонимов (aliases) в запросе; the query uses too many aliases',
  directives: 'Слишком много директив в запросе; the query uses too many directives',
};

/** Reasons of the refusals in the gateway's log. */
const LIMIT_REASONS: Record<ShapeLimit, string> = {
  depth: 'LIMIT_DEPTH',
  aliases: 'LIMIT_ALIASES',
  directives: 'LIMIT_DIRECTIVES',
};

/** The estimator refuses what it cannot price: variables of the wrong type, or a fragment bomb. */
function priceOperation(...args: Parameters<typeof operationCost>): number | GraphQLError {
  try {
    return operationCost(...args);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return refusal(
      'BAD_USER_INPUT',
      400,
      `Стоимость запроса не оценить; the query cannot be priced: ${error.message}`,
      { limit: 'cost' },
    );
  }
}

/**
 * Checks every operation before the gateway plans it: who may run ad-hoc
 * queries, introspection, depth, aliases, directives and cost per role.
 */
export function limitsPlugin(options: LimitsPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        // What checkOperation throws becomes the rejection Apollo answers the client with.
        didResolveOperation: (requestContext) =>
          Promise.resolve(requestContext).then((resolved) => {
            checkOperation(options, resolved);
          }),
      }),
  };
}

function checkOperation(
  { limits, persistedOperations, production }: LimitsPluginOptions,
  { contextValue, document, operation, request, schema }: GraphQLRequestContextDidResolveOperation<GatewayContext>,
): void {
  const { viewer, requestLog } = contextValue;
  const refuse = (reason: string, error: GraphQLError) => {
    requestLog.refuse(reason);
    return error;
  };
  const hash = documentHash(document);
  contextValue.operationHash = hash;
  const registered = persistedOperations.has(hash);
  contextValue.registeredOperation = registered;
  if (registered) requestLog.persistedOperation(hash);
  if (viewer.role === 'PUBLIC') {
    if (usesIntrospection(document) && production) {
      throw refuse(
        'INTROSPECTION_REFUSED',
        refusal('FORBIDDEN', 403, 'Интроспекция доступна только с токеном; introspection needs a token.'),
      );
    }
    const allowedAdHoc = !production && isIntrospectionOnly(document);
    if (!allowedAdHoc && !registered) {
      throw refuse(
        'OPERATION_NOT_REGISTERED',
        refusal(
          'FORBIDDEN',
          403,
          'Без токена доступны только зарегистрированные запросы; without a token only registered operations (gateway/operations) may run.',
        ),
      );
    }
  }
  const reserved = registered ? undefined : registeredOnlyArgument(document);
  if (reserved) {
    throw refuse(
      'ARGUMENT_REGISTERED_ONLY',
      refusal(
        'FORBIDDEN',
        403,
        `Аргумент ${reserved} доступен только зарегистрированным запросам (iCalendar-лента); ${reserved} is for the registered calendar-feed operations only — use first and after.`,
        { argument: reserved },
      ),
    );
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
      throw refuse(
        LIMIT_REASONS[limit],
        refusal('BAD_USER_INPUT', 400, `${LIMIT_MESSAGES[limit]} (${shape[limit]} > ${max}).`, {
          limit,
          max,
          actual: shape[limit],
        }),
      );
    }
  }
  const cost = priceOperation(schema, document, operation.name?.value, request.variables ?? {});
  if (cost instanceof GraphQLError) throw refuse('COST_UNPRICEABLE', cost);
  const budget = limits.costBudget[viewer.role];
  if (cost > budget) {
    throw refuse(
      'LIMIT_COST',
      refusal(
        'BAD_USER_INPUT',
        400,
        `Запрос слишком дорогой: оценка ${cost} при лимите ${budget} для роли ${viewer.role}; use smaller pages (first) or fewer nested lists.`,
        { limit: 'cost', max: budget, actual: cost },
      ),
    );
  }
}
