import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@mentoring/platform/logging';
import { LRUCache } from 'lru-cache';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { canonicalJson } from '../subgraph-data-source.js';
import type { DataVersion } from './data-version.js';

type GatewayLoad = Awaited<ReturnType<ApolloGateway['load']>>;
type Executor = NonNullable<GatewayLoad['executor']>;
type ExecutionResult = Awaited<ReturnType<Executor>>;
type RequestContext = Parameters<Executor>[0];

/** The response header that says how a public answer was produced: `hit`, `miss` or `shared`. */
export const SHARED_ANSWER_HEADER = 'x-shared-answer';

export type SharedAnswerOutcome = 'hit' | 'miss' | 'shared';

export interface SharedAnswersConfig {
  /** Off: every request runs its own plan (SHARED_ANSWERS=false). */
  enabled: boolean;
  /** Most answers kept (SHARED_ANSWERS_MAX_ENTRIES). */
  maxEntries: number;
  /** Most bytes of answers kept, as JSON (SHARED_ANSWERS_MAX_BYTES). */
  maxBytes: number;
  /**
   * Longest an answer is kept (SHARED_ANSWERS_TTL_MS): the data version sees every committed write, not the clock,
   * so what an answer shows because of today's date is at most this old.
   */
  ttlMs: number;
}

export const DEFAULT_SHARED_ANSWERS: SharedAnswersConfig = {
  enabled: true,
  maxEntries: 1_000,
  maxBytes: 32_000_000,
  ttlMs: 60_000,
};

/**
 * Whether a request may share: a query of gateway/operations run anonymously. A signed-in viewer's reads of
 * personal data are logged by the subgraphs one by one, so their requests always run their own plan.
 */
function shareable(requestContext: RequestContext): requestContext is RequestContext & { context: GatewayContext } {
  const context = requestContext.context as Partial<GatewayContext>;
  return (
    context.viewer?.role === 'PUBLIC' &&
    context.authorization === undefined &&
    context.registeredOperation === true &&
    context.operationHash !== undefined &&
    requestContext.operation.operation === OperationTypeNode.QUERY
  );
}

/** Only complete answers are kept: errors (a subgraph down, a partial answer) and completion notes are not. */
function complete(result: ExecutionResult): boolean {
  return (result.errors?.length ?? 0) === 0 && result.extensions === undefined;
}

/**
 * Shares public answers: identical in-flight requests (same registered operation, same variables, same data
 * version) wait for one execution, and complete answers are kept, keyed by the data version, so the first request
 * after a committed change runs the plan again. The version is read once per request (reads coalesced, see
 * DataVersion); when it cannot be read, or is not installed yet, the request runs its own plan.
 */
export class SharedAnswers {
  readonly #answers: LRUCache<string, ExecutionResult>;
  readonly #inFlight = new Map<string, Promise<ExecutionResult>>();
  readonly #version: DataVersion;
  readonly #logger: Logger;
  readonly #keep: () => boolean;

  constructor(config: SharedAnswersConfig, version: DataVersion, logger: Logger, options: { keep: () => boolean }) {
    this.#answers = new LRUCache({ max: config.maxEntries, maxSize: config.maxBytes, ttl: config.ttlMs });
    this.#version = version;
    this.#logger = logger;
    this.#keep = options.keep;
  }

  /** The gateway's executor, sharing where `shareable` allows. */
  wrap(execute: Executor): Executor {
    return async (requestContext) => {
      if (!shareable(requestContext)) return execute(requestContext);
      const context = requestContext.context;
      let version: string | undefined;
      try {
        version = await this.#version.read();
      } catch (error) {
        this.#logger.warn({ cause: String(error) }, 'data version unreadable; the answer is not shared');
        return execute(requestContext);
      }
      if (version === undefined) return execute(requestContext);
      const { operationName, variables } = requestContext.request;
      const key = [context.operationHash, operationName ?? '', canonicalJson(variables ?? {}), version].join('\n');
      const kept = this.#answers.get(key);
      if (kept) {
        context.sharedAnswer = 'hit';
        return kept;
      }
      const running = this.#inFlight.get(key);
      if (running) {
        context.sharedAnswer = 'shared';
        return running;
      }
      context.sharedAnswer = 'miss';
      const execution = execute(requestContext).then((result) => {
        if (this.#keep() && complete(result)) this.#answers.set(key, result, { size: JSON.stringify(result).length });
        return result;
      });
      this.#inFlight.set(key, execution);
      try {
        return await execution;
      } finally {
        this.#inFlight.delete(key);
      }
    };
  }
}

/** The gateway as Apollo Server uses it, its executor wrapped once loaded; everything else is the gateway's own. */
export function sharingGateway(gateway: ApolloGateway, answers: SharedAnswers) {
  return {
    load: async (options: Parameters<ApolloGateway['load']>[0]): Promise<GatewayLoad> => {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: answers.wrap(loaded.executor) };
    },
    onSchemaLoadOrUpdate: (callback: Parameters<ApolloGateway['onSchemaLoadOrUpdate']>[0]) =>
      gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}

/** Names, on the response, how a shared answer was produced. */
export function sharedAnswerHeaderPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ contextValue, response }) => {
          if (contextValue.sharedAnswer) response.http.headers.set(SHARED_ANSWER_HEADER, contextValue.sharedAnswer);
          return Promise.resolve();
        },
      }),
  };
}
