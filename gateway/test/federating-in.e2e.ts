import { REPO_ROOT, SUBGRAPH_LIST_FILE, SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { freePort } from '@mentoring/platform/launcher';
import { OPERATION_HASH_HEADER } from '@mentoring/platform/server';
import { federationClient, postGraphQL, type GraphQLResponse } from '@mentoring/platform/testing';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSERTION_ISSUER, PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { addSubgraph, introspectSdl, removeSubgraph, type FederationFiles } from '../src/federating-in/federate.js';
import { gatewayBehindProxies } from './harness.js';

/**
 * Another region's subgraph (examples/neighbour-region: GraphQL Yoga, SQLite) joins a running gateway by the
 * federate command, answers in one request with ours, sees only the gateway's viewer assertion, and leaves; hostile
 * schemas are refused and a broken supergraph file does not stop the gateway. The gateway follows a copy of the
 * repository's list and supergraph, so the checked-in files never change.
 */
const federation = federationClient();
const ACROSS = `{
  region(code: "57") { name neighbourRegionEvents { title dataOrigin } neighbourRegionActivePairs }
  organization(inn: "0057001016") { shortName neighbourRegionActivePairs }
  neighbourRegionViewer { role region }
}`;

interface Across {
  region: {
    name: string;
    neighbourRegionEvents: { title: string; dataOrigin: string }[];
    neighbourRegionActivePairs: number | null;
  } | null;
  organization: { shortName: string; neighbourRegionActivePairs: number | null } | null;
  neighbourRegionViewer: { role: string; region: string | null };
}

let folder: string;
let files: FederationFiles;
let gateway: { url: string; close(): Promise<void> };
/** The neighbour runs as a process of its own, as another region's server would: only HTTP joins it to us. */
let neighbour: { url: string; process: ChildProcess; receivedLog: string };

/** Every request's headers, as the neighbour recorded them. */
const receivedByNeighbour = (): IncomingHttpHeaders[] =>
  existsSync(neighbour.receivedLog)
    ? readFileSync(neighbour.receivedLog, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as IncomingHttpHeaders)
    : [];

async function startNeighbour(gatewayUrl: string) {
  const port = await freePort();
  const receivedLog = join(folder, 'neighbour-received.jsonl');
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'examples/neighbour-region/src/main.ts')], {
    env: {
      ...process.env,
      NEIGHBOUR_PORT: String(port),
      GATEWAY_URL: new URL(gatewayUrl).origin,
      GATEWAY_ISSUER: DEFAULT_ASSERTION_ISSUER,
      NEIGHBOUR_RECEIVED_LOG: receivedLog,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await introspectSdl(url);
      break;
    } catch (error) {
      if (attempt === 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  // What the test itself asked while waiting is no request of the gateway's.
  rmSync(receivedLog, { force: true });
  return { url, process: child, receivedLog };
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'federating-in-'));
  files = {
    listFile: join(folder, 'subgraphs.json'),
    supergraphFile: join(folder, 'supergraph.graphql'),
    externalDir: join(folder, 'external'),
    operationsDir: PERSISTED_OPERATIONS_DIR,
  };
  copyFileSync(SUBGRAPH_LIST_FILE, files.listFile);
  copyFileSync(SUPERGRAPH_FILE, files.supergraphFile);
  gateway = await gatewayBehindProxies({}, { supergraphFile: files.supergraphFile, subgraphListFile: files.listFile });
  neighbour = await startNeighbour(gateway.url);
});

afterAll(async () => {
  await gateway.close();
  neighbour.process.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
});

const ask = (token?: string) =>
  postGraphQL<Across>(gateway.url, ACROSS, {
    headers: {
      cookie: 'session=client-cookie',
      'x-forwarded-for': '203.0.113.7',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });

/** The gateway looks at its supergraph file every second: wait until an answer shows the change. */
async function eventually(
  token: string | undefined,
  done: (answer: GraphQLResponse<Across>) => boolean,
): Promise<GraphQLResponse<Across>> {
  for (let attempt = 0; ; attempt += 1) {
    const answer = await ask(token);
    if (done(answer)) return answer;
    if (attempt === 50) throw new Error(`the gateway did not take the new supergraph: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const listedSubgraphs = () => (JSON.parse(readFileSync(files.listFile, 'utf8')) as { subgraphs: unknown[] }).subgraphs;

const refusedAsUnknown = (answer: GraphQLResponse<Across>) =>
  answer.errors?.[0]?.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED';

describe('a neighbour region joining a running federation', () => {
  it('is unknown before it joins', async () => {
    expect(refusedAsUnknown(await ask(await federation.tokenFor('ANALYST')))).toBe(true);
  });

  it('joins by command, and a running gateway serves it with our subgraphs in one request', async () => {
    const before = readFileSync(files.supergraphFile, 'utf8');
    const outcome = await addSubgraph(files, 'neighbour-region', neighbour.url, await introspectSdl(neighbour.url));
    expect(outcome).toMatchObject({ ok: true });
    expect(readFileSync(files.supergraphFile, 'utf8')).not.toBe(before);
    expect(listedSubgraphs()).toContainEqual(
      expect.objectContaining({ name: 'neighbour-region', url: neighbour.url, ours: false }),
    );

    const operator57 = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    const answer = await eventually(operator57, (candidate) => !refusedAsUnknown(candidate));
    expect(answer.errors).toBeUndefined();
    // The region's name comes from our registry, its events and pair count from the neighbour's SQLite.
    expect(answer.data?.region?.name).toBe('Орловская область');
    expect(answer.data?.region?.neighbourRegionEvents).toHaveLength(2);
    expect(answer.data?.region?.neighbourRegionEvents.every((event) => event.dataOrigin === 'SYNTHETIC')).toBe(true);
    expect(answer.data?.region?.neighbourRegionActivePairs).toBe(3);
    // A demo school of Знаменский район, by its ИНН: our registry's name, the neighbour's count of its pairs.
    expect(answer.data?.organization).toEqual({
      shortName: 'Демо-школа № 1 (Знаменский район)',
      neighbourRegionActivePairs: 2,
    });
    expect(answer.data?.neighbourRegionViewer).toEqual({ role: 'REGIONAL_OPERATOR', region: '57' });
  });

  it('lets the neighbour scope its answers by the viewer assertion', async () => {
    const operator67 = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const other = await ask(operator67);
    expect(other.errors).toBeUndefined();
    expect(other.data?.neighbourRegionViewer).toEqual({ role: 'REGIONAL_OPERATOR', region: '67' });
    // Another region's operator sees the public events, not the neighbour's pairs.
    expect(other.data?.region?.neighbourRegionEvents).toHaveLength(2);
    expect(other.data?.region?.neighbourRegionActivePairs).toBeNull();
    expect(other.data?.organization?.neighbourRegionActivePairs).toBeNull();
    // A nation-wide analyst names no region: the neighbour's rule shows pairs only to its own region's.
    const nationAnalyst = await ask(await federation.tokenFor('ANALYST'));
    expect(nationAnalyst.data?.neighbourRegionViewer).toEqual({ role: 'ANALYST', region: null });
    expect(nationAnalyst.data?.region?.neighbourRegionActivePairs).toBeNull();
  });

  it('never sends the neighbour our token, our secret or the client’s cookie: only an assertion bound to it', async () => {
    const token = await federation.tokenFor('ANALYST', { regionCode: '57' }, 'analyst-with-a-name');
    const received = receivedByNeighbour().length;
    expect((await ask(token)).errors).toBeUndefined();
    const calls = receivedByNeighbour().slice(received);
    expect(calls.length).toBeGreaterThan(0);
    for (const headers of calls) {
      expect(headers['x-gateway-secret']).toBeUndefined();
      expect(headers[OPERATION_HASH_HEADER]).toBeUndefined();
      expect(headers['x-forwarded-for']).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(token);
      const assertion = headers.authorization?.replace(/^Bearer /, '') ?? '';
      expect(decodeProtectedHeader(assertion)).toMatchObject({ alg: 'RS256', typ: 'viewer-assertion+jwt' });
      const claims = decodeJwt(assertion);
      expect(claims).toMatchObject({
        iss: DEFAULT_ASSERTION_ISSUER,
        aud: 'urn:mentoring-federation:subgraph:neighbour-region',
        role: 'ANALYST',
        region: '57',
      });
      // No person: neither the token's subject nor anything else that names the viewer.
      expect(claims.sub).toBeUndefined();
      expect(JSON.stringify(claims)).not.toContain('analyst-with-a-name');
      expect(claims.exp! - claims.iat!).toBe(60);
    }
  });

  it.each([
    [
      'adds a field to Person',
      'type Person @key(fields: "id") { id: ID! neighbourRegionSnils: String }',
      'PERSONAL_TYPE',
    ],
    [
      'takes over our organizations’ names',
      'type Organization @key(fields: "inn") { inn: String! shortName: String! @override(from: "registry") }',
      'OVERRIDE',
    ],
    ['redefines our enum of mentoring forms', 'enum MentoringFormCode { TEACHER_TEACHER }', 'TYPE_OURS'],
  ])('refuses a hostile schema that %s, and writes nothing', async (_case, body, rule) => {
    const before = {
      list: readFileSync(files.listFile, 'utf8'),
      supergraph: readFileSync(files.supergraphFile, 'utf8'),
    };
    const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@override"])\n${body}`;
    const outcome = await addSubgraph(files, 'hostile-region', 'http://127.0.0.1:9/graphql', sdl);
    expect(outcome.ok).toBe(false);
    expect('refusals' in outcome ? outcome.refusals.map((refusal) => refusal.rule) : []).toContain(rule);
    expect(readFileSync(files.listFile, 'utf8')).toBe(before.list);
    expect(readFileSync(files.supergraphFile, 'utf8')).toBe(before.supergraph);
  });

  it('keeps serving the supergraph it has when the file is replaced by one it cannot build', async () => {
    const good = readFileSync(files.supergraphFile, 'utf8');
    writeFileSync(files.supergraphFile, 'schema { query: Nothing }');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const operator57 = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    const answer = await ask(operator57);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.region?.neighbourRegionActivePairs).toBe(3);
    writeFileSync(files.supergraphFile, good);
  });

  it('leaves by command, and the gateway stops asking it', async () => {
    expect(await removeSubgraph(files, 'neighbour-region')).toMatchObject({ ok: true });
    expect(listedSubgraphs()).not.toContainEqual(expect.objectContaining({ name: 'neighbour-region' }));
    const analyst = await federation.tokenFor('ANALYST');
    await eventually(analyst, refusedAsUnknown);
    const received = receivedByNeighbour().length;
    const ours = await postGraphQL<{ region: { name: string } }>(gateway.url, '{ region(code: "57") { name } }', {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(ours.data?.region.name).toBe('Орловская область');
    expect(receivedByNeighbour()).toHaveLength(received);
  });

  it('refuses to remove one of our subgraphs', async () => {
    expect(await removeSubgraph(files, 'registry')).toMatchObject({ ok: false });
  });
});
