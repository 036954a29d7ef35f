import { randomBytes } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type PublicErrorCode } from '@mentoring/platform/errors';
import { TRACEPARENT_HEADER, traceparentOf } from '@mentoring/platform/logging';
import { GATEWAY_SECRET_HEADER, OPERATION_HASH_HEADER } from '@mentoring/platform/server';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { Agent, fetch as undiciFetch } from 'undici';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
} from 'graphql';
import type { GatewaySubgraph } from './config.js';
import type { GatewayContext } from './context.js';
import type { ViewerAssertions } from './federating-in/viewer-assertion.js';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type ResponsePath = (string | number)[];

/** How the gateway connects to one subgraph. */
export interface SubgraphConnections {
  /** Most TCP connections open to the subgraph at once; further calls wait for a free one. */
  maxConnections: number;
  /** An idle connection is closed after this long; below Node's server keep-alive (5 s), so the server never closes one under a request. */
  keepAliveMs: number;
}

/**
 * A call to one subgraph: bounded in time (the gateway sets no timeout of its
 * own) and carrying the shared secret only to subgraphs that are ours. When
 * the subgraph cannot answer, only the fields this call was to fill are lost.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly #subgraph: GatewaySubgraph;
  readonly #gatewaySecret: string;
  readonly #timeoutMs: number;
  readonly #agent: Agent;
  readonly #assertions: ViewerAssertions | undefined;
  readonly #schema: (() => GraphQLSchema | undefined) | undefined;

  constructor(
    subgraph: GatewaySubgraph,
    gatewaySecret: string,
    timeoutMs: number,
    connections: SubgraphConnections,
    /** Signs who asks for another region's subgraph; our own subgraphs verify the client's token instead. */
    assertions?: ViewerAssertions,
    /** The API schema the gateway serves now: it tells which fragments of a call apply to an object of an answer. */
    schema?: () => GraphQLSchema | undefined,
  ) {
    // One bounded keep-alive pool per subgraph: a burst of clients reuses warm connections instead of opening one
    // each, and never opens more than the subgraph is sized for (its own database pool is the real limit).
    const agent = new Agent({ connections: connections.maxConnections, keepAliveTimeout: connections.keepAliveMs });
    super({ url: subgraph.url, fetcher: pooledFetcher(agent, timeoutMs) });
    this.#subgraph = subgraph;
    this.#gatewaySecret = gatewaySecret;
    this.#timeoutMs = timeoutMs;
    this.#agent = agent;
    this.#assertions = assertions;
    this.#schema = schema;
  }

  /** Closes the pool's connections; calls still under way finish first. */
  close(): Promise<void> {
    return this.#agent.close();
  }

  /**
   * Subgraph requests are built afresh, so nothing a client sent is passed on
   * by accident; our subgraphs get the secret and the client's token, which
   * they verify themselves. Another region's subgraph gets neither: it gets
   * the gateway's own signed viewer assertion (role and territory, no person),
   * bound to it alone. Every subgraph gets the trace, with the gateway's span
   * as parent: it holds nothing but random ids, and lets each side's log find
   * the other's lines.
   */
  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { request } = options;
    // Health checks and schema loading carry no client request, so no trace, token or hash either.
    const client = 'incomingRequestContext' in options ? options.context : undefined;
    if (client) request.http?.headers.set(TRACEPARENT_HEADER, this.#traceparentFor(client));
    if (!this.#subgraph.ours) {
      if (client && this.#assertions)
        request.http?.headers.set(
          'authorization',
          `Bearer ${await this.#assertions.assertionFor(this.#subgraph.name, client.viewer)}`,
        );
      return;
    }
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.#gatewaySecret);
    if (client?.authorization) request.http?.headers.set('authorization', client.authorization);
    if (client?.operationHash) request.http?.headers.set(OPERATION_HASH_HEADER, client.operationHash);
  }

  /**
   * Our subgraphs continue the client's trace. Another region's gets a trace of its own, so that a trace id a client
   * chose never reaches it; our log line names that trace, so each side can still find the other's lines.
   */
  #traceparentFor(client: GatewayContext): string {
    if (this.#subgraph.ours) return traceparentOf(client.requestLog.trace);
    const traceparent = `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
    client.requestLog.logger.debug({ subgraph: this.#subgraph.name, traceparent }, 'call to another region');
    return traceparent;
  }

  /**
   * A subgraph that is down, stopped or answers garbage would make the gateway
   * report one error without a path; answering instead as the subgraph would
   * for each field it was asked for keeps the error on that field's path (the
   * gateway maps `_entities` paths back to where each entity sits) and leaves
   * the rest of the answer to the other subgraphs.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const response = await this.#processUnique(options);
    return this.#subgraph.ours ? response : onlyWhatWasAsked(response, options, this.#schema?.());
  }

  async #processUnique(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const representations: unknown = options.request.variables?.['representations'];
    if (!Array.isArray(representations)) return this.#processOrFailSoft(options);
    const { unique, indexOf } = uniqueRepresentations(representations);
    if (unique.length === representations.length) return this.#processOrFailSoft(options);
    const request = { ...options.request, variables: { ...options.request.variables, representations: unique } };
    const response = await this.#processOrFailSoft({ ...options, request });
    return expandEntities(response, indexOf);
  }

  async #processOrFailSoft(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!('incomingRequestContext' in options) || !isUnavailability(error)) throw error;
      const { query, variables } = options.request;
      if (!query) throw error;
      // The cause (address, socket error) is for the operator's log, never for the client.
      options.context.requestLog.logger.error(
        { subgraph: this.#subgraph.name, cause: describeFailure(error) },
        'subgraph unavailable',
      );
      const document = options.document ?? parse(query);
      const message = unavailableMessage(
        this.#subgraph.name,
        isTimeout(error) ? this.#timeoutMs : undefined,
        isMutation(document),
      );
      const paths = pathsAskedFor(document, variables?.['representations']);
      return {
        errors: paths.map((path) => ({
          message,
          path,
          extensions: { code: 'SUBGRAPH_UNAVAILABLE' satisfies PublicErrorCode },
        })),
      };
    }
  }
}

/**
 * The transport failed or the answer is not a GraphQL response: no connection,
 * the time limit, a dropped socket, a proxy's 5xx or a body that is not JSON.
 * GraphQL errors of a subgraph that did answer pass through unchanged.
 */
function isUnavailability(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return true;
  const status = (error.extensions['response'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 500;
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/** Names the domain, never its address; a mutation that got no answer may or may not have been applied. */
function unavailableMessage(name: string, timeoutMs: number | undefined, mutation: boolean): string {
  const russian =
    timeoutMs === undefined ? `Сервис «${name}» недоступен` : `Сервис «${name}» не ответил за ${timeoutMs} мс`;
  const english =
    timeoutMs === undefined
      ? `the ${name} service is unavailable`
      : `the ${name} service did not answer within ${timeoutMs} ms (timeout)`;
  return mutation
    ? `${russian}, результат изменения неизвестен; ${english}, so whether the change was made is unknown.`
    : `${russian}; ${english}, so this field is missing.`;
}

function isMutation(document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION,
  );
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

/** A document's named fragments, by name, as a selection's spreads refer to them. */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/**
 * Where the gateway would have put what it asked for: `_entities.<i>.<field>`
 * for every representation of an entity call, the root fields otherwise.
 */
function pathsAskedFor(document: DocumentNode, representations: unknown): ResponsePath[] {
  const fragments = fragmentsOf(document);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const roots = responseNames(operation.selectionSet, undefined, fragments);
  const entities = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities',
  );
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet || !Array.isArray(representations))
    return roots.map((name) => [name]);
  const entitySelection = entities.selectionSet;
  return representations.flatMap((representation: unknown, index) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    const names = responseNames(entitySelection, typeof typename === 'string' ? typename : undefined, fragments);
    return names.map((name) => ['_entities', index, name]);
  });
}

/** Response names of the fields a selection asks of an object of the type (fragments of other types skipped). */
function responseNames(
  selectionSet: SelectionSetNode,
  typename: string | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
): string[] {
  const names = new Set<string>();
  const applies = (condition: string | undefined) =>
    condition === undefined || typename === undefined || condition === typename;
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') names.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return [...names];
}

/**
 * Another region's answer cut to what the call asked of it. @apollo/gateway merges every field of a subgraph's
 * answer into the entity it joins, so a field the joiner was not asked for (our `name`, a person's fields, the key)
 * would overwrite ours in the client's answer. A fragment counts for an object when its type condition holds for the
 * object's `__typename` in the served schema (see `applies`).
 */
export function onlyWhatWasAsked(
  response: SubgraphResponse,
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
  schema?: GraphQLSchema,
): SubgraphResponse {
  const query = options.request.query;
  // Health checks and schema loading carry no client request: nothing of theirs reaches a client.
  if (!response.data || !query || !('incomingRequestContext' in options)) return response;
  const document = options.document ?? parse(query);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return response;
  const fragments = fragmentsOf(document);
  return {
    ...response,
    data: selectedOf(response.data, [operation.selectionSet], fragments, schema) as Record<string, unknown>,
  };
}

/**
 * Whether a fragment's type condition holds for an object of the type the answer names: the same type, or an
 * interface or union of the schema that the type belongs to. Without a schema, or without `__typename`, a fragment
 * is kept: only a field asked under no fragment at all is then sure to be dropped.
 */
function applies(condition: string | undefined, typename: unknown, schema: GraphQLSchema | undefined): boolean {
  if (condition === undefined || typeof typename !== 'string' || condition === typename) return true;
  if (!schema) return true;
  const abstract = schema.getType(condition);
  const object = schema.getType(typename);
  return (
    abstract !== undefined && isAbstractType(abstract) && isObjectType(object) && schema.isSubType(abstract, object)
  );
}

function selectedOf(
  value: unknown,
  selectionSets: readonly SelectionSetNode[],
  fragments: Map<string, FragmentDefinitionNode>,
  schema: GraphQLSchema | undefined,
): unknown {
  if (Array.isArray(value)) return value.map((item) => selectedOf(item, selectionSets, fragments, schema));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const typename = object['__typename'];
  const asked = new Map<string, SelectionSetNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        const nested = asked.get(name) ?? [];
        if (selection.selectionSet) nested.push(selection.selectionSet);
        asked.set(name, nested);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, typename, schema)) visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value, typename, schema)) visit(fragment.selectionSet);
      }
    }
  };
  selectionSets.forEach(visit);
  return Object.fromEntries(
    [...asked]
      .filter(([name]) => Object.hasOwn(object, name))
      .map(([name, nested]) => [
        name,
        nested.length > 0 ? selectedOf(object[name], nested, fragments, schema) : object[name],
      ]),
  );
}

/**
 * @apollo/gateway sends one representation per place an entity occurs in the answer: a page of 50 pairs of one
 * school asks the registry for the same organization 50 times. Equal representations (the same typename and key
 * fields, compared as canonical JSON) are sent once; `indexOf[i]` is where the i-th original went.
 */
export function uniqueRepresentations(representations: unknown[]): { unique: unknown[]; indexOf: number[] } {
  const positions = new Map<string, number>();
  const unique: unknown[] = [];
  const indexOf = representations.map((representation) => {
    const key = canonicalJson(representation);
    let position = positions.get(key);
    if (position === undefined) {
      position = unique.push(representation) - 1;
      positions.set(key, position);
    }
    return position;
  });
  return { unique, indexOf };
}

/** JSON with object keys sorted, so that {a, b} and {b, a} name the same value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * The answer to the deduplicated call, laid out as the gateway asked: one `_entities` element per original
 * representation (a copy each after the first, since the gateway merges later fetches into each in place), and each
 * error on an entity repeated on every original position of that entity, so it lands on every path that shows it.
 */
function expandEntities(response: SubgraphResponse, indexOf: number[]): SubgraphResponse {
  const entities: unknown = response.data?.['_entities'];
  const used = new Set<number>();
  const copyOf = (entity: unknown, position: number) => {
    if (!used.has(position)) {
      used.add(position);
      return entity;
    }
    return structuredClone(entity);
  };
  const data = Array.isArray(entities)
    ? { ...response.data, _entities: indexOf.map((position) => copyOf(entities[position], position)) }
    : response.data;
  const errors = response.errors?.flatMap((error) => {
    const [head, position, ...rest] = error.path ?? [];
    if (head !== '_entities' || typeof position !== 'number') return [error];
    return indexOf.flatMap((target, original) =>
      target === position ? [{ ...error, path: ['_entities', original, ...rest] }] : [],
    );
  });
  return { ...response, ...(data === undefined ? {} : { data }), ...(errors ? { errors } : {}) };
}

function pooledFetcher(agent: Agent, timeoutMs: number): Fetcher {
  const fetcher = (url: string, init?: FetcherRequestInit) =>
    undiciFetch(url, { ...init, dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) });
  return fetcher;
}
