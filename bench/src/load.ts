import autocannon from 'autocannon';
import { resetStatements, statementCount, type BenchDatabase } from './database.js';
import { samplePostgres, sampleProcess, type ProcessSample } from './proc.js';
import type { RequestBody } from './scenarios.js';

/** Something the bench sends load to, and the processes that do its work. */
export interface Target {
  name: string;
  url: string;
  /** Node processes by name (gateway, each subgraph, the floor server); PostgreSQL is sampled for every target. */
  processes: Record<string, number>;
}

export interface RunResult {
  target: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** CPU milliseconds per request, by process name (`postgres` for the server and all its backends). */
  cpuMsPerRequest: Record<string, number>;
  /** Resident memory after the run, by process name. */
  rssBytes: Record<string, number>;
  /** SQL statements per request; null where pg_stat_statements is not loaded. */
  statementsPerRequest: number | null;
}

export function sampleAll(target: Target, database: BenchDatabase): Record<string, ProcessSample> {
  const samples: Record<string, ProcessSample> = {};
  for (const [name, pid] of Object.entries(target.processes)) samples[name] = sampleProcess(pid);
  samples['postgres'] = samplePostgres(database.postmasterPid);
  return samples;
}

/** CPU ms per request of each process between two samples, and each one's memory at the second. */
export function usagePerRequest(
  before: Record<string, ProcessSample>,
  after: Record<string, ProcessSample>,
  requests: number,
): Pick<RunResult, 'cpuMsPerRequest' | 'rssBytes'> {
  const cpuMsPerRequest: Record<string, number> = {};
  const rssBytes: Record<string, number> = {};
  for (const [name, sample] of Object.entries(after)) {
    cpuMsPerRequest[name] = (sample.cpuMs - (before[name]?.cpuMs ?? 0)) / requests;
    rssBytes[name] = sample.rssBytes;
  }
  return { cpuMsPerRequest, rssBytes };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the target's processes and PostgreSQL are idle (under a tenth of a core over half a second, at most
 * 60 s): requests autocannon abandoned when its time was up are still being worked off, and would be counted against
 * the next target.
 */
export async function settle(target: Target, database: BenchDatabase): Promise<void> {
  const deadline = Date.now() + 60_000;
  const busy = () => Object.values(sampleAll(target, database)).reduce((sum, sample) => sum + sample.cpuMs, 0);
  while (Date.now() < deadline) {
    const before = busy();
    await pause(500);
    if (busy() - before < 50) return;
  }
}

/** The target's own answer, as text: every response of the run must be byte for byte this one, without errors. */
async function expectedBody(target: Target, body: RequestBody, authorization?: string): Promise<string> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok || (JSON.parse(text) as { errors?: unknown }).errors)
    throw new Error(`${target.name} answers ${response.status} with errors: ${text.slice(0, 500)}`);
  return text;
}

/** S seconds of autocannon (C connections) on one target, with CPU, memory and statements measured around it. */
export async function runLoad(options: {
  target: Target;
  database: BenchDatabase;
  body: RequestBody;
  authorization?: string;
  seconds: number;
  connections: number;
}): Promise<RunResult> {
  const { target, database } = options;
  await settle(target, database);
  const expectBody = await expectedBody(target, options.body, options.authorization);
  await resetStatements(database);
  const before = sampleAll(target, database);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    headers: {
      'content-type': 'application/json',
      ...(options.authorization ? { authorization: options.authorization } : {}),
    },
    body: JSON.stringify(options.body),
    // A response with errors (a subgraph timing out under load) or other data is a failure, not a fast request.
    expectBody,
  });
  const after = sampleAll(target, database);
  const statements = await statementCount(database);
  // A run in which no request completed (each takes longer than the run) has no per-request figures: NaN, shown as –.
  const requests = result.requests.total || Number.NaN;
  const { cpuMsPerRequest, rssBytes } = usagePerRequest(before, after, requests);
  return {
    target: target.name,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || options.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // errors already include timeouts; mismatches are answers other than the expected one.
    failures: result.errors + result.non2xx + result.mismatches,
    cpuMsPerRequest,
    rssBytes,
    statementsPerRequest: statements === null ? null : statements / requests,
  };
}
