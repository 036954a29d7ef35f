import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import './provided-context.js';
import { createScratchDatabase } from '../database/scratch-database.js';
import { freePort } from '../launcher/free-port.js';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../server/subgraph.js';
import { postGraphQL, type GraphQLResponse } from './graphql-client.js';

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

export interface TestSubgraph extends RunningSubgraph {
  gatewaySecret: string;
  sql: SqlRecorder;
  /** Sends an operation with the gateway secret, as the gateway would. */
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** Sends `_entities` with the given representations, exactly as the gateway's query plan does. */
  entities<TData = Record<string, unknown>>(
    representations: Record<string, unknown>[],
    selection: string,
  ): Promise<GraphQLResponse<{ _entities: TData[] }>>;
}

/**
 * One subgraph on its own fresh database (migrated, with demo data unless
 * told otherwise), served over real HTTP on a free port.
 */
export async function startTestSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  options: { demoData?: boolean } = {},
): Promise<TestSubgraph> {
  const database = await createScratchDatabase(inject('postgresAdminUrl'), `test_${definition.name}`);
  const sql = new SqlRecorder();
  const gatewaySecret = randomBytes(16).toString('hex');
  const running = await startSubgraph(definition, {
    databaseUrl: database.url,
    port: await freePort(),
    host: '127.0.0.1',
    gatewaySecret,
    loadDemoData: options.demoData ?? true,
    onQuery: sql.record,
  });
  const query = <TData>(text: string, variables?: Record<string, unknown>) =>
    postGraphQL<TData>(running.url, text, { gatewaySecret, ...(variables ? { variables } : {}) });
  return {
    ...running,
    gatewaySecret,
    sql,
    query,
    entities: <TData>(representations: Record<string, unknown>[], selection: string) =>
      query<{ _entities: TData[] }>(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`, {
        representations,
      }),
    close: async () => {
      await running.close();
      await database.drop();
    },
  };
}
