import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import type { RunResult } from './load.js';

export interface ScenarioReport {
  id: string;
  name: string;
  /** Every run of every target, all rounds. */
  runs: RunResult[];
  /** Why a target is absent (no floor written for the scenario, Hive for writes). */
  notes: string[];
}

export interface ReportContext {
  command: string;
  /** Only some scenarios were measured (`--scenario`): each says under its heading which run measured it. */
  partial?: boolean;
  scale: string;
  seconds: number;
  rounds: number;
  connections: number;
  postgresVersion: string;
  statementsCounted: boolean;
  startSeconds: number;
  seeded?: { seconds: number; rows: Record<string, number> };
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Per target: the means over rounds of req/s, p50, p99, CPU per request by process, statements; the last RSS. */
function summary(runs: RunResult[]) {
  const byTarget = new Map<string, RunResult[]>();
  for (const run of runs) byTarget.set(run.target, [...(byTarget.get(run.target) ?? []), run]);
  return [...byTarget].map(([target, list]) => {
    const processes = Object.keys(list[0]?.cpuMsPerRequest ?? {});
    const last = list.at(-1);
    return {
      target,
      rps: mean(list.map((run) => run.requestsPerSecond)),
      p50: mean(list.map((run) => run.p50)),
      p99: mean(list.map((run) => run.p99)),
      failures: list.reduce((sum, run) => sum + run.failures, 0),
      cpu: Object.fromEntries(processes.map((name) => [name, mean(list.map((run) => run.cpuMsPerRequest[name] ?? 0))])),
      rss: last?.rssBytes ?? {},
      statements: list.some((run) => run.statementsPerRequest === null)
        ? null
        : mean(list.map((run) => run.statementsPerRequest ?? 0)),
    };
  });
}

function version(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'not found';
  }
}

function cpuModel(): string {
  return cpus()[0]?.model ?? 'unknown';
}

function nproc(): string {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return String(cpus().length);
  }
}

export function renderReport(context: ReportContext, scenarios: ScenarioReport[]): string {
  const lines: string[] = [];
  lines.push(`## Scale ${context.scale}`, '');
  lines.push(`Command: \`${context.command}\``, '');
  lines.push(
    `Date: ${new Date().toISOString()} · machine: ${nproc()} CPUs (${cpuModel()}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM · node ${process.version} · PostgreSQL ${context.postgresVersion}`,
  );
  lines.push(
    `Packages: @apollo/gateway ${version('@apollo/gateway')}, @graphql-hive/gateway ${version('@graphql-hive/gateway')}, graphql ${version('graphql')}, @mikro-orm/core ${version('@mikro-orm/core')}, pg ${version('pg')}, autocannon ${version('autocannon')}`,
  );
  lines.push(
    `Scale: ${context.scale}${
      context.seeded
        ? ` (seeded in ${fixed(context.seeded.seconds)} s: ${Object.entries(context.seeded.rows)
            .map(([table, rows]) => `${table} ${rows}`)
            .join(', ')})`
        : ''
    } · ${context.rounds} interleaved round(s) of ${context.seconds} s per target, ${context.connections} connections, order rotated per round`,
  );
  lines.push(
    `Federation start on existing data (4 subgraphs + gateway, each its own process): ${fixed(context.startSeconds)} s`,
    '',
  );
  lines.push(
    'Targets: **ours** (@apollo/gateway set-up of gateway/), **hive-default** (@graphql-hive/gateway, in-flight request sharing on), **hive-no-sharing** (sharing off), **sql-floor** (the minimal direct SQL, node `pg` pool of 10, node:http; its answer checked equal to ours before measuring). CPU is ms per request of each process (utime+stime from /proc; postgres = the server and all its backends). RSS is after the last run (postgres: summed over its processes, shared buffers counted more than once). SQL statements per request from pg_stat_statements (job-queue polling left out).',
    '',
  );
  for (const scenario of scenarios) {
    const rows = summary(scenario.runs);
    const of = (target: string) => rows.find((row) => row.target === target)?.rps;
    const ours = of('ours');
    lines.push(`### ${scenario.name}`, '');
    if (context.partial)
      lines.push(
        `Measured in a run of its own: \`${context.command}\`, ${new Date().toISOString()}, federation start ${fixed(context.startSeconds)} s.`,
        '',
      );
    const processes = [...new Set(rows.flatMap((row) => Object.keys(row.cpu)))];
    lines.push(
      `| target | req/s | p50 ms | p99 ms | failures | SQL/req | ${processes.map((name) => `CPU ms/req ${name}`).join(' | ')} | RSS MiB |`,
    );
    lines.push(`|${' --- |'.repeat(6 + processes.length + 1)}`);
    for (const row of rows) {
      lines.push(
        `| ${row.target} | ${fixed(row.rps)} | ${fixed(row.p50)} | ${fixed(row.p99)} | ${row.failures} | ${row.statements === null ? 'n/a' : fixed(row.statements, 2)} | ${processes
          .map((name) => (name in row.cpu ? fixed(row.cpu[name] ?? 0, 2) : ''))
          .join(' | ')} | ${Object.entries(row.rss)
          .map(([name, bytes]) => `${name} ${mib(bytes)}`)
          .join(', ')} |`,
      );
    }
    const ratio = (other: string) => {
      const value = of(other);
      return ours !== undefined && value ? `${fixed(ours / value, 2)}×` : 'n/a';
    };
    lines.push(
      '',
      `Ratios of ours (req/s): ours/floor ${ratio('sql-floor')} · ours/hive-default ${ratio('hive-default')} · ours/hive-no-sharing ${ratio('hive-no-sharing')}`,
    );
    for (const note of scenario.notes) lines.push('', `Note: ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

const RESULTS_TITLE = '# Benchmark results';
const SCENARIO_HEADING = '### ';

/** The section's scenario blocks (from a `### ` heading to the next one), by heading, and the text before the first. */
function scenarioBlocks(section: string): { head: string; blocks: Map<string, string> } {
  const lines = section.trim().split('\n');
  const first = lines.findIndex((line) => line.startsWith(SCENARIO_HEADING));
  if (first < 0) return { head: section.trim(), blocks: new Map() };
  const blocks = new Map<string, string>();
  let heading = '';
  for (const line of lines.slice(first)) {
    if (line.startsWith(SCENARIO_HEADING)) heading = line;
    blocks.set(heading, `${blocks.get(heading) ?? ''}${line}\n`);
  }
  return { head: lines.slice(0, first).join('\n'), blocks };
}

/**
 * A partial run's scenarios put into the scale's last full section: a scenario measured again replaces its block,
 * a new one is added at the end, the others (and the full run's heading) stay.
 */
function mergedScenarios(previous: string, partial: string): string {
  const old = scenarioBlocks(previous);
  for (const [heading, block] of scenarioBlocks(partial).blocks) old.blocks.set(heading, block);
  return [old.head, ...[...old.blocks.values()].map((block) => block.trim())].join('\n\n');
}

/**
 * RESULTS.md with the section of one scale put in or replaced, the other scales' sections and any text outside the
 * sections kept: a run at one scale does not erase the last run at another, and a partial run (`--scenario`) does not
 * erase the scale's other scenarios.
 */
export function withScaleSection(existing: string, scale: string, section: string, partial = false): string {
  const begin = `<!-- bench scale ${scale} -->`;
  const end = `<!-- /bench scale ${scale} -->`;
  const start = existing.indexOf(begin);
  const stop = existing.indexOf(end);
  const found = start >= 0 && stop > start;
  const content = found && partial ? mergedScenarios(existing.slice(start + begin.length, stop), section) : section;
  const block = `${begin}\n${content.trim()}\n${end}`;
  if (found) return `${existing.slice(0, start)}${block}${existing.slice(stop + end.length)}`;
  const base = existing.trim().startsWith(RESULTS_TITLE) ? existing.trimEnd() : RESULTS_TITLE;
  return `${base}\n\n${block}\n`;
}
