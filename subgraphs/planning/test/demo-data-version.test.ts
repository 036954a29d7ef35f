import { DEMO_DATA_VERSION, loadDemoDataOnce } from '@mentoring/platform/server';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningSubgraph } from '../src/subgraph.js';

/** Demo data records its version; an earlier version's demo data (invented statuses and facts) is refused, not relabelled. */
let planning: TestSubgraph;
beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph);
});
afterAll(() => planning?.close());

const recorded = async () =>
  (await planning.orm.em.fork().execute<{ version: string }[]>('select version from planning.demo_data')).map(
    (row) => row.version,
  );

describe('the version of the demo data', () => {
  it('is recorded beside the demo data, and a restart on the same version keeps what is there', async () => {
    expect(await recorded()).toEqual([DEMO_DATA_VERSION]);
    await loadDemoDataOnce(planningSubgraph, planning.orm);
    expect(await recorded()).toEqual([DEMO_DATA_VERSION]);
  });

  it('refuses to start on demo data an earlier version loaded, saying what to do, and changes nothing', async () => {
    const em = planning.orm.em.fork();
    const [before] = await em.execute<{ items: string }[]>('select count(*)::text as items from planning.roadmap_item');
    await em.execute('delete from planning.demo_data');
    await expect(loadDemoDataOnce(planningSubgraph, planning.orm)).rejects.toThrow(
      /no demo-data version recorded.*delete the data folder \.data/,
    );
    await em.execute(`insert into planning.demo_data (version) values ('an older demo')`);
    await expect(loadDemoDataOnce(planningSubgraph, planning.orm)).rejects.toThrow(/it has «an older demo»/);
    const [after] = await em.execute<{ items: string }[]>('select count(*)::text as items from planning.roadmap_item');
    expect(after).toEqual(before);
  });
});
