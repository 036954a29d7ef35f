import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';

import { GraphQLError, parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';

/**
 * Another region's subgraph, as a region's own engineers might write it: GraphQL Yoga instead of Apollo Server,
 * @apollo/subgraph's schema builder, its own storage (SQLite), and none of the federation's code. It trusts the
 * federation's gateway only through the viewer assertion it verifies against the gateway's published keys.
 */

/** The region this system serves: Орловская область, which the federation's registry also lists. */
export const NEIGHBOUR_REGION_CODE = '57';
export const SUBGRAPH_NAME = 'neighbour-region';
const AUDIENCE = `urn:mentoring-federation:subgraph:${SUBGRAPH_NAME}`;
/** Roles that see the region's pair counts, when their territory is this region. */
const PAIR_READERS = new Set(['REGIONAL_OPERATOR', 'ANALYST']);

const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

interface Viewer {
  role: string;
  region: string | null;
}

interface Context {
  /** The verified assertion, or why there is none; `_service` is answered either way. */
  viewer: Viewer | { refused: string };
  db: DatabaseSync;
}

/** Synthetic rows, marked so: the example invents nothing about the real region's centre or people. */
function openStorage(file: string): DatabaseSync {
  const db = new DatabaseSync(file);
  db.exec(`
    create table if not exists event (title text not null, format text not null, starts_on text not null, region_code text not null);
    create table if not exists pair (organization_inn text not null, region_code text not null, status text not null, data_origin text not null default 'SYNTHETIC');
  `);
  const count = db.prepare('select count(*) as n from event').get() as { n: number };
  if (count.n === 0) {
    const event = db.prepare('insert into event values (?, ?, ?, ?)');
    event.run('Вебинар «Наставник молодого педагога» (синтетическая запись)', 'вебинар', '2026-02-12', '57');
    event.run('Курс «Персонализированная программа наставничества» (синтетическая запись)', 'курс', '2026-03-02', '57');
    const pair = db.prepare('insert into pair (organization_inn, region_code, status) values (?, ?, ?)');
    // The federation's demo schools of Знаменский район (Орловская область), by their synthetic ИНН.
    const pairs: [inn: string, status: string][] = [
      ['0057001016', 'ACTIVE'],
      ['0057001016', 'ACTIVE'],
      ['0057001023', 'ACTIVE'],
      ['0057001023', 'COMPLETED'],
    ];
    for (const [inn, status] of pairs) pair.run(inn, '57', status);
  }
  return db;
}

function caller(context: Context): Viewer {
  if ('refused' in context.viewer)
    throw new GraphQLError(`Запрос без действительного утверждения шлюза; ${context.viewer.refused}`, {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  return context.viewer;
}

const seesPairs = (viewer: Viewer) => PAIR_READERS.has(viewer.role) && viewer.region === NEIGHBOUR_REGION_CODE;

const resolvers = {
  Query: {
    neighbourRegionViewer: (_: unknown, __: unknown, context: Context) => caller(context),
  },
  Region: {
    __resolveReference: (reference: { code: string }) => ({ code: reference.code }),
    neighbourRegionEvents: (region: { code: string }, _: unknown, context: Context) => {
      caller(context);
      return (
        context.db
          .prepare('select title, format, starts_on from event where region_code = ? order by starts_on')
          .all(region.code) as { title: string; format: string; starts_on: string }[]
      ).map((row) => ({ title: row.title, format: row.format, startsOn: row.starts_on, dataOrigin: 'SYNTHETIC' }));
    },
    neighbourRegionActivePairs: (region: { code: string }, _: unknown, context: Context) => {
      if (!seesPairs(caller(context)) || region.code !== NEIGHBOUR_REGION_CODE) return null;
      return (
        context.db
          .prepare(`select count(*) as n from pair where region_code = ? and status = 'ACTIVE'`)
          .get(region.code) as {
          n: number;
        }
      ).n;
    },
  },
  Organization: {
    __resolveReference: (reference: { inn: string }) => ({ inn: reference.inn }),
    neighbourRegionActivePairs: (organization: { inn: string }, _: unknown, context: Context) => {
      if (!seesPairs(caller(context))) return null;
      const row = context.db
        .prepare(`select count(*) as n from pair where organization_inn = ? and status = 'ACTIVE'`)
        .get(organization.inn) as { n: number };
      return row.n > 0 ? row.n : null;
    },
  },
};

export interface NeighbourOptions {
  port?: number;
  host?: string;
  /** The federation gateway's keys: `<gateway>/.well-known/jwks.json`. */
  jwksUrl: string;
  /** The gateway's issuer: its PUBLIC_URL, or urn:mentoring-federation:gateway on a local run. */
  issuer: string;
  /** The SQLite file; `:memory:` by default. */
  storage?: string;
  /**
   * A file the headers of every request received are appended to, one JSON line each: the region's own record of
   * what the federation sent it (and what it did not).
   */
  receivedLog?: string;
}

export interface RunningNeighbour {
  url: string;
  /** The headers of every request received, so a test can see what the gateway sent (and what it did not). */
  received: IncomingHttpHeaders[];
  close(): Promise<void>;
}

export async function startNeighbour(options: NeighbourOptions): Promise<RunningNeighbour> {
  const db = openStorage(options.storage ?? ':memory:');
  const keys = createRemoteJWKSet(new URL(options.jwksUrl));
  const verify = async (authorization: string | null): Promise<Context['viewer']> => {
    const token = authorization?.match(/^Bearer (.+)$/)?.[1];
    if (!token) return { refused: 'no viewer assertion was sent' };
    try {
      const { payload } = await jwtVerify<JWTPayload & { role?: unknown; region?: unknown }>(token, keys, {
        algorithms: ['RS256'],
        typ: 'viewer-assertion+jwt',
        issuer: options.issuer,
        audience: AUDIENCE,
      });
      if (typeof payload.role !== 'string') return { refused: 'the assertion names no role' };
      return { role: payload.role, region: typeof payload.region === 'string' ? payload.region : null };
    } catch (error) {
      return { refused: `the viewer assertion does not verify (${(error as Error).message})` };
    }
  };
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<Context> }]),
    graphiql: false,
    landingPage: false,
    maskedErrors: false,
    context: async ({ request }) => ({ viewer: await verify(request.headers.get('authorization')), db }),
  });
  const received: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    received.push(request.headers);
    if (options.receivedLog) appendFileSync(options.receivedLog, `${JSON.stringify(request.headers)}\n`);
    void yoga(request, response);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      db.close();
    },
  };
}
