import { createTokenVerifier, PUBLIC_VIEWER, type Viewer } from '@mentoring/platform/auth';
import { createServer } from 'node:http';
import pg from 'pg';
import { READ_SCENARIOS } from '../scenarios.js';
import { FLOORS } from './reads.js';
import { WRITE_FLOORS } from './writes.js';

/**
 * The SQL floor: for each scenario the minimal direct SQL that yields the gateway's `data`, behind a bare node:http
 * server in its own process with a pool of 10 connections. It verifies the bearer token as our services do (the
 * viewer decides what is shown), and answers `{ data }` in the gateway's JSON shape. A request is matched to its
 * scenario by its query text: the bench sends every target the very same body.
 */
const databaseUrl = process.env['DATABASE_URL'];
const jwtSecret = process.env['JWT_SECRET'];
const port = Number(process.env['PORT']);
if (!databaseUrl || !jwtSecret || !port) throw new Error('DATABASE_URL, JWT_SECRET and PORT are required');

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const verify = createTokenVerifier({
  kind: 'hs256',
  secret: jwtSecret,
  issuer: 'mentoring-federation',
  audience: 'mentoring-federation',
});
const byQuery = new Map([
  ...READ_SCENARIOS.flatMap((scenario) => {
    const floor = FLOORS[scenario.id];
    return floor ? [[scenario.body.query, floor] as const] : [];
  }),
  ...WRITE_FLOORS,
]);

async function viewerOf(authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return PUBLIC_VIEWER;
  return verify(authorization.replace(/^Bearer\s+/i, ''));
}

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/health') {
    response.writeHead(200).end('ok');
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          query: string;
          variables?: Record<string, unknown>;
        };
        const floor = byQuery.get(body.query);
        if (!floor) throw new Error('no floor for this query');
        const viewer = await viewerOf(request.headers.authorization);
        const data = await floor({ pool, viewer, variables: body.variables ?? {} });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      } catch (error) {
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      }
    })();
  });
});
server.listen(port, '127.0.0.1');
const stop = () => {
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
