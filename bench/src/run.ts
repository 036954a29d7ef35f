import autocannon from 'autocannon';
import { issueToken } from '@mentoring/platform/auth';
import { createScratchDatabase, startScratchServer } from '@mentoring/platform/database';
import { launchSystem } from '@mentoring/platform/launcher';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench -- [--seconds 10] [--connections 10]`: starts the whole
 * federation on a throw-away database with the demo data (each service its
 * own process, as in production) and measures a few typical operations
 * through the gateway with autocannon, on this machine's loopback only.
 */
const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
});
const duration = Number(values.seconds);
const connections = Number(values.connections);

const readmeQuery = readFileSync(
  fileURLToPath(new URL('../../gateway/operations/region-overview.graphql', import.meta.url)),
  'utf8',
);

const dashboardQuery = readFileSync(
  fileURLToPath(new URL('../../gateway/operations/region-dashboard.graphql', import.meta.url)),
  'utf8',
);

interface Scenario {
  name: string;
  token?: string;
  query: string;
  variables?: Record<string, unknown>;
}

async function main(): Promise<void> {
  const server = await startScratchServer();
  const database = await createScratchDatabase(server.adminUrl, 'bench');
  const jwtSecret = randomBytes(32).toString('base64url');
  const system = await launchSystem({
    databaseUrl: database.url,
    gatewaySecret: randomBytes(24).toString('base64url'),
    jwtSecret,
    demoData: true,
    ports: 'free',
    quiet: true,
    // A benchmark is one client: the per-user and per-IP limits would measure themselves.
    extraEnv: { RATE_LIMIT_PER_MINUTE_IP: '100000000', RATE_LIMIT_PER_MINUTE_USER: '100000000' },
  });
  const tokens = {
    kind: 'hs256' as const,
    secret: jwtSecret,
    issuer: 'mentoring-federation',
    audience: 'mentoring-federation',
  };
  const operator = await issueToken(tokens, {
    subject: 'bench-operator',
    role: 'REGIONAL_OPERATOR',
    scope: { regionCode: '67' },
  });
  const analyst = await issueToken(tokens, { subject: 'bench-analyst', role: 'ANALYST', scope: {} });
  const scenarios: Scenario[] = [
    { name: 'README region overview (anonymous, 4 subgraphs)', query: readmeQuery },
    {
      name: 'README dashboard, region 67 (operator: 18 indicators, 27 municipalities, 4 subgraphs)',
      token: operator,
      query: dashboardQuery,
      variables: { regionCode: '67' },
    },
    {
      name: 'README dashboard, region 67 (anonymous: small cells suppressed)',
      query: dashboardQuery,
      variables: { regionCode: '67' },
    },
    {
      name: 'operator: 50 organizations with pair counts and roadmaps',
      token: operator,
      query:
        '{ organizations(first: 50, filter: { regionCode: "67" }) { totalCount edges { node { shortName activeMentoringPairCount municipality { name roadmaps { title } } } } } }',
    },
    {
      name: 'analyst: 50 pairs with mentees and programmes',
      token: analyst,
      query:
        '{ mentoringPairs(first: 50) { totalCount edges { node { form { name } status mentor { id age } mentees { person { id } } programme { completion } } } } }',
    },
    {
      name: 'operator: calendar of 2022 for region 67 and each of its 27 municipalities',
      token: operator,
      query:
        '{ region(code: "67") { calendar(from: "2022-01-01", to: "2022-12-31", first: 50) { totalCount edges { node { kind startDate title overdue completed } } } municipalities(first: 30) { edges { node { calendar(from: "2022-01-01", to: "2022-12-31", first: 20) { totalCount edges { node { kind startDate title overdue } } } } } } } }',
    },
    {
      name: 'operator: roadmaps of region 67 with items, statuses, next deadlines and completions',
      token: operator,
      query:
        '{ region(code: "67") { roadmaps { title items { number activity status nextDueDate occurrences completions { completedOn } responsibleOrganizations { id } } } } }',
    },
    {
      name: 'operator: staff of a municipality with young-specialist status',
      token: operator,
      query:
        '{ people(filter: { municipalityOktmo: "66701000" }, first: 50) { totalCount edges { node { fullName isYoungSpecialist } } } }',
    },
  ];
  try {
    console.log(`Benchmark: ${duration} s per scenario, ${connections} connections, gateway ${system.gatewayUrl}\n`);
    console.log('| scenario | req/s | p50 ms | p97.5 ms | p99 ms | errors |');
    console.log('|---|---|---|---|---|---|');
    for (const scenario of scenarios) {
      // A scenario that answers with GraphQL errors would measure the error path: check it once first.
      const probe = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(scenario.token ? { authorization: `Bearer ${scenario.token}` } : {}),
        },
        body: JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} }),
      });
      const body = (await probe.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${scenario.name} answers with errors: ${JSON.stringify(body.errors)}`);
      const result = await autocannon({
        url: system.gatewayUrl,
        method: 'POST',
        connections,
        duration,
        headers: {
          'content-type': 'application/json',
          ...(scenario.token ? { authorization: `Bearer ${scenario.token}` } : {}),
        },
        body: JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} }),
      });
      const failures = result.errors + result.non2xx;
      console.log(
        `| ${scenario.name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} | ${failures} |`,
      );
    }
  } finally {
    await system.stop();
    await database.drop();
    await server.stop();
  }
}

await main();
