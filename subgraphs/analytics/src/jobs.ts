import type { SubgraphDefinition } from '@mentoring/platform/server';
import { todayIso } from '@mentoring/platform/validation';
import { PgBoss } from 'pg-boss';
import { previousQuarterEnd, rebuildSnapshot } from './modules/values/snapshots.js';

/** The queue of the quarterly snapshot: its job snapshots the quarter that ended before the day it runs. */
export const SNAPSHOT_QUEUE = 'indicator-snapshot';
/** 03:00 Moscow time on the first day of each quarter. */
export const SNAPSHOT_CRON = '0 3 1 1,4,7,10 *';

/**
 * Starts the job queue (pg-boss, in its own PostgreSQL schema `analytics_jobs`): the quarterly snapshot is a
 * schedule on it, so one replica runs each job however many analytics replicas run. A job may name `asOf` to
 * rebuild a past date.
 */
export const startSnapshotJobs: NonNullable<SubgraphDefinition<unknown>['startBackground']> = async ({
  orm,
  databaseUrl,
  logger,
}) => {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'analytics_jobs', max: 2 });
  boss.on('error', (error) => {
    logger.error({ error: String(error) }, 'snapshot queue error');
  });
  await boss.start();
  await boss.createQueue(SNAPSHOT_QUEUE);
  await boss.schedule(SNAPSHOT_QUEUE, SNAPSHOT_CRON, {}, { tz: 'Europe/Moscow' });
  await boss.work<{ asOf?: string }>(SNAPSHOT_QUEUE, async (jobs) => {
    for (const job of jobs) {
      const asOf = job.data.asOf ?? previousQuarterEnd(todayIso());
      const written = await orm.em.fork().transactional((tx) => rebuildSnapshot(tx, asOf));
      logger.info({ asOf, written }, 'indicator snapshot written');
    }
  });
  return () => boss.stop({ graceful: true, timeout: 5_000 });
};
