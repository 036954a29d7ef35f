import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { COMPILED_CONDITION, REPO_ROOT } from '../config/paths.js';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * How Node runs an entry: a TypeScript source through tsx (development, tests), a compiled `.js` entry as plain
 * JavaScript with the condition that resolves our packages to their compiled files too (production). Compiled
 * runs turn Node's own type stripping off, so a source file reached by mistake fails the start instead of running.
 */
export function nodeArguments(entry: string, fromSources = entry.endsWith('.ts')): string[] {
  return fromSources
    ? ['--import', 'tsx', entry]
    : ['--no-experimental-strip-types', `--conditions=${COMPILED_CONDITION}`, entry];
}

/**
 * Runs an entry file (TypeScript source or compiled JavaScript) as its own
 * Node process (the Node running us, so the pinned Node 24 is used) and passes
 * its output on, naming the service on lines its logger has not already named
 * it on (a stack trace, a crash). `args` follow the entry (the bench starts Hive Gateway's CLI this way).
 */
export function spawnService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  quiet: boolean,
  args: readonly string[] = [],
  /**
   * Run with our packages resolved to their TypeScript sources, whatever the entry: a tool's JavaScript bin whose
   * configuration imports our packages (Hive Gateway's) must not ask for their compiled twins, which a source
   * checkout has not built.
   */
  fromSources?: boolean,
): ServiceProcess {
  const child = spawn(process.execPath, [...nodeArguments(entry, fromSources), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    // Quiet drops the output at the source: a pipe nobody reads fills (64 KiB) and then blocks the service's
    // synchronous log writes, and with them its event loop — under load every request hung.
    stdio: ['ignore', quiet ? 'ignore' : 'pipe', 'pipe'],
  });
  // JSON lines stay JSON, so the launcher's output is still one stream a log collector can read.
  const named = (line: string) => line.startsWith('{') || line.startsWith(`[${name}]`) || line.includes(`: [${name}] `);
  const relay = (output: NodeJS.WriteStream) => (line: string) =>
    output.write(`${named(line) ? line : `[${name}] ${line}`}\n`);
  if (child.stdout) createInterface({ input: child.stdout }).on('line', relay(process.stdout));
  // Errors are shown even in quiet mode: a failing start must say why.
  if (child.stderr) createInterface({ input: child.stderr }).on('line', relay(process.stderr));
  return { name, child, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Whether the service's process has ended, by exiting or by a signal. */
export function serviceHasExited(service: ServiceProcess): boolean {
  return service.child.exitCode !== null || service.child.signalCode !== null;
}

/**
 * Polls a service's /health (or `healthPath`: Hive Gateway answers on /readiness) until it answers 200, failing
 * early if the process dies or `signal` aborts.
 */
export async function waitForHealth(
  service: ServiceProcess,
  graphqlUrl: string,
  timeoutMs = 60_000,
  signal?: AbortSignal,
  healthPath = '/health',
): Promise<void> {
  const healthUrl = new URL(healthPath, graphqlUrl).toString();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (signal?.aborted) throw new Error(`stopped waiting for ${service.name} to become healthy`);
    if (serviceHasExited(service)) {
      const { exitCode, signalCode } = service.child;
      throw new Error(
        `${service.name} exited with ${signalCode ? `signal ${signalCode}` : `code ${exitCode}`} before it became healthy`,
      );
    }
    try {
      const response = await fetch(healthUrl, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${service.name} did not become healthy at ${healthUrl} within ${timeoutMs} ms`);
}

/** Whether a process of this id exists (signal 0 checks without touching it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
