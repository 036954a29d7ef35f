import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system) and resident memory of one process, from /proc/<pid>/stat. */
export interface ProcessSample {
  cpuMs: number;
  rssBytes: number;
}

/** `getconf` values /proc's figures are in: clock ticks per second of CPU times, bytes per page of RSS. */
function getconf(name: string, fallback: number): number {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
}

const CLOCK_TICKS = getconf('CLK_TCK', 100);
const PAGE_SIZE = getconf('PAGESIZE', 4096);

/**
 * Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses, so the line is split after
 * its last `)`): index 0 is field 3 (state), so utime (field 14) is index 11, cutime 13, rss (field 24) index 21.
 */
function statFields(pid: number): string[] | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return line.slice(line.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS;

/** One process's own CPU and RSS; `withReaped` adds the CPU of its children that have exited (PostgreSQL backends). */
export function sampleProcess(pid: number, withReaped = false): ProcessSample {
  const fields = statFields(pid);
  if (!fields) return { cpuMs: 0, rssBytes: 0 };
  const ticks = Number(fields[11]) + Number(fields[12]) + (withReaped ? Number(fields[13]) + Number(fields[14]) : 0);
  return { cpuMs: ticksToMs(ticks), rssBytes: Number(fields[21]) * PAGE_SIZE };
}

/** The parent of a process, from /proc/<pid>/stat (field 4). */
export function parentOf(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : undefined;
}

/** Processes whose parent is `pid` (a PostgreSQL server's backends, checkpointer, walwriter …). */
export function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    if (parentOf(Number(entry)) === pid) children.push(Number(entry));
  }
  return children;
}

/**
 * A PostgreSQL server as one process: the postmaster with its living children and those it has reaped (a backend
 * that ended during the run still counts through the postmaster's cutime). RSS sums every process, which counts the
 * shared buffers each backend has touched more than once: it is an upper bound, said so in the report.
 */
export function samplePostgres(postmasterPid: number): ProcessSample {
  const own = sampleProcess(postmasterPid, true);
  return childrenOf(postmasterPid).reduce(
    (sum, child) => {
      const sample = sampleProcess(child);
      return { cpuMs: sum.cpuMs + sample.cpuMs, rssBytes: sum.rssBytes + sample.rssBytes };
    },
    { ...own },
  );
}
