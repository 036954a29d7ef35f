import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { EntitySchema } from '@mikro-orm/core';
import { parse, type GraphQLSchema } from 'graphql';
import { readSchemaSource } from '../config/subgraph-list.js';
import { compiledOrSourcePath, packagePath } from '../config/paths.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initSubgraphOrm, migrateSubgraph, type EntityManager, type SubgraphOrm } from '../database/orm.js';
import { createFeedTokens, feedTokenConfig, subgraphTokenVerifier } from '../auth/feed-tokens.js';
import { createTokenVerifier, type TokenConfig } from '../auth/tokens.js';
import { viewerOfRequest } from '../auth/request-viewer.js';
import type { Viewer } from '../auth/viewer.js';
import { maskError } from '../errors.js';
import { enforceAccessRules } from './access.js';
import { enforceArgumentLimits, keepUserInputCode, userInputAsGraphQLAnswer } from './argument-limits.js';
import { enforcePersonVisibility } from './person-rule.js';
import { enforcePersonArguments } from './person-arguments.js';
import { guardEntityReferences } from './entity-references.js';
import type { PersonVisibilityContext, PersonVisibilityLoaderFactory } from '../auth/person-visibility.js';
import { PersonalDataReads } from './personal-data.js';
import { OPERATION_HASH_HEADER, requireGatewaySecret } from './gateway-headers.js';
import { graphqlRequestListener } from './http-listener.js';
import { createLogger, type Logger } from '../logging/logger.js';
import type { RequestLog } from '../logging/request-log.js';

/**
 * What a request of any subgraph carries: who asks, its own EntityManager fork and its own loaders,
 * and (`personVisible`) the one person rule for this viewer, batched.
 */
export interface SubgraphContext<TLoaders> extends PersonVisibilityContext {
  viewer: Viewer;
  em: EntityManager;
  loaders: TLoaders;
  /** Personal fields read in this request, for the access log. */
  personalData: PersonalDataReads;
  /** The client operation's hash as the gateway reports it, for the access log. */
  operationHash: string;
  /** This request's id (the gateway's trace) and logger, and what its log line will say. */
  requestLog: RequestLog;
  /** Whether a subject's publication consent covers an item (subgraphs with personal data only). */
  publication?: (typeName: string, source: unknown, item: string) => Promise<boolean>;
}

export interface DemoData {
  /** True when the subgraph's tables already hold data, so a restart keeps what is there. */
  isLoaded(em: EntityManager): Promise<boolean>;
  load(em: EntityManager): Promise<void>;
}

/** What it takes to create a subgraph's tables and demo data, without serving it. */
export type SubgraphStorage = Pick<
  SubgraphDefinition<unknown>,
  'name' | 'dbSchema' | 'entities' | 'migrationsDir' | 'demoData'
>;

/** Everything that makes one subgraph; the platform turns it into a running service. */
export interface SubgraphDefinition<TLoaders> {
  name: string;
  /** The PostgreSQL schema this subgraph owns and alone writes. */
  dbSchema: string;
  /** Folder of the schema modules, `src/modules/<module>/schema.graphql`. */
  schemaModulesDir: string;
  resolvers: GraphQLResolverMap<SubgraphContext<TLoaders>>;
  entities: EntitySchema[];
  migrationsDir: string;
  createLoaders(em: EntityManager, viewer: Viewer): TLoaders;
  demoData: DemoData;
  /** Whether a viewer may see each person: the registry's rule, applied by the platform to every Person field. */
  personVisibility: PersonVisibilityLoaderFactory;
  /** For subgraphs that hold personal data: may this item of the subject be shown to anyone? */
  publication?: (loaders: TLoaders, typeName: string, source: unknown, item: string) => Promise<boolean>;
  /**
   * Work the subgraph runs beside its requests (scheduled jobs on a PostgreSQL queue), started once the schema
   * and demo data are in place; answers how to stop it.
   */
  startBackground?: (running: {
    orm: SubgraphOrm;
    databaseUrl: string;
    logger: Logger;
  }) => Promise<() => Promise<void>>;
}

/**
 * Builds a definition from the parts a subgraph writes itself; the schema
 * file and the migrations folder sit at fixed places of every subgraph package.
 * `moduleUrl` is the `import.meta.url` of the subgraph's `src/subgraph.ts` (or of
 * its compiled `dist/src/subgraph.js`): the SDL is read from the sources either
 * way, the one copy composition and codegen read too, while the migrations are
 * the compiled ones when the subgraph runs compiled (MikroORM imports them).
 */
export function defineSubgraph<TLoaders>(
  moduleUrl: string,
  parts: Omit<SubgraphDefinition<TLoaders>, 'schemaModulesDir' | 'migrationsDir' | 'resolvers'> & { resolvers: object },
): SubgraphDefinition<TLoaders> {
  return {
    ...parts,
    // Codegen's Resolvers type is stricter than Apollo's resolver map, which accepts it at run time.
    resolvers: parts.resolvers as SubgraphDefinition<TLoaders>['resolvers'],
    schemaModulesDir: packagePath(moduleUrl, 'src', 'modules'),
    migrationsDir: compiledOrSourcePath(moduleUrl, 'migrations'),
  };
}

export interface SubgraphRuntimeOptions {
  databaseUrl: string;
  port: number;
  host: string;
  gatewaySecret: string;
  /** How bearer tokens are verified: subgraphs check them themselves, not trusting the gateway alone. */
  tokens: TokenConfig;
  loadDemoData: boolean;
  maxBodyBytes?: number;
  onQuery?: (sql: string) => void;
  /** Where the subgraph's lines go; a logger of its own name by default. */
  logger?: Logger;
}

export interface RunningSubgraph {
  url: string;
  orm: SubgraphOrm;
  close(): Promise<void>;
}

/** ORM, migrations, optional demo data, then HTTP: the whole start of a subgraph. */
export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  options: SubgraphRuntimeOptions,
): Promise<RunningSubgraph> {
  const orm = await initSubgraphOrm({
    dbSchema: definition.dbSchema,
    entities: definition.entities,
    migrationsDir: definition.migrationsDir,
    databaseUrl: options.databaseUrl,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  let stopBackground: (() => Promise<void>) | undefined;
  try {
    if (options.loadDemoData) await refuseOtherDemoData(definition, orm);
    await migrateSubgraph(orm, definition.dbSchema);
    if (options.loadDemoData) await loadDemoDataOnce(definition, orm);
    const logger = options.logger ?? createLogger({ service: definition.name });
    stopBackground = await definition.startBackground?.({ orm, databaseUrl: options.databaseUrl, logger });
    const apollo = createApolloSubgraph(definition);
    await apollo.start();
    const verifyToken = subgraphTokenVerifier(
      createTokenVerifier(options.tokens),
      createFeedTokens(feedTokenConfig(options.tokens, options.gatewaySecret)),
    );
    const server = createServer(
      graphqlRequestListener({
        server: apollo,
        logger,
        admit: requireGatewaySecret(options.gatewaySecret),
        context: async (request, requestLog) => {
          const viewer = await viewerOfRequest(request, verifyToken);
          const em = orm.em.fork();
          const loaders = definition.createLoaders(em, viewer);
          const publication = definition.publication;
          return {
            viewer,
            em,
            loaders,
            personVisible: definition.personVisibility(em, viewer),
            personalData: new PersonalDataReads(),
            operationHash: headerValue(request.headers[OPERATION_HASH_HEADER]) ?? 'unknown',
            requestLog,
            ...(publication
              ? {
                  publication: (typeName: string, source: unknown, item: string) =>
                    publication(loaders, typeName, source, item),
                }
              : {}),
          };
        },
        health: async () => {
          await orm.em.getConnection().execute('select 1');
          return { service: definition.name };
        },
        // The gateway bounds client bodies; behind it a subgraph takes what the gateway let through.
        maxBodyBytes: options.maxBodyBytes ?? 32_000_000,
      }),
    );
    const url = await listen(server, options.port, options.host);
    return {
      url,
      orm,
      close: async () => {
        await closeServer(server);
        await apollo.stop();
        await stopBackground?.();
        await orm.close();
      },
    };
  } catch (error) {
    await stopBackground?.();
    await orm.close();
    throw error;
  }
}

/**
 * The rules wrapped around every resolver of every subgraph, innermost first, so at run time the last
 * acts first: forged references are sorted out, then the role check (@access), then the people an
 * operation names (@person), then text and id checks, then the resolver — and the person rule filters
 * every person on the way out.
 */
const SCHEMA_RULES: ((schema: GraphQLSchema) => GraphQLSchema)[] = [
  enforceArgumentLimits,
  enforcePersonArguments,
  enforceAccessRules,
  enforcePersonVisibility,
  guardEntityReferences,
];

export function createApolloSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>) {
  const typeDefs = parse(readSchemaSource(definition.schemaModulesDir));
  return new ApolloServer<SubgraphContext<TLoaders>>({
    schema: SCHEMA_RULES.reduce(
      (schema, rule) => rule(schema),
      buildSubgraphSchema([{ typeDefs, resolvers: definition.resolvers }]),
    ),
    formatError: (formatted, error) => maskError(keepUserInputCode(formatted, error), error),
    includeStacktraceInErrorResponses: false,
    // stopOnSignals stops the whole service and logs it; Apollo's own handler would stop the server under it.
    stopOnTerminationSignals: false,
    introspection: true,
    plugins: [
      // Inline traces feed Apollo Studio, which this installation does not use.
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's landing page loads Sandbox from a foreign CDN; a subgraph is for the gateway, not for browsers.
      ApolloServerPluginLandingPageDisabled(),
      userInputAsGraphQLAnswer,
      {
        // The access log is written before the response leaves: no read goes unrecorded.
        requestDidStart: () =>
          Promise.resolve({
            willSendResponse: async ({ contextValue }) => {
              await contextValue.personalData.flush(
                contextValue.em.fork(),
                contextValue.viewer,
                contextValue.operationHash,
              );
            },
          }),
      },
    ],
  });
}

/**
 * What this version's demo data says. Each subgraph records it beside the demo data it loads; a database that
 * holds demo data of another version (earlier ones put invented facts about real officials and blanket statuses
 * into it) is refused rather than silently kept and labelled as entered by users. Change it whenever the demo
 * data changes what it states.
 */
export const DEMO_DATA_VERSION =
  '2026-11-23k: indicator targets (notes verbatim, read years marked) and reported figures with their seed passages, the monitorings, past quarters snapshotted with the roadmap thresholds from planning’s participation (issues 11, 12); events of the seeds (the 2021 courses, the January 2023 start session, Наставник.fest67@, seed 004 webinar and seminars) with synthetic participation (issue 12); contests: a synthetic Smolensk «Педагогический дуэт» with demo pairs’ applications, scores and results, and seed 004’s St Petersburg best-practice contests (2021, its note reading «Конкурс (ежегодно, сентябрь-октябрь)»; the June 2022 correspondence contest) without results, and a SYNTHETIC Smolensk best-practice contest whose winning proposal enters the bank of practices (issue 12); seed 000’s municipal plan and report due with synthetic submissions of Smolensk’s municipalities (issue 12); seed 002’s course trainings read from planning’s completions, no longer copied into mentoring (issue 12); roadmap items with sections, periods and RRULE recurrences read from their words, the centres responsible linked, one SYNTHETIC school roadmap (issue 12); St Petersburg’s «1 раз в квартал» read from September 2021 and its rows spelling «СПб АПО» linked to the same centre (issue 12)';

type DemoDefinition = Pick<SubgraphDefinition<unknown>, 'name' | 'dbSchema' | 'demoData'>;

/** The version recorded beside the subgraph's data, null when none is; undefined when its tables hold no data. */
async function recordedDemoVersion(definition: DemoDefinition, em: EntityManager): Promise<string | null | undefined> {
  const marker = `"${definition.dbSchema}"."demo_data"`;
  const [table] = await em.execute<{ found: string | null }[]>(`select to_regclass(?)::text as found`, [marker]);
  const [recorded] = table?.found
    ? await em.execute<{ version: string }[]>(`select "version" from ${marker} order by "loaded_at" desc limit 1`)
    : [];
  // Before its first migration a subgraph has no tables, and so no data.
  const loaded = await definition.demoData.isLoaded(em).catch(() => false);
  return loaded ? (recorded?.version ?? null) : undefined;
}

/**
 * Stops the start, before any migration touches it, when the database holds another version's demo data, and
 * says what to do about it.
 */
export async function refuseOtherDemoData(definition: DemoDefinition, orm: SubgraphOrm): Promise<void> {
  const recorded = await recordedDemoVersion(definition, orm.em.fork());
  if (recorded === undefined || recorded === DEMO_DATA_VERSION) return;
  throw new Error(
    `${definition.name}: the database holds data but not this version's demo data (${recorded === null ? 'no demo-data version recorded: an earlier version loaded it' : `it has «${recorded}»`}; this version loads «${DEMO_DATA_VERSION}»). ` +
      'Earlier demo data stated facts this version corrects, so it is not kept under a new label. Nothing was changed: start from an empty database ' +
      '(stop the system and delete the data folder .data, or point DATABASE_URL at an empty database).',
  );
}

/** Loads the demo data into empty tables only, so a restart keeps what is there, and records its version beside it. */
export async function loadDemoDataOnce(definition: DemoDefinition, orm: SubgraphOrm): Promise<void> {
  await refuseOtherDemoData(definition, orm);
  const marker = `"${definition.dbSchema}"."demo_data"`;
  await orm.em.fork().transactional(async (tx) => {
    // Replicas of one subgraph may start together: one of them creates the marker table and loads, the others wait.
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [marker]);
    await tx.execute(
      `create table if not exists ${marker} ("version" text primary key, "loaded_at" timestamptz not null default now())`,
    );
    await tx.execute(
      `comment on table ${marker} is 'Version of the demo data loaded into this schema (DEMO_DATA_VERSION)'`,
    );
    if ((await recordedDemoVersion(definition, tx)) !== undefined) return;
    await definition.demoData.load(tx);
    await tx.execute(`insert into ${marker} ("version") values (?)`, [DEMO_DATA_VERSION]);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}/graphql`);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}
