import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import '../src/testing/provided-context.js';
import { createScratchDatabase } from '../src/database/scratch-database.js';
import { freePort } from '../src/launcher/free-port.js';
import { isAlive, spawnService, waitForHealth, type ServiceProcess } from '../src/launcher/processes.js';
import { superviseService, type RestartPolicy, type SupervisedService } from '../src/launcher/supervisor.js';
import { REPO_ROOT } from '../src/config/paths.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/crashable-service.ts', import.meta.url));
const scratchFolder = mkdtempSync(join(tmpdir(), 'supervisor-test-'));
const running: ServiceProcess[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.stop()));
});
afterAll(() => {
  rmSync(scratchFolder, { recursive: true, force: true });
});

interface Supervised {
  service: SupervisedService;
  url: string;
  firstPid: number;
  log: string[];
}

/** Starts a service the way launchSystem does (spawn, wait for /health), then hands it to a supervisor. */
async function supervise(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  policy: Partial<RestartPolicy>,
  url: string,
): Promise<Supervised> {
  const log: string[] = [];
  const respawn = () => spawnService(name, entry, env, true);
  const first = respawn();
  running.push(first);
  await waitForHealth(first, url);
  const service = superviseService(first, {
    respawn,
    url,
    policy,
    log: { info: (line) => log.push(line), error: (line) => log.push(line) },
  });
  running[running.indexOf(first)] = service;
  return { service, url, firstPid: pidOf(first), log };
}

async function superviseFixture(policy: Partial<RestartPolicy>, env: NodeJS.ProcessEnv = {}): Promise<Supervised> {
  const port = await freePort();
  return supervise('crashable', FIXTURE, { ...env, PORT: String(port) }, policy, `http://127.0.0.1:${port}/`);
}

function pidOf(service: ServiceProcess): number {
  const { pid } = service.child;
  if (pid === undefined) throw new Error(`${service.name} has no process`);
  return pid;
}

/** The pid of the process answering /health, or undefined when nothing answers. */
async function healthyPid(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1000) });
    return response.ok ? ((await response.json()) as { pid: number }).pid : undefined;
  } catch {
    return undefined;
  }
}

const recoveredTimes = async (service: SupervisedService, count: number, timeout = 20_000) =>
  vi.waitFor(
    () => {
      expect(service.restarts.filter((restart) => restart.recovered)).toHaveLength(count);
    },
    {
      timeout,
      interval: 50,
    },
  );

describe('a supervised service', () => {
  it('is restarted after SIGKILL, answers /health again from the new process, and the log says so', async () => {
    const { service, url, firstPid, log } = await superviseFixture({ initialDelayMs: 100 });
    process.kill(firstPid, 'SIGKILL');
    await recoveredTimes(service, 1);

    const newPid = pidOf(service);
    expect(newPid).not.toBe(firstPid);
    expect(await healthyPid(url)).toBe(newPid);
    expect(service.restarts).toEqual([
      {
        attempt: 1,
        delayMs: 100,
        exitCode: null,
        signal: 'SIGKILL',
        crashedPid: firstPid,
        restartedPid: newPid,
        recovered: true,
      },
    ]);
    expect(log).toEqual([
      '[crashable] exited (signal SIGKILL); restarting in 0.1 s (attempt 1)',
      `[crashable] back (pid ${newPid})`,
    ]);
  });

  it('waits twice as long after a second crash that follows quickly', async () => {
    const { service, firstPid } = await superviseFixture({ initialDelayMs: 100, resetAfterMs: 60_000 });
    process.kill(firstPid, 'SIGKILL');
    await recoveredTimes(service, 1);
    process.kill(pidOf(service), 'SIGKILL');
    await recoveredTimes(service, 2);

    expect(service.restarts.map(({ attempt, delayMs }) => ({ attempt, delayMs }))).toEqual([
      { attempt: 1, delayMs: 100 },
      { attempt: 2, delayMs: 200 },
    ]);
  });

  it('doubles the delay up to the cap while restarted processes keep failing, then comes back', async () => {
    const crashStarts = join(scratchFolder, `crash-starts-${randomBytes(4).toString('hex')}`);
    const { service, url, firstPid, log } = await superviseFixture(
      { initialDelayMs: 100, maxDelayMs: 300 },
      { CRASH_STARTS_FILE: crashStarts },
    );
    writeFileSync(crashStarts, '2');
    process.kill(firstPid, 'SIGKILL');
    await recoveredTimes(service, 1);

    expect(
      service.restarts.map(({ attempt, delayMs, exitCode, signal, recovered }) => ({
        attempt,
        delayMs,
        exitCode,
        signal,
        recovered,
      })),
    ).toEqual([
      { attempt: 1, delayMs: 100, exitCode: null, signal: 'SIGKILL', recovered: false },
      { attempt: 2, delayMs: 200, exitCode: 3, signal: null, recovered: false },
      { attempt: 3, delayMs: 300, exitCode: 3, signal: null, recovered: true },
    ]);
    expect(log.slice(0, 3)).toEqual([
      '[crashable] exited (signal SIGKILL); restarting in 0.1 s (attempt 1)',
      '[crashable] exited with code 3; restarting in 0.2 s (attempt 2)',
      '[crashable] exited with code 3; restarting in 0.3 s (attempt 3)',
    ]);
    expect(await healthyPid(url)).toBe(pidOf(service));
  });

  it('starts again from the initial delay once it has stayed healthy for resetAfterMs', async () => {
    const { service, firstPid } = await superviseFixture({ initialDelayMs: 100, resetAfterMs: 300 });
    process.kill(firstPid, 'SIGKILL');
    await recoveredTimes(service, 1);
    await sleep(500);
    process.kill(pidOf(service), 'SIGKILL');
    await recoveredTimes(service, 2);

    expect(service.restarts.map(({ attempt, delayMs }) => ({ attempt, delayMs }))).toEqual([
      { attempt: 1, delayMs: 100 },
      { attempt: 1, delayMs: 100 },
    ]);
  });

  it('is not restarted when stop() comes during the back-off wait, and no process is left', async () => {
    const { service, url, firstPid } = await superviseFixture({ initialDelayMs: 2000 });
    process.kill(firstPid, 'SIGKILL');
    await vi.waitFor(
      () => {
        expect(service.restarts).toHaveLength(1);
      },
      { timeout: 5000, interval: 20 },
    );
    await service.stop();
    await sleep(2500);

    expect(service.restarts).toHaveLength(1);
    expect(service.restarts[0]).toMatchObject({ attempt: 1, delayMs: 2000, recovered: false });
    expect(service.restarts[0]?.restartedPid).toBeUndefined();
    expect(pidOf(service)).toBe(firstPid);
    expect(isAlive(firstPid)).toBe(false);
    expect(await healthyPid(url)).toBeUndefined();
  });

  it('is not restarted after a deliberate stop(), which ends its process', async () => {
    const { service, url, firstPid, log } = await superviseFixture({ initialDelayMs: 100 });
    await service.stop();
    await sleep(500);

    expect(service.restarts).toEqual([]);
    expect(log).toEqual([]);
    expect(isAlive(firstPid)).toBe(false);
    expect(await healthyPid(url)).toBeUndefined();
  });
});

describe('an unsupervised service (spawnService alone, as tests that kill subgraphs use it)', () => {
  it('stays down after SIGKILL', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const service = spawnService('crashable', FIXTURE, { PORT: String(port) }, true);
    running.push(service);
    await waitForHealth(service, url);
    process.kill(pidOf(service), 'SIGKILL');
    await sleep(1000);

    expect(service.child.signalCode).toBe('SIGKILL');
    expect(await healthyPid(url)).toBeUndefined();
  });
});

describe('a supervised subgraph', () => {
  it(
    'planning comes back on the same port after SIGKILL and answers /health from its database',
    { timeout: 180_000 },
    async () => {
      const database = await createScratchDatabase(inject('postgresAdminUrl'), 'supervisor');
      try {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}/graphql`;
        const env = {
          DATABASE_URL: database.url,
          PORT: String(port),
          GATEWAY_SECRET: randomBytes(24).toString('base64url'),
          JWT_SECRET: randomBytes(32).toString('base64url'),
          DEMO_DATA: 'false',
        };
        const { service, firstPid, log } = await supervise(
          'planning',
          join(REPO_ROOT, 'subgraphs/planning/src/index.ts'),
          env,
          { initialDelayMs: 200 },
          url,
        );
        process.kill(firstPid, 'SIGKILL');
        await recoveredTimes(service, 1, 120_000);

        const health = await fetch(new URL('/health', url));
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ service: 'planning' });
        expect(pidOf(service)).not.toBe(firstPid);
        expect(isAlive(firstPid)).toBe(false);
        expect(log).toEqual([
          '[planning] exited (signal SIGKILL); restarting in 0.2 s (attempt 1)',
          `[planning] back (pid ${pidOf(service)})`,
        ]);
        await service.stop();
        expect(isAlive(pidOf(service))).toBe(false);
      } finally {
        await database.drop();
      }
    },
  );
});
