import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildASTSchema, parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../src/testing/provided-context.js';
import { compiledEntry, compiledOrSourcePath, packageRoot, REPO_ROOT } from '../src/config/paths.js';
import { readSubgraphList, readSubgraphSdl } from '../src/config/subgraph-list.js';
import { createScratchDatabase, type ScratchDatabase } from '../src/database/scratch-database.js';
import { freePort } from '../src/launcher/free-port.js';
import { nodeArguments, spawnService, waitForHealth, type ServiceProcess } from '../src/launcher/processes.js';
import { postGraphQL } from '../src/testing/graphql-client.js';

const SOURCE_ENTRY = 'subgraphs/registry/src/index.ts';
const GATEWAY_SECRET = 'compiled-start-test-gateway-secret';

describe('paths of a package, from sources and from dist', () => {
  it('names the package folder, the compiled entry and the migrations the running code needs', () => {
    const registry = join(REPO_ROOT, 'subgraphs', 'registry');
    const fromSource = pathToFileURL(join(registry, 'src', 'subgraph.ts')).href;
    const fromDist = pathToFileURL(join(registry, 'dist', 'src', 'subgraph.js')).href;
    expect(packageRoot(fromSource)).toBe(registry);
    expect(packageRoot(fromDist)).toBe(registry);
    expect(compiledOrSourcePath(fromSource, 'migrations')).toBe(join(registry, 'migrations'));
    expect(compiledOrSourcePath(fromDist, 'migrations')).toBe(join(registry, 'dist', 'migrations'));
    expect(compiledEntry(SOURCE_ENTRY)).toBe(join(registry, 'dist', 'src', 'index.js'));
    expect(nodeArguments(join(registry, 'src', 'index.ts'))).toContain('tsx');
    expect(nodeArguments(compiledEntry(SOURCE_ENTRY))).not.toContain('tsx');
  });
});

/**
 * The production start: the registry built by turbo (cached when nothing changed) runs from dist/ with plain Node —
 * no tsx, Node's type stripping off, so any TypeScript file reached would fail the start — migrates a fresh database
 * with its compiled migrations and serves the SDL of its schema modules.
 */
describe('a subgraph compiled to JavaScript', () => {
  let database: ScratchDatabase | undefined;
  let service: ServiceProcess | undefined;
  let url = '';

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build', '--', '--filter=@mentoring/subgraph-registry...'], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    database = await createScratchDatabase(inject('postgresAdminUrl'), 'compiled');
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    service = spawnService(
      'registry',
      compiledEntry(SOURCE_ENTRY),
      {
        DATABASE_URL: database.url,
        PORT: String(port),
        GATEWAY_SECRET,
        JWT_SECRET: 'compiled-start-test-jwt-secret-of-32-bytes',
        DEMO_DATA: 'false',
      },
      true,
    );
    await waitForHealth(service, url);
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it('serves the SDL of its schema modules', async () => {
    const response = await postGraphQL<{ _service: { sdl: string } }>(url, '{ _service { sdl } }', {
      gatewaySecret: GATEWAY_SECRET,
    });
    const entry = readSubgraphList().find((subgraph) => subgraph.entry === SOURCE_ENTRY);
    if (!entry) throw new Error(`${SOURCE_ENTRY} is not in schema/subgraphs.json`);
    const typeNames = (sdl: string) =>
      Object.keys(buildASTSchema(parse(sdl), { assumeValidSDL: true }).getTypeMap())
        .filter((name) => !name.startsWith('_'))
        .sort();
    expect(response.errors).toBeUndefined();
    expect(typeNames(response.data?._service.sdl ?? '')).toEqual(
      expect.arrayContaining(typeNames(readSubgraphSdl(entry))),
    );
  });

  it('has applied every migration of the package from dist/migrations', async () => {
    const sources = readdirSync(join(REPO_ROOT, 'subgraphs', 'registry', 'migrations'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    const client = new pg.Client({ connectionString: database?.url });
    await client.connect();
    try {
      const applied = await client.query<{ name: string }>('select name from registry.mikro_orm_migrations');
      expect(applied.rows.map((row) => row.name).sort()).toEqual(sources);
    } finally {
      await client.end();
    }
  });
});
