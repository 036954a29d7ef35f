import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readSubgraphList } from '@mentoring/platform/config';
import { initSubgraphOrm, migrateSubgraph, type SubgraphOrm } from '@mentoring/platform/database';
import { inDependencyOrder } from '@mentoring/platform/launcher';
import { loadDemoDataOnce, type SubgraphStorage } from '@mentoring/platform/server';
import { analyticsSubgraph } from '@mentoring/subgraph-analytics/subgraph';
import { previousQuarterEnd, rebuildSnapshot } from '@mentoring/subgraph-analytics/snapshots';
import { todayIso } from '@mentoring/platform/validation';
import { mentoringSubgraph } from '@mentoring/subgraph-mentoring/subgraph';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { generateScale } from './generate.js';
import type { InternalScaleName, ScaleName } from './scales.js';
import { TABLES, type TableName } from './tables.js';

export { SCALES, type ScaleName } from './scales.js';

/** The subgraphs whose schemas and demo data `npm start` creates, by their name in schema/subgraphs.json. */
const STORAGE: Record<string, SubgraphStorage> = {
  registry: registrySubgraph,
  mentoring: mentoringSubgraph,
  planning: planningSubgraph,
  analytics: analyticsSubgraph,
};

export interface SeedResult {
  scale: string;
  seconds: number;
  rows: Record<string, number>;
}

export interface SeedOptions {
  databaseUrl: string;
  scale: ScaleName;
  log?: (line: string) => void;
}

/**
 * Fills an EMPTY database with a named scale: every subgraph's migrations and demo data exactly as `npm start` applies
 * them (the platform's own migrateSubgraph and loadDemoDataOnce, in the launcher's dependency order), then the
 * synthetic rows by COPY, then ANALYZE and the analytics snapshots rebuilt over the grown data. Returns the rows copied
 * per table and the total seconds.
 */
export async function seedScale(options: SeedOptions): Promise<SeedResult> {
  return seedInternalScale({ ...options, scale: options.scale });
}

/** seedScale with the test-only `tiny` scale allowed. */
export async function seedInternalScale(options: {
  databaseUrl: string;
  scale: InternalScaleName;
  log?: (line: string) => void;
}): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  await prepareDatabase(options.databaseUrl, log);
  const rows = await loadSynthetic({ ...options, log });
  const total = Number(seconds(started));
  log(`total: ${total} s`);
  return { scale: options.scale, seconds: total, rows };
}

type Log = (line: string) => void;

const timer =
  (log: Log) =>
  async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const begun = performance.now();
    const result = await work();
    log(`${phase}: ${seconds(begun)} s`);
    return result;
  };

/** Every subgraph's migrations, then its demo data, in the launcher's order (schema/subgraphs.json's `after`). */
export async function prepareDatabase(databaseUrl: string, log: Log = () => {}): Promise<void> {
  const timed = timer(log);
  const entries = readSubgraphList().filter((entry) => entry.entry && STORAGE[entry.name]);
  const orms = new Map<string, SubgraphOrm>();
  try {
    for (const entry of entries) {
      const storage = STORAGE[entry.name];
      if (storage) orms.set(entry.name, await initSubgraphOrm({ ...storage, databaseUrl }));
    }
    const each = (work: (storage: SubgraphStorage, orm: SubgraphOrm) => Promise<void>) =>
      inDependencyOrder(entries, async (entry) => {
        const storage = STORAGE[entry.name];
        const orm = orms.get(entry.name);
        if (storage && orm) await work(storage, orm);
      });
    await timed('schema (migrations)', () => each((storage, orm) => migrateSubgraph(orm, storage.dbSchema)));
    await timed('demo data', () => each((storage, orm) => loadDemoDataOnce(storage, orm)));
  } finally {
    await Promise.all([...orms.values()].map((orm) => orm.close()));
  }
}

/**
 * The synthetic rows of a scale, on a database holding the schema and demo data: generated, copied table by table in
 * one transaction, analyzed, and (unless `snapshots` is false, for tests) the last quarter's snapshot rebuilt.
 */
export async function loadSynthetic(options: {
  databaseUrl: string;
  scale: InternalScaleName;
  log?: Log;
  snapshots?: boolean;
}): Promise<Record<string, number>> {
  const timed = timer(options.log ?? (() => {}));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    const generated = await timed('generate', () => generateScale(client, options.scale));
    await client.query('begin');
    for (const table of Object.keys(TABLES) as TableName[]) {
      const chunks = generated.chunks.get(table) ?? [];
      const count = generated.counts.get(table) ?? 0;
      rows[table] = count;
      if (count === 0) continue;
      await timed(`copy ${table} (${count.toLocaleString('en')} rows)`, () =>
        pipeline(
          Readable.from(chunks),
          client.query(
            copyFrom(`copy ${table} (${TABLES[table].map((column) => `"${column}"`).join(', ')}) from stdin`),
          ),
        ),
      );
      generated.chunks.delete(table);
    }
    await client.query('commit');
    await timed('analyze', () => client.query('analyze'));
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  if (options.snapshots === false) return rows;

  // The dashboards read the quarterly snapshots, computed over the demo alone: the last quarter's is rebuilt over the
  // grown data, as the quarterly job would write it. Older quarters keep the demo's history (rebuilding all 19 of them
  // takes minutes even at the tiny scale).
  const analytics = await initSubgraphOrm({ ...analyticsSubgraph, databaseUrl: options.databaseUrl });
  try {
    const asOf = previousQuarterEnd(todayIso());
    rows[`analytics.indicator_snapshot (${asOf}, rebuilt)`] = await timed(`indicator snapshot ${asOf}`, () =>
      analytics.em.fork().transactional((tx) => rebuildSnapshot(tx, asOf)),
    );
  } finally {
    await analytics.close();
  }
  return rows;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
