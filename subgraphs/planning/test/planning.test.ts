import {
  DEMO_MUNICIPALITIES,
  DEMO_REGIONS,
  municipalityIdOf,
  regionIdOf,
  ZNAMENSKY_OKTMO,
} from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningSubgraph } from '../src/subgraph.js';

let planning: TestSubgraph;
beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph);
});
afterAll(() => planning?.close());

describe('planning contributes roadmaps to territories', () => {
  it('gives Smolensk its 2022–2024 roadmap with the seed 000 key events as printed', async () => {
    const response = await planning.entities<{
      roadmaps: {
        startYear: number;
        endYear: number;
        approvedBy: string;
        dataOrigin: string;
        items: { activity: string; schedule: string | null; responsible: string | null }[];
      }[];
    }>(
      [{ __typename: 'Region', id: regionIdOf('67') }],
      '... on Region { roadmaps { startYear endYear approvedBy dataOrigin items { activity schedule responsible } } }',
    );
    const [roadmap] = response.data!._entities[0]!.roadmaps;
    expect(roadmap).toMatchObject({ startYear: 2022, endYear: 2024, dataOrigin: 'SEED' });
    expect(roadmap!.approvedBy).toMatch(
      /^Приказ Департамента Смоленской области по образованию и науке от 08\.11\.2022 №933-Од "Об утверждении плана мероприятий \("дорожной карты"\)/,
    );
    expect(roadmap!.items[1]).toEqual({
      activity: 'Стартовый мониторинг (сбор информации) по внедрению системы наставничества',
      schedule: '15-25 декабря 2022',
      responsible: 'ЦНППМ – оператор ОМСУ – координатор ОО – заполнение форм',
    });
    // The seed leaves the last row's «Сроки» and «Ответственные» blank: nothing is made up for them.
    expect(roadmap!.items[4]).toMatchObject({ schedule: null, responsible: null });
  });

  it('gives St Petersburg all 24 rows of its 2021–2022 table, with every responsible party as printed and no approving order the seed does not name', async () => {
    const response = await planning.entities<{
      roadmaps: {
        title: string;
        approvedBy: string | null;
        items: { activity: string; schedule: string; responsible: string; expectedResult: string | null }[];
      }[];
    }>(
      [{ __typename: 'Region', id: regionIdOf('78') }],
      '... on Region { roadmaps { title approvedBy items { activity schedule responsible expectedResult } } }',
    );
    const [roadmap] = response.data!._entities[0]!.roadmaps;
    expect(roadmap).toMatchObject({ title: 'ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД', approvedBy: null });
    expect(roadmap!.items).toHaveLength(24);
    expect(roadmap!.items[8]).toEqual({
      activity:
        'Подготовка локальных нормативных актов по внедрению целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга',
      schedule: 'до 12 ноября 2021, далее – ежегодно',
      responsible: 'Общеобразовательные организации Санкт-Петербурга',
      expectedResult: null,
    });
    expect(roadmap!.items[22]).toMatchObject({
      activity: 'Просветительская деятельность по внедрению целевой модели наставничества',
      schedule: 'сентябрь 2021',
    });
    expect(roadmap!.items.filter((item) => item.responsible.includes('специалист по УМР'))).toHaveLength(9);
    expect(roadmap!.items.every((item) => item.expectedResult === null)).toBe(true);
  });

  it('gives Знаменский район its 2022 municipal roadmap of five items', async () => {
    const response = await planning.entities<{ roadmaps: { level: string; items: unknown[] }[] }>(
      [{ __typename: 'Municipality', id: municipalityIdOf(ZNAMENSKY_OKTMO) }],
      '... on Municipality { roadmaps { level items { number } } }',
    );
    expect(response.data!._entities[0]!.roadmaps).toEqual([
      { level: 'MUNICIPALITY', items: [1, 2, 3, 4, 5].map((number) => ({ number })) },
    ]);
  });

  it('loads roadmaps and items of all territories with one statement each', async () => {
    const representations = [...DEMO_REGIONS.map((region) => ({ __typename: 'Region', id: regionIdOf(region.code) }))];
    const statements = await planning.sql.during(() =>
      planning.entities(representations, '... on Region { roadmaps { title items { activity } } }'),
    );
    expect(statements).toHaveLength(2);
    const municipalities = DEMO_MUNICIPALITIES.map((municipality) => ({
      __typename: 'Municipality',
      id: municipalityIdOf(municipality.oktmo),
    }));
    const municipalStatements = await planning.sql.during(() =>
      planning.entities(municipalities, '... on Municipality { roadmaps { items { number } } }'),
    );
    expect(municipalStatements).toHaveLength(2);
    // Statuses and completion records of every item: one statement more, not one per item.
    const statusStatements = await planning.sql.during(() =>
      planning.entities(representations, '... on Region { roadmaps { items { status completion { completedOn } } } }'),
    );
    expect(statusStatements).toHaveLength(3);
  });

  it('filters roadmaps by the year their period includes', async () => {
    const response = await planning.query<{ roadmaps: { totalCount: number } }>(
      '{ roadmaps(filter: { year: 2021 }) { totalCount } }',
    );
    expect(response.data?.roadmaps.totalCount).toBe(1);
  });
});

describe('planning entities as the gateway resolves them', () => {
  it('resolves Roadmap references with their items, batched', async () => {
    const page = await planning.query<{ roadmaps: { edges: { node: { id: string; title: string } }[] } }>(
      '{ roadmaps { edges { node { id title } } } }',
    );
    const roadmaps = page.data!.roadmaps.edges.map((edge) => edge.node);
    // The three seed roadmaps and the synthetic school roadmap.
    expect(roadmaps).toHaveLength(4);
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
