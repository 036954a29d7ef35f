import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { Role } from '@mentoring/platform/auth';
import { Kind, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { documentHash, type RegisteredOperation } from '../persisted-operations.js';
import { pricedOperation, type CostliestPart, type PricedOperation } from './cost.js';
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
function priceOperation(...args: Parameters<typeof pricedOperation>): PricedOperation | GraphQLError {
  try {
    return pricedOperation(...args);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return refusal(
      'BAD_USER_INPUT',
      400,
      `Стоимость запроса не оценить: переменные не подходят к нему или он слишком разветвлён; the query cannot be priced: ${error.message}`,
      { limit: 'cost' },
    );
  }
}

/** A request asks for a dry run with the extension `"dryRun": true`: the cost report, and the operation not run. */
const DRY_RUN_EXTENSION = 'dryRun';

function isDryRun(extensions: Record<string, unknown> | undefined): boolean {
  return extensions?.[DRY_RUN_EXTENSION] === true;
}

interface Measure {
  actual: number;
  max: number;
}

/**
 * What an operation costs against the viewer's limits, as a dry run answers it in `extensions.cost`: the estimate,
 * the role's budget, the costliest part, depth, aliases and directives, and the refusal the gateway would answer
 * with (null when the operation would run).
 */
export interface CostReport {
  cost: number;
  budget: number;
  role: Role;
  withinLimits: boolean;
  costliest: CostliestPart | null;
  depth: Measure;
  aliases: Measure;
  directives: Measure;
  refusal: Refusal | null;
}

interface Refusal {
  /** The reason in the gateway's log. */
  reason: string;
  error: GraphQLError;
}

/** The report as the client reads it: the refusal as its message and code. */
function publicReport({ refusal: found, ...report }: CostReport) {
  return {
    ...report,
    refusal: found
      ? { message: found.error.message, code: found.error.extensions['code'], limit: found.error.extensions['limit'] }
      : null,
  };
}

const costliestText = (costliest: CostliestPart | null, cost: number) =>
  costliest
    ? ` Дороже всего ${costliest.path}: ${costliest.cost} из ${cost}; the costliest part is ${costliest.path} (${costliest.cost} of ${cost}).`
    : '';

/** The report, or the refusal when the operation cannot be priced (its shape's refusal first: a fragment bomb is deep). */
function costReport(
  limits: RequestLimits,
  role: Role,
  ...operation: Parameters<typeof pricedOperation>
): CostReport | Refusal {
  const [schema, document] = operation;
  const shape = measureShape(schema, document);
  const measures: Record<ShapeLimit, Measure> = {
    depth: { actual: shape.depth, max: limits.maxDepth },
    aliases: { actual: shape.aliases, max: limits.maxAliases },
    directives: { actual: shape.directives, max: limits.maxDirectives },
  };
  const shapeRefused = shapeRefusal(measures);
  const priced = priceOperation(...operation);
  if (priced instanceof GraphQLError) return shapeRefused ?? { reason: 'COST_UNPRICEABLE', error: priced };
  const budget = limits.costBudget[role];
  const found = shapeRefused ?? costRefusal(priced, budget, role);
  return {
    cost: priced.cost,
    budget,
    role,
    withinLimits: found === null,
    costliest: priced.costliest,
    ...measures,
    refusal: found,
  };
}

function shapeRefusal(measures: Record<ShapeLimit, Measure>): Refusal | null {
  for (const limit of ['depth', 'aliases', 'directives'] as const) {
    const { actual, max } = measures[limit];
    if (actual > max)
      return {
        reason: LIMIT_REASONS[limit],
        error: refusal('BAD_USER_INPUT', 400, `${LIMIT_MESSAGES[limit]} (${actual} > ${max}).`, { limit, max, actual }),
      };
  }
  return null;
}

function costRefusal({ cost, costliest }: PricedOperation, budget: number, role: Role): Refusal | null {
  if (cost <= budget) return null;
  return {
    reason: 'LIMIT_COST',
    error: refusal(
      'BAD_USER_INPUT',
      400,
      `Запрос слишком дорогой: оценка ${cost} при лимите ${budget} для роли ${role}; use smaller pages (first) or fewer nested lists.${costliestText(costliest, cost)}`,
      {
        limit: 'cost',
        max: budget,
        actual: cost,
        // Plain values: the error mask keeps no objects in extensions.
        ...(costliest ? { costliestPath: costliest.path, costliestCost: costliest.cost } : {}),
      },
    ),
  };
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
        // A dry run ends here: the report instead of an execution (nothing is planned, fetched or written).
        responseForOperation: ({ contextValue }) =>
          Promise.resolve(
            contextValue.costReport
              ? {
                  http: { status: 200, headers: new HeaderMap() },
                  body: {
                    kind: 'single' as const,
                    singleResult: { extensions: { cost: publicReport(contextValue.costReport) } },
                  },
                }
              : null,
          ),
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
  if (!operation) {
    // Apollo hands a document without the named operation to the gateway, whose refusal would be an internal error.
    const named = request.operationName;
    throw refuse(
      'OPERATION_UNRESOLVED',
      new GraphQLError(
        named
          ? `В документе нет операции «${named.slice(0, 100)}»; the document has no operation named ${named.slice(0, 100)}.`
          : 'В документе несколько операций: укажите operationName; the document holds several operations, name one.',
        { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
      ),
    );
  }
  const report = costReport(limits, viewer.role, schema, document, operation.name?.value, request.variables ?? {});
  if (!('cost' in report)) throw refuse(report.reason, report.error);
  if (isDryRun(request.extensions)) {
    // A dry run answers with the report whatever it says; the operation does not run.
    contextValue.costReport = report;
    return;
  }
  if (report.refusal) throw refuse(report.refusal.reason, report.refusal.error);
}
