import { readSubgraphList, REPO_ROOT } from '@mentoring/platform/config';
import { freePort } from '@mentoring/platform/launcher';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';

/** Debian's docker-compose (v1) validates a file without a Docker engine; CI installs it (.ci/run). */
const dockerCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
if (!dockerCompose)
  console.warn('docker-compose is not installed: skipping the compose file checks (apt-get install docker-compose)');

const compose = (...args: string[]) =>
  execFileSync('docker-compose', ['-f', 'docker-compose.yml', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, GATEWAY_SECRET: 'validation-only', JWT_SECRET: 'validation-only' },
    encoding: 'utf8',
  });

interface ComposeService {
  restart?: string;
  healthcheck?: { test?: string[] | string; disable?: boolean };
  depends_on?: Record<string, { condition?: string }>;
  environment?: Record<string, string>;
}

/** The resolved file as data, read by PyYAML: Debian's docker-compose is written in Python and depends on it. */
let resolved: Record<string, ComposeService> | undefined;
const resolvedServices = (): Record<string, ComposeService> => (resolved ??= readResolvedServices());
const readResolvedServices = (): Record<string, ComposeService> => {
  const json = execFileSync(
    'python3',
    ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'],
    {
      input: compose('config'),
      encoding: 'utf8',
    },
  );
  return (JSON.parse(json) as { services: Record<string, ComposeService> }).services;
};

/** Runs a health check's command as the container would (only its node part: the image has node), returning the exit code. */
const runHealthCheck = (test: string[], port: number) =>
  new Promise<number | null>((resolve, reject) => {
    const [kind, program, ...args] = test;
    if (kind !== 'CMD' || program !== 'node') throw new Error(`not a node health check: ${test.join(' ')}`);
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env['PATH'], PORT: String(port) },
      stdio: 'ignore',
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      resolve(code);
    });
  });

/** A stand-in for a service's listener that answers /health with the given status. */
const healthEndpoint = async (status: number) => {
  const port = await freePort();
  const server = createServer((request, response) => {
    response.writeHead(request.url === '/health' ? status : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
};

describe.skipIf(!dockerCompose)('docker-compose.yml', () => {
  it('is valid for docker-compose', () => {
    expect(() => compose('config', '-q')).not.toThrow();
  });

  it('runs PostgreSQL, every subgraph of schema/subgraphs.json and the gateway', () => {
    const services = compose('config', '--services').trim().split('\n').sort();
    const expected = [
      'postgres',
      'gateway',
      ...readSubgraphList()
        .filter((entry) => entry.entry)
        .map((entry) => entry.name),
    ].sort();
    expect(services).toEqual(expected);
  });

  it('points the gateway at each subgraph by its compose service name', () => {
    const resolved = compose('config');
    for (const entry of readSubgraphList().filter((subgraph) => subgraph.entry)) {
      expect(resolved).toMatch(
        new RegExp(`SUBGRAPH_URL_${entry.name.toUpperCase()}: http://${entry.name}:\\d+/graphql`),
      );
    }
  });

  it('restarts every service unless it was stopped on purpose', () => {
    const policies = Object.fromEntries(
      Object.entries(resolvedServices()).map(([name, service]) => [name, service.restart]),
    );
    for (const [name, restart] of Object.entries(policies))
      expect({ name, restart }).toEqual({
        name,
        restart: expect.stringMatching(/^(unless-stopped|always|on-failure)/),
      });
  });

  it('gives every service a health check', () => {
    for (const [name, service] of Object.entries(resolvedServices())) {
      expect({ name, disabled: service.healthcheck?.disable ?? false, test: service.healthcheck?.test ?? [] }).toEqual({
        name,
        disabled: false,
        test: expect.arrayContaining([expect.stringMatching(/pg_isready|\/health/)]),
      });
    }
  });

  it('starts each subgraph once PostgreSQL is healthy and the gateway once every subgraph is', () => {
    const services = resolvedServices();
    const subgraphs = readSubgraphList()
      .filter((entry) => entry.entry)
      .map((entry) => entry.name);
    for (const name of subgraphs)
      expect(services[name]?.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' } });
    expect(services['gateway']?.depends_on).toMatchObject(
      Object.fromEntries(subgraphs.map((name) => [name, { condition: 'service_healthy' }])),
    );
  });

  it('has HTTP health checks that pass on a healthy /health of the service port and fail on 503 or when nothing listens', async () => {
    const httpServices = Object.entries(resolvedServices()).filter(([name]) => name !== 'postgres');
    expect(httpServices.length).toBeGreaterThan(0);
    const healthy = await healthEndpoint(200);
    const unavailable = await healthEndpoint(503);
    const silentPort = await freePort();
    try {
      for (const [name, service] of httpServices) {
        const test = service.healthcheck?.test;
        if (!Array.isArray(test)) throw new Error(`${name} has no health check command`);
        expect({ name, port: service.environment?.['PORT'] }).toEqual({ name, port: expect.stringMatching(/^\d+$/) });
        expect({ name, healthy: await runHealthCheck(test, healthy.port) }).toEqual({ name, healthy: 0 });
        expect({ name, unavailable: await runHealthCheck(test, unavailable.port) }).toEqual({ name, unavailable: 1 });
        expect({ name, silent: await runHealthCheck(test, silentPort) }).toEqual({ name, silent: 1 });
      }
    } finally {
      await healthy.close();
      await unavailable.close();
    }
  });
});
