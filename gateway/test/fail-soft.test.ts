import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { issueToken } from '@mentoring/platform/auth';
import { readSubgraphList, REPO_ROOT } from '@mentoring/platform/config';
import { createScratchDatabase, type ScratchDatabase } from '@mentoring/platform/database';
import {
  freePort,
  inDependencyOrder,
  spawnService,
  waitForHealth,
  type ServiceProcess,
} from '@mentoring/platform/launcher';
import { postGraphQL, testTokenConfig, type GraphQLResponse } from '@mentoring/platform/testing';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningGateway } from '../src/gateway.js';
import { startTestGateway } from './harness.js';
import { readmeFirstQuery } from './readme-query.js';

/** Short, so a stopped subgraph costs the test little; the gateway's default is 10 s. */
const SUBGRAPH_TIMEOUT_MS = 1_500;
/** Starting a subgraph (and loading the demo data once) is slow on a busy 2-core machine. */
const START_TIMEOUT_MS = 180_000;

/**
 * What each subgraph contributes to the README query, as paths in its answer
 * (`*` stands for every element of the list the baseline answer has there).
 * registry owns the root field, so it is not here: without it there is no region.
 */
const CONTRIBUTED_PATHS: Record<string, string[]> = {
  mentoring: ['region.organizations.edges.*.node.activeMentoringPairCount'],
  planning: ['region.roadmaps'],
  analytics: ['region.indicatorTargets'],
};

type Path = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface SubgraphProcess {
  name: string;
  entry: string;
  port: number;
  url: string;
  service?: ServiceProcess;
}

let database: ScratchDatabase;
let gateway: RunningGateway;
let baseline: Json;
const subgraphs = new Map<string, SubgraphProcess>();
const jwtSecret = randomBytes(32).toString('base64url');
const gatewaySecret = randomBytes(24).toString('base64url');

async function start(subgraph: SubgraphProcess, demoData: boolean): Promise<void> {
  const service = spawnService(
    subgraph.name,
    join(REPO_ROOT, subgraph.entry),
    {
      DATABASE_URL: database.url,
      PORT: String(subgraph.port),
      GATEWAY_SECRET: gatewaySecret,
      JWT_SECRET: jwtSecret,
      DEMO_DATA: String(demoData),
    },
    true,
  );
  subgraph.service = service;
  await waitForHealth(service, subgraph.url, START_TIMEOUT_MS);
}

function subgraph(name: string): SubgraphProcess {
  const found = subgraphs.get(name);
  if (!found) throw new Error(`no subgraph ${name}`);
  return found;
}

async function kill(name: string): Promise<void> {
  const child = subgraph(name).service?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** The README query as a newcomer sends it: anonymously, through the gateway. */
function overview(): Promise<GraphQLResponse<Json>> {
  return postGraphQL<Json>(gateway.url, readmeFirstQuery());
}

/** Expands `*` in a dotted path over the lists of the answer. */
function expandPath(pattern: string, data: Json): Path[] {
  const expand = (parts: string[], value: Json, prefix: Path): Path[] => {
    const [head, ...rest] = parts;
    if (head === undefined) return [prefix];
    if (head === '*')
      return Array.isArray(value) ? value.flatMap((item, index) => expand(rest, item, [...prefix, index])) : [];
    const next = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value[head] ?? null) : null;
    return expand(rest, next, [...prefix, head]);
  };
  return expand(pattern.split('.'), data, []);
}

function withNullAt(data: Json, paths: Path[]): Json {
  const copy = structuredClone(data);
  for (const path of paths) {
    let parent: Json = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] ?? null;
    (parent as Record<string | number, Json>)[path[path.length - 1] as string | number] = null;
  }
  return copy;
}

/** Nothing a client could use to reach or fingerprint a service: no URL, address, socket error or stack. */
function expectNothingInternal(response: GraphQLResponse<Json>): void {
  const text = JSON.stringify(response.errors ?? []);
  expect(text).not.toMatch(
    /https?:|127\.0\.0\.1|localhost|:\d{4}\b|ECONN|fetch failed|socket|stacktrace|\.ts:\d|serviceName|valueCompletion/i,
  );
  expect(Object.keys(response)).not.toContain('extensions');
}

function expectMaskedUnavailable(response: GraphQLResponse<Json>, name: string, paths: Path[]): void {
  const errors = response.errors ?? [];
  expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining(paths));
  expect(errors).toHaveLength(paths.length);
  for (const error of errors) {
    expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE' });
    expect(error.message).toContain(name);
  }
  expectNothingInternal(response);
}

beforeAll(async () => {
  database = await createScratchDatabase(inject('postgresAdminUrl'), 'failsoft');
  const local = readSubgraphList().filter((entry) => entry.entry);
  for (const entry of local) {
    const port = await freePort();
    subgraphs.set(entry.name, { name: entry.name, entry: entry.entry!, port, url: `http://127.0.0.1:${port}/graphql` });
  }
  // The demo data is loaded once, here, in the order the launcher starts them; restarts find it and skip loading.
  await inDependencyOrder(local, (entry) => start(subgraph(entry.name), true));
  gateway = await startTestGateway({
    gatewaySecret,
    tokens: testTokenConfig(jwtSecret),
    urls: Object.fromEntries([...subgraphs.values()].map((running) => [running.name, running.url])),
    overrides: { subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS },
  });
  const answer = await overview();
  expect(answer.errors).toBeUndefined();
  baseline = answer.data ?? null;
}, START_TIMEOUT_MS + 60_000);

afterEach(async () => {
  // A stopped or killed subgraph is brought back, so every test starts from the whole federation.
  for (const running of subgraphs.values()) {
    const child = running.service?.child;
    if (!child) continue;
    if (child.exitCode !== null || child.signalCode !== null) await start(running, false);
    else child.kill('SIGCONT');
  }
  const answer = await overview();
  expect(answer.errors).toBeUndefined();
}, START_TIMEOUT_MS);

afterAll(async () => {
  await gateway?.close();
  for (const running of subgraphs.values()) {
    running.service?.child.kill('SIGCONT');
    await running.service?.stop();
  }
  await database?.drop();
});

describe('the README query when a subgraph fails', () => {
  it('has data from every subgraph to lose', () => {
    for (const [name, patterns] of Object.entries(CONTRIBUTED_PATHS)) {
      const paths = patterns.flatMap((pattern) => expandPath(pattern, baseline));
      expect(paths.length, name).toBeGreaterThan(0);
    }
    expect(expandPath('region.roadmaps.0.title', baseline)).toHaveLength(1);
    expect(expandPath('region.indicatorTargets.0.value', baseline)).toHaveLength(1);
  });

  it.each(Object.keys(CONTRIBUTED_PATHS))(
    "keeps every other subgraph's data and gives one masked SUBGRAPH_UNAVAILABLE error per missing path when %s is killed",
    async (name) => {
      await kill(name);
      const paths = (CONTRIBUTED_PATHS[name] ?? []).flatMap((pattern) => expandPath(pattern, baseline));
      const response = await overview();
      expect(response.status).toBe(200);
      expect(response.data).toEqual(withNullAt(baseline, paths));
      expectMaskedUnavailable(response, name, paths);
    },
  );

  it('answers region: null with one clear error when registry, which owns the root field, is killed', async () => {
    await kill('registry');
    const response = await overview();
    expect(response.data).toEqual({ region: null });
    expectMaskedUnavailable(response, 'registry', [['region']]);
  });

  it('keeps a list of another domain when registry is killed: the pairs stay, each organization is null with its own masked error', async () => {
    const token = await issueToken(testTokenConfig(jwtSecret), {
      subject: 'fail-soft-analyst',
      role: 'ANALYST',
      scope: {},
    });
    const pairs = '{ mentoringPairs(first: 5) { edges { node { id status organization { shortName } } } } }';
    const before = await postGraphQL<{ mentoringPairs: { edges: { node: { id: string; organization: unknown } }[] } }>(
      gateway.url,
      pairs,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(before.errors).toBeUndefined();
    await kill('registry');
    const response = await postGraphQL<{
      mentoringPairs: { edges: { node: { id: string; organization: unknown } }[] };
    }>(gateway.url, pairs, { headers: { authorization: `Bearer ${token}` } });
    const edges = response.data?.mentoringPairs.edges ?? [];
    expect(edges.map(({ node }) => node.id)).toEqual(before.data!.mentoringPairs.edges.map(({ node }) => node.id));
    expect(edges.every(({ node }) => node.organization === null)).toBe(true);
    expectMaskedUnavailable(
      response as GraphQLResponse<Json>,
      'registry',
      edges.map((_, index) => ['mentoringPairs', 'edges', index, 'node', 'organization', 'shortName']),
    );
  });

  it('keeps the root fields of other domains when one domain is killed: registry organizations stay beside null practices', async () => {
    const token = await issueToken(testTokenConfig(jwtSecret), {
      subject: 'fail-soft-operator',
      role: 'REGIONAL_OPERATOR',
      scope: { regionCode: '67' },
    });
    const query = '{ organizations(first: 1) { totalCount } practices(first: 1) { totalCount } }';
    const before = await postGraphQL<{ organizations: { totalCount: number } | null; practices: unknown }>(
      gateway.url,
      query,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(before.errors).toBeUndefined();
    await kill('mentoring');
    const response = await postGraphQL<{ organizations: { totalCount: number } | null; practices: unknown }>(
      gateway.url,
      query,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.data).toEqual({ organizations: before.data!.organizations, practices: null });
    expectMaskedUnavailable(response as GraphQLResponse<Json>, 'mentoring', [['practices']]);
  });

  it('answers within the subgraph timeout with the rest of the data when planning is stopped (SIGSTOP)', async () => {
    subgraph('planning').service?.child.kill('SIGSTOP');
    const paths = expandPath('region.roadmaps', baseline);
    const response = await overview();
    expect(response.data).toEqual(withNullAt(baseline, paths));
    expectMaskedUnavailable(response, 'planning', paths);
    expect(response.errors?.[0]?.message).toMatch(/timeout/i);
  });
});

describe('what the gateway adds to an answer', () => {
  it('sends no response extension (valueCompletion) to clients: a null it had to complete is a masked error on its path', async () => {
    // A practice whose organization registry does not know: domains share no foreign keys, so a reference can dangle.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(
        `insert into mentoring.practice (id, title, summary, organization_id, author_person_ids, year, awards)
         values (gen_random_uuid(), 'Синтетическая практика (dangling organization)', 'synthetic', gen_random_uuid(), '{}', 2024, '{}')`,
      );
    } finally {
      await client.end();
    }
    const token = await issueToken(testTokenConfig(jwtSecret), {
      subject: 'fail-soft-analyst',
      role: 'ANALYST',
      scope: {},
    });
    const response = await postGraphQL<Json>(
      gateway.url,
      '{ practices(first: 100) { edges { node { title organization { shortName } } } } }',
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(Object.keys(response)).not.toContain('extensions');
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors ?? []) {
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(error.path?.[0]).toBe('practices');
    }
    expect(JSON.stringify(response.errors)).not.toMatch(/non-nullable|Organization\.shortName|serviceName/);
  });
});
