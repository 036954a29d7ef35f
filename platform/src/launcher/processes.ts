import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '../config/paths.js';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry file as its own Node process (the Node running us,
 * so the pinned Node 24 is used) and prefixes its output with the service name.
 */
export function spawnService(name: string, entry: string, env: NodeJS.ProcessEnv, quiet: boolean): ServiceProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (line: string) => (line.startsWith(`[${name}]`) ? line : `[${name}] ${line}`);
  if (child.stdout && !quiet) createInterface({ input: child.stdout }).on('line', (line) => console.log(prefix(line)));
  // Errors are shown even in quiet mode: a failing start must say why.
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => console.error(prefix(line)));
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

/** Polls a service's /health until it answers 200, failing early if the process dies or `signal` aborts. */
export async function waitForHealth(service: ServiceProcess, graphqlUrl: string, timeoutMs = 60_000, signal?: AbortSignal): Promise<void> {
  const healthUrl = new URL('/health', graphqlUrl).toString();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (signal?.aborted) throw new Error(`stopped waiting for ${service.name} to become healthy`);
    if (serviceHasExited(service)) {
      const { exitCode, signalCode } = service.child;
      throw new Error(`${service.name} exited with ${signalCode ? `signal ${signalCode}` : `code ${exitCode}`} before it became healthy`);
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
