import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import {
  createFeedTokens,
  createTokenVerifier,
  feedTokenConfig,
  PUBLIC_VIEWER,
  viewerOfRequest,
  type Role,
  type Viewer,
} from '@mentoring/platform/auth';
import { maskError } from '@mentoring/platform/errors';
import {
  createLogger,
  operationNamePlugin,
  requestLogging,
  withinRequest,
  type RequestLog,
} from '@mentoring/platform/logging';
import { closeServer, graphqlRequestListener, listen } from '@mentoring/platform/server';
import { effectiveSubgraphUrl, readSubgraphList } from '@mentoring/platform/config';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { calendarFeed, isCalendarFeedPath } from './calendar-feed.js';
import { DEFAULT_ASSERTION_ISSUER, DEFAULT_SUBGRAPH_CONNECTIONS, type GatewayConfig } from './config.js';
import { gatewayContext, type GatewayContext } from './context.js';
import { answerPreflight, corsPlugin, isGraphQLPreflight } from './cors.js';
import { internalDetailsPlugin } from './internal-details-plugin.js';
import { isBrowserVisit, isPagePath, pagesHandler, WORKBENCH_PATH } from './pages.js';
import { limitsPlugin } from './limits/limits-plugin.js';
import { clientAddress, trustedProxyList } from './limits/client-address.js';
import { openRateLimits, type RateLimiter } from './limits/rate-limiter.js';
import {
  expandPersistedOperation,
  loadPersistedOperations,
  unknownPersistedOperation,
} from './persisted-operations.js';
import { isSignInPath, signInHandler } from './sign-in.js';
import { exportHandler, isExportPath } from './export/export-handler.js';
import { openDataVersion } from './shared-answers/data-version.js';
import {
  DEFAULT_SHARED_ANSWERS,
  SharedAnswers,
  sharedAnswerHeaderPlugin,
  sharingGateway,
} from './shared-answers/shared-answers.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { createViewerAssertions, JWKS_PATH } from './federating-in/viewer-assertion.js';
import { watchedSupergraph } from './federating-in/supergraph-watch.js';

/** Roles whose mutations may carry import files. */
const IMPORTING_ROLES = new Set<Role>(['REGIONAL_OPERATOR', 'MUNICIPAL_COORDINATOR', 'SCHOOL_CURATOR', 'SCHOOL_HEAD']);

async function enforceRateLimit(
  limiter: RateLimiter,
  key: string,
  requestLog: RequestLog,
  reason: string,
): Promise<void> {
  const retryAfter = await limiter.take(key);
  if (retryAfter === 0) return;
  requestLog.refuse(reason);
  throw new GraphQLError(`Слишком много запросов; too many requests, retry in ${retryAfter} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: retryAfter,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
}

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/** The gateway serves the checked-in supergraph; subgraph URLs come from configuration, not from the file. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const logger = config.logger ?? createLogger({ service: 'gateway' });
  const byName = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph]));
  // The secret and the client's token go only to the subgraphs configured as ours at start; a subgraph that joins
  // while the gateway runs is another region's, whatever the list says of it.
  const oursAtStart = new Set(config.subgraphs.filter((subgraph) => subgraph.ours).map((subgraph) => subgraph.name));
  const learnJoiners = () => {
    const listed = readSubgraphList(config.subgraphListFile);
    // A joiner's address may change with a new version; ours keep the address the gateway was configured with.
    for (const entry of listed)
      if (!oursAtStart.has(entry.name))
        byName.set(entry.name, { name: entry.name, url: effectiveSubgraphUrl(entry), ours: false });
    for (const name of byName.keys())
      if (!oursAtStart.has(name) && !listed.some((entry) => entry.name === name)) byName.delete(name);
  };
  /** One pool per subgraph: a new supergraph that moves a joiner builds it a new one, and the old one closes. */
  const dataSources = new Map<string, SubgraphDataSource>();
  const assertions = await createViewerAssertions({
    issuer: config.publicUrl ?? DEFAULT_ASSERTION_ISSUER,
    ...(config.viewerAssertionKey ? { privateKeyPem: config.viewerAssertionKey } : {}),
  });
  if (!config.viewerAssertionKey && config.production)
    logger.warn(
      'VIEWER_ASSERTION_KEY is unset: this replica signs viewer assertions with a key of its own, which other replicas do not publish',
    );
  const gateway = new ApolloGateway({
    supergraphSdl: watchedSupergraph({ file: config.supergraphFile, logger, beforeUpdate: learnJoiners }),
    buildService: ({ name }) => {
      const subgraph = byName.get(name);
      if (!subgraph) throw new Error(`Subgraph "${name}" of the supergraph is missing from schema/subgraphs.json`);
      const dataSource = new SubgraphDataSource(
        subgraph,
        config.gatewaySecret,
        config.subgraphTimeoutMs,
        config.subgraphConnections ?? DEFAULT_SUBGRAPH_CONNECTIONS,
        assertions,
        () => servedSchema,
      );
      const previous = dataSources.get(name);
      dataSources.set(name, dataSource);
      // Calls still under way on the old pool finish first (undici's close waits for them).
      void previous?.close();
      return dataSource;
    },
  });

  let servedSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    servedSchema = apiSchema;
  });
  const verifyToken = createTokenVerifier(config.tokens);
  // The body limit and the context both need the viewer; the token is verified once per request.
  const viewers = new WeakMap<IncomingMessage, Promise<Viewer>>();
  const viewerOf = (request: IncomingMessage) => {
    let viewer = viewers.get(request);
    if (!viewer) viewers.set(request, (viewer = viewerOfRequest(request, verifyToken)));
    return viewer;
  };
  const persistedOperations = loadPersistedOperations(config.operationsDir);
  const trustedProxies = trustedProxyList(config.trustedProxies);
  const rateLimits = await openRateLimits(
    { databaseUrl: config.databaseUrl, ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}) },
    { ip: config.limits.rateLimitPerMinuteIp, user: config.limits.rateLimitPerMinuteUser },
    logger,
  );
  const sharing = config.sharedAnswers ?? DEFAULT_SHARED_ANSWERS;
  // Shares nothing until the triggers are in: the subgraphs starting beside the gateway may not have migrated yet.
  const dataVersion = sharing.enabled
    ? await openDataVersion({
        databaseUrl: config.databaseUrl,
        schemas: config.subgraphs.filter((subgraph) => subgraph.ours).map((subgraph) => subgraph.name),
        logger,
      })
    : undefined;
  const sharedAnswers = dataVersion
    ? new SharedAnswers(sharing, dataVersion, logger, {
        // The data version counts writes to our subgraphs' schemas only: another region's answers are never kept.
        keep: () => [...byName.values()].every((subgraph) => subgraph.ours),
      })
    : undefined;
  const { ip: perIp, user: perUser } = rateLimits.limiters;
  const apollo = new ApolloServer<GatewayContext>({
    gateway: sharedAnswers ? sharingGateway(gateway, sharedAnswers) : gateway,
    formatError: (formatted, error) => maskError(formatted, error),
    includeStacktraceInErrorResponses: false,
    // stopOnSignals stops the whole service and logs it; Apollo's own handler would stop the server under it.
    stopOnTerminationSignals: false,
    // Introspection is allowed here and refused per viewer by the limits plugin.
    introspection: true,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      // Apollo's landing page loads Sandbox from a foreign CDN; a browser at /graphql is sent to the workbench instead.
      ApolloServerPluginLandingPageDisabled(),
      operationNamePlugin(),
      limitsPlugin({ limits: config.limits, persistedOperations, production: config.production }),
      internalDetailsPlugin(),
      corsPlugin(),
      sharedAnswerHeaderPlugin(),
    ],
  });
  const closeStores = async () => {
    await rateLimits.close();
    await dataVersion?.close();
    await Promise.all([...dataSources.values()].map((dataSource) => dataSource.close()));
  };
  await apollo.start().catch(async (error: unknown) => {
    await closeStores();
    throw error;
  });
  const admit = async (request: IncomingMessage, viewer: Viewer, requestLog: RequestLog) => {
    await enforceRateLimit(perIp, clientAddress(request, trustedProxies), requestLog, 'RATE_LIMIT_IP');
    if (viewer.role !== 'PUBLIC') await enforceRateLimit(perUser, viewer.subject, requestLog, 'RATE_LIMIT_USER');
  };
  // The iCalendar feed shares the GraphQL requests' rate limits, request log and executor (so their access rules).
  // Feed tokens are signed with the key API tokens are checked with (the gateway secret under a region's JWKS).
  const feedTokens = createFeedTokens(feedTokenConfig(config.tokens, config.gatewaySecret));
  const feed = calendarFeed({
    apollo,
    verifyToken,
    feedTokens,
    operations: persistedOperations,
    admit,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
  const startRequestLog = requestLogging(logger);
  /** Serves a request that is not GraphQL with the request log the GraphQL requests get. */
  const logged =
    (name: string, serve: (request: IncomingMessage, response: ServerResponse, requestLog: RequestLog) => unknown) =>
    (request: IncomingMessage, response: ServerResponse) => {
      const requestLog = startRequestLog(request, response);
      withinRequest(requestLog, () => Promise.resolve(serve(request, response, requestLog))).catch((error: unknown) => {
        requestLog.logger.error({ error: String(error) }, `${name} failed`);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Internal server error\n');
      });
    };
  const serveFeed = logged('calendar feed', feed);
  const serveSignIn = logged('sign-in', signInHandler({ config, admit }));
  const serveExport = logged(
    'export',
    exportHandler({
      apollo,
      viewerOf,
      admit,
      // A query's text and variables, as a GraphQL request's body may hold them.
      maxBodyBytes: config.maxBodyBytes,
      maxTokens: config.limits.maxTokens,
      demoData: config.demoData ?? false,
    }),
  );
  const servePreflight = logged('preflight', (_request, response) => {
    answerPreflight(response);
  });
  const graphql = graphqlRequestListener<GatewayContext>({
    server: apollo,
    logger,
    context: async (request, requestLog) => {
      const viewer = await viewerOf(request);
      await admit(request, viewer, requestLog);
      return gatewayContext(viewer, requestLog, request.headers.authorization);
    },
    prepareBody: (body, requestLog) => {
      if (unknownPersistedOperation(body, persistedOperations)) requestLog.refuse('PERSISTED_OPERATION_UNKNOWN');
      return expandPersistedOperation(body, persistedOperations);
    },
    health: () => Promise.resolve({ service: 'gateway' }),
    maxBodyBytes: async (request) => {
      const viewer = await viewerOf(request).catch(() => PUBLIC_VIEWER);
      return IMPORTING_ROLES.has(viewer.role) ? config.maxImportBodyBytes : config.maxBodyBytes;
    },
  });
  const pages = pagesHandler({
    webDir: config.webDir,
    ...(config.oidc ? { oidcOrigin: new URL(config.oidc.authority).origin } : {}),
  });
  // A page that fails answers 500 alone; nothing a request to a file does may stop the gateway.
  const servePage = (request: IncomingMessage, response: ServerResponse) => {
    try {
      pages(request, response);
    } catch (error) {
      logger.error({ error: String(error) }, 'page failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Internal server error\n');
    }
  };
  const jwks = JSON.stringify(assertions.jwks);
  const serveJwks = (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'public, max-age=300' });
    response.end(jwks);
  };
  const sendToWorkbench = (response: ServerResponse) => {
    response.writeHead(302, { location: WORKBENCH_PATH, 'cache-control': 'no-cache' });
    response.end();
  };
  const server = createServer((request, response) => {
    if (request.url === JWKS_PATH) serveJwks(request, response);
    else if (isCalendarFeedPath(request.url)) serveFeed(request, response);
    else if (isSignInPath(request.url)) serveSignIn(request, response);
    else if (isExportPath(request.url)) serveExport(request, response);
    else if (isGraphQLPreflight(request)) servePreflight(request, response);
    else if (isPagePath(request.url)) servePage(request, response);
    else if (isBrowserVisit(request)) sendToWorkbench(response);
    else graphql(request, response);
  });
  const url = await listen(server, config.port, config.host);
  return {
    url,
    close: async () => {
      await closeServer(server);
      await apollo.stop();
      await closeStores();
    },
  };
}
