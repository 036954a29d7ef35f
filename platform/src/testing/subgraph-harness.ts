import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import './provided-context.js';
import { createScratchDatabase } from '../database/scratch-database.js';
import { initSubgraphOrm, migrateSubgraph } from '../database/orm.js';
import { freePort } from '../launcher/free-port.js';
import {
  loadDemoDataOnce,
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphStorage,
} from '../server/subgraph.js';
import { postGraphQL, type GraphQLResponse } from './graphql-client.js';
import { issueToken, type TokenConfig } from '../auth/tokens.js';
import type { Role, TerritoryScope } from '../auth/viewer.js';
import type { Logger } from '../logging/logger.js';

/** A fresh HS256 configuration per test file, so no test depends on a developer's secret. */
export function testTokenConfig(
  secret = randomBytes(32).toString('base64url'),
): Extract<TokenConfig, { kind: 'hs256' }> {
  return { kind: 'hs256', secret, issuer: 'mentoring-federation', audience: 'mentoring-federation' };
}

/** Migrates another subgraph's schema into the database and loads its demo data, without serving it. */
async function prepareSchema(definition: SubgraphStorage, databaseUrl: string): Promise<void> {
  const orm = await initSubgraphOrm({ ...definition, databaseUrl });
  try {
    await migrateSubgraph(orm, definition.dbSchema);
    await loadDemoDataOnce(definition, orm);
  } finally {
    await orm.close();
  }
}

/** Records the SQL statements a subgraph sends, so tests can count them per operation. */
export class SqlRecorder {
  readonly statements: string[] = [];
  #recording = false;

  record = (message: string): void => {
    if (this.#recording && /\[query\]/.test(message) && !/\b(begin|commit|rollback)\b/i.test(message)) {
      this.statements.push(message);
    }
  };

  /** Runs the work and returns the statements it caused. */
  async during(work: () => Promise<unknown>): Promise<string[]> {
    this.statements.length = 0;
    this.#recording = true;
    try {
      await work();
    } finally {
      this.#recording = false;
    }
    return [...this.statements];
  }
}

/** What `_entities` answers: the entities asked for, in the order of the representations. */
export interface EntitiesData<TData> {
  _entities: TData[];
}

export interface TestSubgraph extends RunningSubgraph {
  gatewaySecret: string;
  tokens: Extract<TokenConfig, { kind: 'hs256' }>;
  sql: SqlRecorder;
  /** Sends an operation with the gateway secret, as the gateway would; with a token, as that viewer. */
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<TData>>;
  /** Sends `_entities` with the given representations, exactly as the gateway's query plan does. */
  entities<TData = Record<string, unknown>>(
    representations: Record<string, unknown>[],
    selection: string,
    token?: string,
  ): Promise<GraphQLResponse<EntitiesData<TData>>>;
  /** A valid token of this subgraph's issuer for a role and scope. */
  tokenFor(role: Exclude<Role, 'PUBLIC'>, scope?: TerritoryScope): Promise<string>;
}

interface ServeOptions {
  databaseUrl: string;
  gatewaySecret: string;
  tokens: Extract<TokenConfig, { kind: 'hs256' }>;
  demoData: boolean;
  logger?: Logger;
}

/** Serves one subgraph over real HTTP on a free port, recording its SQL; closing it leaves the database. */
async function serve<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  { databaseUrl, gatewaySecret, tokens, demoData, logger }: ServeOptions,
): Promise<TestSubgraph> {
  const sql = new SqlRecorder();
  const running = await startSubgraph(definition, {
    databaseUrl,
    port: await freePort(),
    host: '127.0.0.1',
    gatewaySecret,
    tokens,
    loadDemoData: demoData,
    onQuery: sql.record,
    ...(logger ? { logger } : {}),
  });
  const query = <TData>(text: string, variables?: Record<string, unknown>, token?: string) =>
    postGraphQL<TData>(running.url, text, {
      gatewaySecret,
      ...(variables ? { variables } : {}),
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
  return {
    ...running,
    gatewaySecret,
    tokens,
    sql,
    query,
    entities: <TData>(representations: Record<string, unknown>[], selection: string, token?: string) =>
      query<EntitiesData<TData>>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
        { representations },
        token,
      ),
    tokenFor: (role, scope = {}) => issueToken(tokens, { subject: `test-${role.toLowerCase()}`, role, scope }),
  };
}

/**
 * One subgraph on its own fresh database (migrated, with demo data unless
 * told otherwise), served over real HTTP on a free port.
 */
export async function startTestSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  options: {
    demoData?: boolean;
    /** Subgraphs whose schema (with demo data) must exist in the same database, e.g. for their published views. */
    alongside?: SubgraphStorage[];
    /** Where the subgraph's log lines go, e.g. a `LogCapture`'s logger. */
    logger?: Logger;
  } = {},
): Promise<TestSubgraph> {
  const database = await createScratchDatabase(inject('postgresAdminUrl'), `test_${definition.name}`);
  for (const other of options.alongside ?? []) await prepareSchema(other, database.url);
  const running = await serve(definition, {
    databaseUrl: database.url,
    gatewaySecret: randomBytes(16).toString('hex'),
    tokens: testTokenConfig(),
    demoData: options.demoData ?? true,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    ...running,
    close: async () => {
      await running.close();
      await database.drop();
    },
  };
}

/** Subgraphs served side by side on one database, as behind one gateway: one secret, one token issuer. */
export interface TestSubgraphs {
  byName: Map<string, TestSubgraph>;
  /** Subgraph name → its URL, as the gateway's subgraph list wants them. */
  urls: Record<string, string>;
  gatewaySecret: string;
  tokens: Extract<TokenConfig, { kind: 'hs256' }>;
  close(): Promise<void>;
}

/**
 * Several subgraphs on one fresh database with their demo data, each over real HTTP with its own SQL recorder, so a
 * test can count what one gateway request costs each of them. They start in the order given: a subgraph whose demo
 * data reads another's published views comes after it.
 */
export async function startTestSubgraphs<TLoaders extends unknown[]>(definitions: {
  [K in keyof TLoaders]: SubgraphDefinition<TLoaders[K]>;
}): Promise<TestSubgraphs> {
  const database = await createScratchDatabase(inject('postgresAdminUrl'), 'test_federation');
  const gatewaySecret = randomBytes(16).toString('hex');
  const tokens = testTokenConfig();
  const byName = new Map<string, TestSubgraph>();
  const close = async () => {
    for (const running of [...byName.values()].reverse()) await running.close();
    await database.drop();
  };
  try {
    for (const definition of definitions as SubgraphDefinition<unknown>[])
      byName.set(
        definition.name,
        await serve(definition, { databaseUrl: database.url, gatewaySecret, tokens, demoData: true }),
      );
  } catch (error) {
    await close();
    throw error;
  }
  const urls = Object.fromEntries([...byName].map(([name, running]) => [name, running.url]));
  return { byName, urls, gatewaySecret, tokens, close };
}
