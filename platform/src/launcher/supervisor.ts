import { createLogger } from '../logging/logger.js';
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

/** Lines name the service (`[registry] back (pid 4242)`); `details` repeats their facts for log collectors. */
export interface SupervisorLog {
  info(line: string, details?: Record<string, unknown>): void;
  error(line: string, details?: Record<string, unknown>): void;
}

/** The launcher's own log, where `npm start` says when a service went down and when it is back. */
function launcherLog(): SupervisorLog {
  const logger = createLogger({ service: 'launcher' });
  return {
    info: (line, details) => {
      logger.info(details ?? {}, line);
    },
    error: (line, details) => {
      logger.error(details ?? {}, line);
    },
  };
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
  const log = options.log ?? launcherLog();
  const name = first.name;
  const restarts: Restart[] = [];
  const stopped = new AbortController();
  // A function, not the property itself: a stop may come while bringBack awaits, which narrowing cannot see.
  const isStopped = () => stopped.signal.aborted;
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
    const restart: Restart = {
      attempt: consecutiveCrashes,
      delayMs,
      exitCode,
      signal,
      crashedPid: service.child.pid,
      recovered: false,
    };
    restarts.push(restart);
    log.error(
      `[${name}] ${describeExit(exitCode, signal)}; restarting in ${delayMs / 1000} s (attempt ${restart.attempt})`,
      {
        event: 'restart',
        supervised: name,
        attempt: restart.attempt,
        delayMs,
        exitCode,
        signal,
      },
    );
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
      queueMicrotask(() => {
        report(child.exitCode, child.signalCode);
      });
      return;
    }
    child.once('exit', report);
    // A process that could not be spawned at all emits 'error' and never 'exit'.
    child.on('error', (error) => {
      log.error(`[${name}] ${error.message}`, { event: 'spawn-failed', supervised: name });
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
      if (isStopped() || next !== current || serviceHasExited(next)) return;
      log.error(`[${name}] ${error instanceof Error ? error.message : String(error)}; killing it`, {
        event: 'unhealthy',
        supervised: name,
      });
      next.child.kill('SIGKILL');
      return;
    }
    if (isStopped() || next !== current) return;
    healthySince = Date.now();
    restart.recovered = true;
    log.info(`[${name}] back (pid ${next.child.pid})`, {
      event: 'recovered',
      supervised: name,
      restartedPid: next.child.pid,
    });
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
