import { serviceHasExited, waitForHealth, type ServiceProcess } from './processes.js';

/** How long a supervisor waits before bringing a crashed service back. */
export interface RestartPolicy {
  /** Delay before the restart that follows a first crash. */
  initialDelayMs: number;
  /** The delay doubles with each consecutive crash, up to this cap, so a service that cannot start does not spin. */
  maxDelayMs: number;
  /** A service that stayed healthy this long has recovered: its next crash starts again from `initialDelayMs`. */
  resetAfterMs: number;
  /** A restarted process that does not answer /health within this time is killed and counts as another crash. */
  healthTimeoutMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  resetAfterMs: 60_000,
  healthTimeoutMs: 60_000,
};

/** One unexpected exit of a supervised service and what the supervisor did about it. */
export interface Restart {
  /** 1 for the first crash after a healthy spell, 2 for the next consecutive one, and so on. */
  attempt: number;
  delayMs: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  crashedPid: number | undefined;
  /** Set once the new process is spawned. */
  restartedPid?: number;
  /** Set once the new process answers /health. */
  recovered: boolean;
}

export interface SupervisorLog {
  info(line: string): void;
  error(line: string): void;
}

export interface SuperviseOptions {
  /** Starts a new process of the same service: same entry, port and environment. */
  respawn: () => ServiceProcess;
  /** Any URL on the service's port; its /health decides when a restarted process is back. */
  url: string;
  policy?: Partial<RestartPolicy>;
  log?: SupervisorLog;
}

/** A service whose process is restarted when it dies; `child` is always the current process. */
export interface SupervisedService extends ServiceProcess {
  /** Every crash so far, oldest first. */
  readonly restarts: readonly Restart[];
}

/**
 * Watches an already healthy service and restarts it with exponential
 * back-off whenever its process exits without `stop()` having been called,
 * saying so in the log. `stop()` cancels a pending restart and ends the
 * current process, so a deliberate stop never brings anything back.
 */
export function superviseService(first: ServiceProcess, options: SuperviseOptions): SupervisedService {
  const policy: RestartPolicy = { ...DEFAULT_RESTART_POLICY, ...options.policy };
  const log = options.log ?? { info: (line) => console.log(line), error: (line) => console.error(line) };
  const name = first.name;
  const restarts: Restart[] = [];
  const stopped = new AbortController();
  let current = first;
  let healthySince: number | undefined = Date.now();
  let consecutiveCrashes = 0;
  let pendingRestart: NodeJS.Timeout | undefined;

  const crashed = (service: ServiceProcess, exitCode: number | null, signal: NodeJS.Signals | null) => {
    if (stopped.signal.aborted || service !== current) return;
    if (healthySince !== undefined && Date.now() - healthySince >= policy.resetAfterMs) consecutiveCrashes = 0;
    healthySince = undefined;
    consecutiveCrashes += 1;
    const delayMs = Math.min(policy.initialDelayMs * 2 ** (consecutiveCrashes - 1), policy.maxDelayMs);
    const restart: Restart = { attempt: consecutiveCrashes, delayMs, exitCode, signal, crashedPid: service.child.pid, recovered: false };
    restarts.push(restart);
    log.error(`[${name}] ${describeExit(exitCode, signal)}; restarting in ${delayMs / 1000} s (attempt ${restart.attempt})`);
    pendingRestart = setTimeout(() => {
      pendingRestart = undefined;
      void bringBack(restart);
    }, delayMs);
  };

  const watch = (service: ServiceProcess) => {
    const { child } = service;
    let reported = false;
    const report = (exitCode: number | null, signal: NodeJS.Signals | null) => {
      if (reported) return;
      reported = true;
      crashed(service, exitCode, signal);
    };
    if (serviceHasExited(service)) {
      queueMicrotask(() => report(child.exitCode, child.signalCode));
      return;
    }
    child.once('exit', report);
    // A process that could not be spawned at all emits 'error' and never 'exit'.
    child.on('error', (error) => {
      log.error(`[${name}] ${error.message}`);
      if (child.pid === undefined) report(null, null);
    });
  };

  const bringBack = async (restart: Restart) => {
    if (stopped.signal.aborted) return;
    const next = options.respawn();
    current = next;
    restart.restartedPid = next.child.pid;
    watch(next);
    try {
      await waitForHealth(next, options.url, policy.healthTimeoutMs, stopped.signal);
    } catch (error) {
      // An exit before health is already counted by `watch`; only a hung process is left to end here.
      if (stopped.signal.aborted || next !== current || serviceHasExited(next)) return;
      log.error(`[${name}] ${error instanceof Error ? error.message : String(error)}; killing it`);
      next.child.kill('SIGKILL');
      return;
    }
    if (stopped.signal.aborted || next !== current) return;
    healthySince = Date.now();
    restart.recovered = true;
    log.info(`[${name}] back (pid ${next.child.pid})`);
  };

  watch(first);
  return {
    name,
    get child() {
      return current.child;
    },
    restarts,
    stop: async () => {
      stopped.abort();
      clearTimeout(pendingRestart);
      await current.stop();
    },
  };
}

function describeExit(exitCode: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `exited (signal ${signal})`;
  if (exitCode === null) return 'could not be started';
  return `exited with code ${exitCode}`;
}
