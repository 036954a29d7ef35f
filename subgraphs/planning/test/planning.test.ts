import { DEMO_MUNICIPALITIES, DEMO_REGIONS, municipalityIdOf, regionIdOf, ZNAMENSKY_OKTMO } from '@mentoring/platform/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningSubgraph } from '../src/subgraph.js';

let planning: TestSubgraph;
beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph);
});
afterAll(() => planning?.close());

describe('planning contributes roadmaps to territories', () => {
  it('gives Smolensk its 2022–2024 roadmap with the seed 000 items', async () => {
    const response = await planning.entities<{ roadmaps: { startYear: number; endYear: number; items: { activity: string; schedule: string }[] }[] }>(
      [{ __typename: 'Region', id: regionIdOf('67') }],
      '... on Region { roadmaps { startYear endYear items { activity schedule } } }',
    );
    const [roadmap] = response.data!._entities[0]!.roadmaps;
    expect(roadmap).toMatchObject({ startYear: 2022, endYear: 2024 });
    expect(roadmap!.items[1]).toEqual({
      activity: 'Стартовый мониторинг (сбор информации) по внедрению системы наставничества',
      schedule: '15–25 декабря 2022',
    });
  });

  it('gives Знаменский район its 2022 municipal roadmap of five items', async () => {
    const response = await planning.entities<{ roadmaps: { level: string; items: unknown[] }[] }>(
      [{ __typename: 'Municipality', id: municipalityIdOf(ZNAMENSKY_OKTMO) }],
      '... on Municipality { roadmaps { level items { number } } }',
    );
    expect(response.data!._entities[0]!.roadmaps).toEqual([{ level: 'MUNICIPALITY', items: [1, 2, 3, 4, 5].map((number) => ({ number })) }]);
  });

  it('loads roadmaps and items of all territories with one statement each', async () => {
    const representations = [
      ...DEMO_REGIONS.map((region) => ({ __typename: 'Region', id: regionIdOf(region.code) })),
    ];
    const statements = await planning.sql.during(() =>
      planning.entities(representations, '... on Region { roadmaps { title items { activity } } }'),
    );
    expect(statements).toHaveLength(2);
    const municipalities = DEMO_MUNICIPALITIES.map((municipality) => ({ __typename: 'Municipality', id: municipalityIdOf(municipality.oktmo) }));
    const municipalStatements = await planning.sql.during(() =>
      planning.entities(municipalities, '... on Municipality { roadmaps { items { number } } }'),
    );
    expect(municipalStatements).toHaveLength(2);
  });

  it('filters roadmaps by the year their period includes', async () => {
    const response = await planning.query<{ roadmaps: { totalCount: number } }>('{ roadmaps(filter: { year: 2021 }) { totalCount } }');
    expect(response.data?.roadmaps.totalCount).toBe(1);
  });
});

describe('planning entities as the gateway resolves them', () => {
  it('resolves Roadmap references with their items, batched', async () => {
    const page = await planning.query<{ roadmaps: { edges: { node: { id: string; title: string } }[] } }>('{ roadmaps { edges { node { id title } } } }');
    const roadmaps = page.data!.roadmaps.edges.map((edge) => edge.node);
    expect(roadmaps).toHaveLength(3);
    const statements = await planning.sql.during(async () => {
      const response = await planning.entities<{ title: string; items: unknown[] }>(
        roadmaps.map((roadmap) => ({ __typename: 'Roadmap', id: roadmap.id })),
        '... on Roadmap { title items { number } }',
      );
      expect(response.data!._entities.map((entity) => entity.title)).toEqual(roadmaps.map((roadmap) => roadmap.title));
    });
    expect(statements).toHaveLength(2);
  });
});
