import { stableId } from '@mentoring/platform/database';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { todayIso } from '@mentoring/platform/validation';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  demoRegionOf,
  municipalityIdOf,
  organizationIdOf,
  personIdOf,
  regionIdOf,
  SMOLENSK_CITY_OKTMO,
  ZNAMENSKY_OKTMO,
} from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL_ID, DEMO_SCHOOL_ROADMAP_ID } from '../src/demo-school-roadmap.js';
import { RoadmapItemSchema } from '../src/modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema } from '../src/modules/roadmaps/roadmap.entity.js';
import { scheduleFacts } from '../src/modules/roadmaps/schedule-facts.js';
import { occurrenceCountProblem, recurrenceProblem } from '../src/modules/roadmaps/schedule.js';
import { planningSubgraph } from '../src/subgraph.js';

/**
 * Roadmaps people run (issue 12): their owners — and the territory above them — create and edit them; a seed row's
 * printed words stay as printed; schedules carry an RRULE reading; municipal and school items link to the item one
 * level up in their own territory; recurring items are completed per occurrence; every refusal changes nothing.
 */
let planning: TestSubgraph;
let operator67: string;
let coordinatorSmolensk: string;
let coordinatorZnamensky: string;
let schoolHead: string;
let otherSchoolHead: string;

const SMOLENSK_ROADMAP = stableId('roadmap', 'smolensk-2022-2024');
const SPB_ROADMAP = stableId('roadmap', 'spb-2021-2022');
const smolenskItem = (number: number) => stableId('roadmap-item', `smolensk-2022-2024-${number}`);
const spbItem = (number: number) => stableId('roadmap-item', `spb-2021-2022-${number}`);
const znamenskyItem = (number: number) => stableId('roadmap-item', `znamensky-2022-${number}`);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const year = Number(todayIso().slice(0, 4));

const smolenskSchools = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && organization.municipalityOktmo === SMOLENSK_CITY_OKTMO,
).map((organization) => organizationIdOf(organization.inn));
const smolenskPerson = DEMO_PEOPLE.find(
  (person) => organizationOf(person.organizationInn).municipalityOktmo === SMOLENSK_CITY_OKTMO,
)!;
const spbPerson = DEMO_PEOPLE.find((person) => demoRegionOf(organizationOf(person.organizationInn)) === '78')!;
const spbOrganization = organizationIdOf(
  DEMO_ORGANIZATIONS.find((organization) => demoRegionOf(organization) === '78')!.inn,
);
const range = (count: number) => Array.from({ length: count }, (_, index) => index).join(',');
function organizationOf(inn: string) {
  return DEMO_ORGANIZATIONS.find((organization) => organization.inn === inn)!;
}

type Errors = { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (response: Errors) => response.errors?.[0]?.extensions?.['code'];

const ITEM = `id number version section activity schedule dueDate periodStart periodEnd recurrence occurrences nextDueDate
  status responsible responsibleOrganizations { id } responsiblePeople { id } implements { id } implementedBy { id }
  completions { occurrenceOn completedOn } roadmap { id }`;

interface Item {
  id: string;
  number: number;
  version: number;
  section: string | null;
  activity: string;
  schedule: string | null;
  dueDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  recurrence: string | null;
  occurrences: string[];
  nextDueDate: string | null;
  status: string;
  responsible: string | null;
  responsibleOrganizations: ({ id: string } | null)[];
  responsiblePeople: ({ id: string } | null)[];
  implements: { id: string } | null;
  implementedBy: { id: string }[];
  completions: { occurrenceOn: string | null; completedOn: string }[];
}

const createRoadmap = (input: Record<string, unknown>, token?: string) =>
  planning.query<{ createRoadmap: { id: string; level: string; version: number; title: string } }>(
    'mutation ($input: CreateRoadmapInput!) { createRoadmap(input: $input) { id level version title } }',
    { input },
    token,
  );
const updateRoadmap = (id: string, version: number, input: Record<string, unknown>, token?: string) =>
  planning.query<{ updateRoadmap: { version: number; title: string; approvedBy: string | null; endYear: number } }>(
    'mutation ($id: UUID!, $version: Int!, $input: UpdateRoadmapInput!) { updateRoadmap(id: $id, version: $version, input: $input) { version title approvedBy endYear } }',
    { id, version, input },
    token,
  );
const addItem = (roadmapId: string, input: Record<string, unknown>, token?: string) =>
  planning.query<{ addRoadmapItem: Item }>(
    `mutation ($roadmapId: UUID!, $input: RoadmapItemInput!) { addRoadmapItem(roadmapId: $roadmapId, input: $input) { ${ITEM} } }`,
    { roadmapId, input },
    token,
  );
const updateItem = (id: string, version: number, input: Record<string, unknown>, token?: string) =>
  planning.query<{ updateRoadmapItem: Item }>(
    `mutation ($id: UUID!, $version: Int!, $input: RoadmapItemInput!) { updateRoadmapItem(id: $id, version: $version, input: $input) { ${ITEM} } }`,
    { id, version, input },
    token,
  );
const removeItem = (id: string, version: number, token?: string) =>
  planning.query<{ removeRoadmapItem: { id: string; items: { id: string }[] } }>(
    'mutation ($id: UUID!, $version: Int!) { removeRoadmapItem(id: $id, version: $version) { id items { id } } }',
    { id, version },
    token,
  );
const record = (itemId: string, input: Record<string, unknown>, token?: string) =>
  planning.query<{ recordRoadmapItemCompletion: Item }>(
    `mutation ($itemId: UUID!, $input: RoadmapItemCompletionInput!) { recordRoadmapItemCompletion(itemId: $itemId, input: $input) { ${ITEM} } }`,
    { itemId, input },
    token,
  );
async function item(id: string, token?: string): Promise<Item> {
  const response = await planning.query<{ roadmap: { items: Item[] } }>(
    `query ($id: UUID!) { roadmap(id: $id) { items { ${ITEM} } } }`,
    { id: (await planning.orm.em.fork().findOneOrFail(RoadmapItemSchema, { id })).roadmap.id },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.roadmap.items.find((candidate) => candidate.id === id)!;
}

/** Everything a refusal must leave as it was: every roadmap and item row. */
async function snapshot() {
  const em = planning.orm.em.fork();
  return {
    roadmaps: await em.find(RoadmapSchema, {}, { orderBy: { id: 'asc' } }),
    items: await em.find(RoadmapItemSchema, {}, { orderBy: { id: 'asc' } }),
  };
}

beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph, { alongside: [registrySubgraph] });
  operator67 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  coordinatorSmolensk = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
    regionCode: '67',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
  });
  coordinatorZnamensky = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
    regionCode: '57',
    municipalityOktmo: ZNAMENSKY_OKTMO,
  });
  schoolHead = await planning.tokenFor('SCHOOL_HEAD', {
    regionCode: '67',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
    organizationId: DEMO_SCHOOL_ID,
  });
  otherSchoolHead = await planning.tokenFor('SCHOOL_HEAD', {
    regionCode: '67',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
    organizationId: smolenskSchools[1]!,
  });
});
afterAll(() => planning?.close());

describe('the seed roadmaps read structured', () => {
  it('gives sections only where the seed heads the row, and the system reading of every schedule', async () => {
    expect((await item(smolenskItem(1))).section).toBeNull();
    expect((await item(smolenskItem(2))).section).toBeNull();
    expect((await item(smolenskItem(3))).section).toBe('COORDINATION');
    expect((await item(smolenskItem(4))).section).toBe('ORGANIZATIONAL_METHODICAL');
    expect((await item(smolenskItem(5))).section).toBe('INFORMATIONAL');
    expect(await item(smolenskItem(3))).toMatchObject({
      schedule: 'Январь 2023',
      periodStart: '2023-01-01',
      periodEnd: '2023-01-31',
      occurrences: ['2023-01-31'],
      responsibleOrganizations: [{ id: organizationIdOf(organizationOfName('ГАУ ДПО СОИРО (ЦНППМ)')) }],
    });
    expect(await item(znamenskyItem(5))).toMatchObject({
      schedule: 'Ежеквартально в течение 2022 года',
      recurrence: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
      occurrences: ['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'],
      nextDueDate: null,
    });
    expect(await item(spbItem(8))).toMatchObject({
      schedule: 'до 12 ноября 2021, далее – ежегодно',
      dueDate: '2021-11-12',
      occurrences: ['2021-11-12', '2022-11-12'],
    });
    expect((await item(spbItem(22))).occurrences).toEqual([]); // «постоянно»
    // «1 раз в квартал» in the 2021–2022 school-year table: the system reads it from September 2021.
    expect(await item(spbItem(17))).toMatchObject({
      schedule: '1 раз в квартал',
      periodStart: '2021-09-01',
      occurrences: ['2021-09-30', '2021-12-31', '2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'],
    });
    // Rows № 19–21 spell the centre «СПб АПО»: the same centre as «СПб АППО».
    const spbCentre = (await item(spbItem(1))).responsibleOrganizations;
    expect(spbCentre).toHaveLength(1);
    for (const number of [19, 20, 21]) {
      const row = await item(spbItem(number));
      expect(row.responsible).toMatch(/Центр развития наставничества СПб АПО(,|$)/);
      expect(row.responsibleOrganizations).toEqual(spbCentre);
    }
  });

  it('gives the demo school its synthetic roadmap, implementing rows of the Smolensk regional roadmap', async () => {
    const response = await planning.entities<{ roadmaps: { id: string; dataOrigin: string; items: Item[] }[] }>(
      [{ __typename: 'Organization', id: DEMO_SCHOOL_ID }],
      `... on Organization { roadmaps { id dataOrigin items { ${ITEM} } } }`,
    );
    expect(response.errors).toBeUndefined();
    const [roadmap] = response.data!._entities[0]!.roadmaps;
    expect(roadmap).toMatchObject({ id: DEMO_SCHOOL_ROADMAP_ID, dataOrigin: 'SYNTHETIC' });
    expect(roadmap!.items.map((row) => row.implements?.id)).toEqual([smolenskItem(3), smolenskItem(4)]);
    expect((await item(smolenskItem(3))).implementedBy).toEqual([{ id: roadmap!.items[0]!.id }]);
  });
});

function organizationOfName(name: string) {
  return DEMO_ORGANIZATIONS.find((organization) => organization.name === name)!.inn;
}

describe('owners edit their roadmaps', () => {
  it('lets a municipal coordinator create the municipality’s roadmap and link its items to the region’s', async () => {
    const created = await createRoadmap(
      {
        municipalityId: municipalityIdOf(SMOLENSK_CITY_OKTMO),
        title: 'План мероприятий города Смоленска (тест)',
        startYear: year,
        endYear: year + 1,
        approvedBy: 'Приказ (тест) от 08.11.2022 №933-Од',
      },
      coordinatorSmolensk,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createRoadmap).toMatchObject({ level: 'MUNICIPALITY', version: 1 });
    const roadmapId = created.data!.createRoadmap.id;

    const added = await addItem(
      roadmapId,
      {
        section: 'MONITORING',
        activity: 'Мониторинг (тест)',
        schedule: 'ежегодно (май, ноябрь)',
        recurrence: 'FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1',
        responsible: 'Управление образования (тест)',
        responsibleOrganizationIds: [smolenskSchools[0]],
        responsiblePersonIds: [personIdOf(smolenskPerson.key)],
        implementsItemId: smolenskItem(2),
      },
      coordinatorSmolensk,
    );
    expect(added.errors).toBeUndefined();
    const row = added.data!.addRoadmapItem;
    expect(row).toMatchObject({
      number: 1,
      version: 1,
      occurrences: [`${year}-05-31`, `${year}-11-30`, `${year + 1}-05-31`, `${year + 1}-11-30`],
      responsibleOrganizations: [{ id: smolenskSchools[0] }],
      responsiblePeople: [{ id: personIdOf(smolenskPerson.key) }],
      implements: { id: smolenskItem(2) },
    });
    expect(row.nextDueDate).toBe(row.occurrences.find((date) => date >= todayIso()));

    // The region's operator edits it too; a stale version is a CONFLICT.
    const updated = await updateItem(row.id, 1, { periodStart: `${year}-03-01` }, operator67);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateRoadmapItem).toMatchObject({ version: 2, periodStart: `${year}-03-01` });
    const stale = await updateItem(row.id, 1, { schedule: 'x' }, operator67);
    expect(codeOf(stale)).toBe('CONFLICT');

    const renamed = await updateRoadmap(
      roadmapId,
      1,
      { title: 'Новое наименование (тест)', approvedBy: null },
      operator67,
    );
    expect(renamed.data!.updateRoadmap).toMatchObject({
      version: 2,
      title: 'Новое наименование (тест)',
      approvedBy: null,
    });
    expect(codeOf(await updateRoadmap(roadmapId, 1, { note: 'x' }, operator67))).toBe('CONFLICT');

    // An entered item without records is removed; its roadmap answers without it.
    const removed = await removeItem(row.id, 2, coordinatorSmolensk);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeRoadmapItem.items).toEqual([]);
  });

  it('lets a school head create the school’s roadmap and link to the region’s item, and completes it per occurrence', async () => {
    const created = await createRoadmap(
      { organizationId: DEMO_SCHOOL_ID, title: 'Дорожная карта школы (тест)', startYear: year - 1, endYear: year },
      schoolHead,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createRoadmap.level).toBe('ORGANIZATION');
    const added = await addItem(
      created.data!.createRoadmap.id,
      {
        activity: 'Отчёт куратора (тест)',
        recurrence: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30',
        implementsItemId: smolenskItem(4),
      },
      schoolHead,
    );
    expect(added.errors).toBeUndefined();
    const row = added.data!.addRoadmapItem;
    expect(row.occurrences).toEqual([`${year - 1}-06-30`, `${year}-06-30`]);
    const lastYear = `${year - 1}-06-30`;
    expect(codeOf(await record(row.id, { completedOn: lastYear, evidence: 'Отчёт (тест)' }, schoolHead))).toBe(
      'BAD_USER_INPUT',
    );
    const done = await record(
      row.id,
      { occurrenceOn: lastYear, completedOn: lastYear, evidence: 'Отчёт (тест)' },
      schoolHead,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordRoadmapItemCompletion.completions).toEqual([
      { occurrenceOn: lastYear, completedOn: lastYear },
    ]);
    expect(done.data!.recordRoadmapItemCompletion.status).not.toBe('DONE');
    expect(
      codeOf(await record(row.id, { occurrenceOn: lastYear, completedOn: lastYear, evidence: 'снова' }, schoolHead)),
    ).toBe('CONFLICT');
    // A responsible person of the school: seen by its head, hidden (null) from another region's operator.
    const teacher = DEMO_PEOPLE.find((person) => organizationIdOf(person.organizationInn) === DEMO_SCHOOL_ID)!;
    const linked = await updateItem(row.id, 1, { responsiblePersonIds: [personIdOf(teacher.key)] }, schoolHead);
    expect(linked.data!.updateRoadmapItem.responsiblePeople).toEqual([{ id: personIdOf(teacher.key) }]);
    const operator78 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    expect((await item(row.id, operator78)).responsiblePeople).toEqual([null]);
    // Another school's head neither edits nor records here.
    expect(codeOf(await updateItem(row.id, 2, { section: 'REPORTING' }, otherSchoolHead))).toBe('FORBIDDEN');
    // An item with a completion record stays.
    const removal = await removeItem(row.id, 2, schoolHead);
    expect(codeOf(removal)).toBe('CONFLICT');
    expect(removal.errors![0]!.message).toMatch(/отметка о выполнении/);
  });

  it('lets owners set the structured reading of a seed row, never its printed words', async () => {
    const before = await item(spbItem(16));
    const operator78 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    const set = await updateItem(spbItem(16), before.version, { section: 'REPORTING' }, operator78);
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateRoadmapItem).toMatchObject({ section: 'REPORTING', schedule: 'по запросу' });
    const rewrite = await updateItem(spbItem(16), before.version + 1, { schedule: 'ежемесячно' }, operator78);
    expect(codeOf(rewrite)).toBe('CONFLICT');
    expect(rewrite.errors![0]!.message).toMatch(/не переписывается/);
    const seedRemoval = await removeItem(spbItem(16), before.version + 1, operator78);
    expect(codeOf(seedRemoval)).toBe('CONFLICT');
    const restored = await updateItem(spbItem(16), before.version + 1, { section: null }, operator78);
    expect(restored.data!.updateRoadmapItem.section).toBeNull();
  });

  it('completes the quarterly Знаменский item per quarter: DONE only with all four', async () => {
    const quarters = ['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'];
    let last: Item | undefined;
    for (const occurrenceOn of quarters) {
      const response = await record(
        znamenskyItem(5),
        { occurrenceOn, completedOn: occurrenceOn, evidence: `Мониторинг за квартал (тест) ${occurrenceOn}` },
        coordinatorZnamensky,
      );
      expect(response.errors).toBeUndefined();
      last = response.data!.recordRoadmapItemCompletion;
      if (occurrenceOn !== '2022-12-31') expect(last.status).not.toBe('DONE');
    }
    expect(last!.status).toBe('DONE');
    expect(last!.completions.map((completion) => completion.occurrenceOn)).toEqual(quarters);
    // Withdrawing the last quarter's record: its deadline passed with nothing recorded.
    const withdrawn = await planning.query<{ withdrawRoadmapItemCompletion: { status: string } }>(
      'mutation ($itemId: UUID!, $on: Date) { withdrawRoadmapItemCompletion(itemId: $itemId, occurrenceOn: $on, reason: "тест") { status } }',
      { itemId: znamenskyItem(5), on: '2022-12-31' },
      coordinatorZnamensky,
    );
    expect(withdrawn.data!.withdrawRoadmapItemCompletion.status).toBe('OVERDUE');
    const again = await record(
      znamenskyItem(5),
      { occurrenceOn: '2022-12-31', completedOn: '2022-12-30', evidence: 'Мониторинг за IV квартал (тест)' },
      coordinatorZnamensky,
    );
    expect(again.data!.recordRoadmapItemCompletion.status).toBe('DONE');
    const [row] = await planning.orm.em
      .fork()
      .getConnection()
      .execute<
        {
          level: string;
          municipality_id: string;
          number: number;
          recurrence: string;
          completion_count: number;
          occurrences_completed: string[];
        }[]
      >('select * from planning_pub.roadmap_item_completion where item_id = ?', [znamenskyItem(5)]);
    expect(row).toMatchObject({
      level: 'MUNICIPALITY',
      municipality_id: municipalityIdOf(ZNAMENSKY_OKTMO),
      number: 5,
      recurrence: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
      completion_count: 4,
    });
    expect(row!.occurrences_completed.map((date) => new Date(date).toISOString().slice(0, 10))).toEqual(quarters);
  });
});

describe('refusals, each changing nothing', () => {
  const ownRoadmap = stableId('roadmap', 'synthetic-school-smolensk-2023');
  const refusals: [string, () => Promise<Errors>, string, RegExp][] = [
    [
      'an anonymous viewer',
      () => createRoadmap({ regionId: regionIdOf('67'), title: 'x', startYear: 2025, endYear: 2025 }),
      'FORBIDDEN',
      /PUBLIC/,
    ],
    [
      'an analyst',
      async () => addItem(SMOLENSK_ROADMAP, { activity: 'x' }, await planning.tokenFor('ANALYST')),
      'FORBIDDEN',
      /ANALYST/,
    ],
    ['another region’s operator', () => addItem(SPB_ROADMAP, { activity: 'x' }, operator67), 'FORBIDDEN', /владельцы/],
    [
      'a coordinator on the regional roadmap',
      () => addItem(SMOLENSK_ROADMAP, { activity: 'x' }, coordinatorSmolensk),
      'FORBIDDEN',
      /владельцы/,
    ],
    [
      'a coordinator of another municipality on a school roadmap',
      () => addItem(ownRoadmap, { activity: 'x' }, coordinatorZnamensky),
      'FORBIDDEN',
      /владельцы/,
    ],
    ['another school’s head', () => addItem(ownRoadmap, { activity: 'x' }, otherSchoolHead), 'FORBIDDEN', /владельцы/],
    [
      'a school head creating a regional roadmap',
      () => createRoadmap({ regionId: regionIdOf('67'), title: 'x', startYear: 2025, endYear: 2025 }, schoolHead),
      'FORBIDDEN',
      /владельцы/,
    ],
    [
      'two owners',
      () =>
        createRoadmap(
          { regionId: regionIdOf('67'), organizationId: DEMO_SCHOOL_ID, title: 'x', startYear: 2025, endYear: 2025 },
          operator67,
        ),
      'BAD_USER_INPUT',
      /ровно одного/,
    ],
    [
      'an unknown owner',
      () => createRoadmap({ municipalityId: UNKNOWN, title: 'x', startYear: 2025, endYear: 2025 }, operator67),
      'NOT_FOUND',
      /не найден/,
    ],
    [
      'a period ending before it starts',
      () => createRoadmap({ regionId: regionIdOf('67'), title: 'x', startYear: 2025, endYear: 2024 }, operator67),
      'BAD_USER_INPUT',
      /раньше года начала/,
    ],
    [
      'an impossible year',
      () => createRoadmap({ regionId: regionIdOf('67'), title: 'x', startYear: 20250, endYear: 20250 }, operator67),
      'BAD_USER_INPUT',
      /2000–2100/,
    ],
    [
      'a huge title',
      () =>
        createRoadmap(
          { regionId: regionIdOf('67'), title: 'я'.repeat(1001), startYear: 2025, endYear: 2025 },
          operator67,
        ),
      'BAD_USER_INPUT',
      /1000/,
    ],
    [
      'a NUL in the title',
      () =>
        createRoadmap({ regionId: regionIdOf('67'), title: 'a\u0000b', startYear: 2025, endYear: 2025 }, operator67),
      'BAD_USER_INPUT',
      /NUL/,
    ],
    [
      'a blank activity',
      () => addItem(ownRoadmap, { activity: '   ' }, schoolHead),
      'BAD_USER_INPUT',
      /не может быть пустым/,
    ],
    ['no activity', () => addItem(ownRoadmap, { schedule: 'май' }, schoolHead), 'BAD_USER_INPUT', /activity/],
    [
      'a bad RRULE',
      () => addItem(ownRoadmap, { activity: 'x', recurrence: 'FREQ=SOMETIMES' }, schoolHead),
      'BAD_USER_INPUT',
      /RRULE|FREQ|разобрано/,
    ],
    [
      'an RRULE with DTSTART',
      () => addItem(ownRoadmap, { activity: 'x', recurrence: 'DTSTART:20230101T000000Z' }, schoolHead),
      'BAD_USER_INPUT',
      /RRULE/,
    ],
    [
      'an RRULE yielding nothing in the period',
      () => addItem(ownRoadmap, { activity: 'x', recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }, schoolHead),
      'BAD_USER_INPUT',
      /ни одного срока/,
    ],
    [
      'an RRULE that would walk every second of every day (BYHOUR/BYMINUTE/BYSECOND)',
      () =>
        addItem(
          SMOLENSK_ROADMAP,
          {
            activity: 'x',
            dueDate: '2022-05-31',
            recurrence: `FREQ=DAILY;BYHOUR=${range(24)};BYMINUTE=${range(60)};BYSECOND=${range(60)}`,
          },
          operator67,
        ),
      'BAD_USER_INPUT',
      /BYHOUR не поддерживается/,
    ],
    [
      'an RRULE rrule cannot build (BYSETPOS=0)',
      () => addItem(ownRoadmap, { activity: 'x', recurrence: 'FREQ=DAILY;BYSETPOS=0' }, schoolHead),
      'BAD_USER_INPUT',
      /BYSETPOS/,
    ],
    [
      'an RRULE with an impossible ordinal day',
      () => addItem(ownRoadmap, { activity: 'x', recurrence: 'FREQ=MONTHLY;BYDAY=+9MO' }, schoolHead),
      'BAD_USER_INPUT',
      /от 1 до 5/,
    ],
    [
      'an RRULE with UNTIL, which the item’s period would override',
      () =>
        addItem(
          ownRoadmap,
          { activity: 'x', periodEnd: '2023-12-31', recurrence: 'FREQ=MONTHLY;UNTIL=20230601T000000Z' },
          schoolHead,
        ),
      'BAD_USER_INPUT',
      /UNTIL не указывается.*период мероприятия/,
    ],
    [
      'a daily RRULE over a three-year roadmap (more than 400 deadlines)',
      () => addItem(SMOLENSK_ROADMAP, { activity: 'x', recurrence: 'FREQ=DAILY' }, operator67),
      'BAD_USER_INPUT',
      /больше 400 сроков/,
    ],
    [
      'a deadline before its period',
      () => addItem(ownRoadmap, { activity: 'x', periodStart: '2023-05-01', dueDate: '2023-04-30' }, schoolHead),
      'BAD_USER_INPUT',
      /раньше начала периода/,
    ],
    [
      'a deadline after its period',
      () => addItem(ownRoadmap, { activity: 'x', periodEnd: '2023-05-01', dueDate: '2023-05-02' }, schoolHead),
      'BAD_USER_INPUT',
      /позже окончания периода/,
    ],
    [
      'a responsible organization of another region',
      () => addItem(ownRoadmap, { activity: 'x', responsibleOrganizationIds: [spbOrganization] }, schoolHead),
      'BAD_USER_INPUT',
      /другого субъекта/,
    ],
    [
      'a period ending before it starts (item)',
      () => addItem(ownRoadmap, { activity: 'x', periodStart: '2023-05-01', periodEnd: '2023-04-01' }, schoolHead),
      'BAD_USER_INPUT',
      /раньше его начала/,
    ],
    [
      'a date outside the roadmap period',
      () => addItem(ownRoadmap, { activity: 'x', dueDate: '2030-01-01' }, schoolHead),
      'BAD_USER_INPUT',
      /вне периода/,
    ],
    [
      'an impossible date',
      () => addItem(ownRoadmap, { activity: 'x', dueDate: '2023-02-30' }, schoolHead),
      'BAD_USER_INPUT',
      /.+/,
    ],
    [
      'a huge schedule',
      () => addItem(ownRoadmap, { activity: 'x', schedule: 'я'.repeat(501) }, schoolHead),
      'BAD_USER_INPUT',
      /500/,
    ],
    [
      'an unknown responsible organization',
      () => addItem(ownRoadmap, { activity: 'x', responsibleOrganizationIds: [UNKNOWN] }, schoolHead),
      'NOT_FOUND',
      /не найдена/,
    ],
    [
      'a responsible person the viewer may not see',
      () => addItem(ownRoadmap, { activity: 'x', responsiblePersonIds: [personIdOf(spbPerson.key)] }, schoolHead),
      'NOT_FOUND',
      /.+/,
    ],
    ['an unknown roadmap', () => addItem(UNKNOWN, { activity: 'x' }, operator67), 'NOT_FOUND', /не найдена/],
    ['an unknown item', () => updateItem(UNKNOWN, 1, { section: 'REPORTING' }, operator67), 'NOT_FOUND', /не найдено/],
    ['an odd id', () => updateItem('not-a-uuid', 1, { section: 'REPORTING' }, operator67), 'BAD_USER_INPUT', /.+/],
    [
      'a municipal item implementing another region’s item',
      async () =>
        addItem(
          stableId('roadmap', 'znamensky-2022'),
          { activity: 'x', implementsItemId: smolenskItem(1) },
          coordinatorZnamensky,
        ),
      'FORBIDDEN',
      /другого|another region/,
    ],
    [
      'a municipal item implementing a municipal item',
      () =>
        addItem(
          stableId('roadmap', 'znamensky-2022'),
          { activity: 'x', implementsItemId: znamenskyItem(1) },
          coordinatorZnamensky,
        ),
      'BAD_USER_INPUT',
      /региональной/,
    ],
    [
      'a regional item implementing anything',
      () => addItem(SMOLENSK_ROADMAP, { activity: 'x', implementsItemId: znamenskyItem(1) }, operator67),
      'BAD_USER_INPUT',
      /implements none/,
    ],
    [
      'a school item implementing another municipality’s item',
      () => addItem(ownRoadmap, { activity: 'x', implementsItemId: znamenskyItem(1) }, schoolHead),
      'FORBIDDEN',
      /своего муниципального/,
    ],
    [
      'rewriting a seed roadmap’s order',
      () => updateRoadmap(SMOLENSK_ROADMAP, 1, { approvedBy: 'Другой приказ' }, operator67),
      'CONFLICT',
      /не переписываются/,
    ],
    [
      'shrinking a period that its dated items would leave',
      () => updateRoadmap(ownRoadmap, 1, { startYear: 2024 }, schoolHead),
      'CONFLICT',
      /вне нового периода/,
    ],
    [
      'a stale roadmap version',
      () => updateRoadmap(SMOLENSK_ROADMAP, 7, { note: 'x' }, operator67),
      'CONFLICT',
      /версия/,
    ],
    [
      'rewriting a seed row’s activity',
      () => updateItem(smolenskItem(1), 1, { activity: 'Другое' }, operator67),
      'CONFLICT',
      /не переписывается/,
    ],
    ['removing a seed row', () => removeItem(smolenskItem(1), 1, operator67), 'CONFLICT', /не удаляется/],
    [
      'recording a non-recurring item with an occurrence',
      () =>
        record(smolenskItem(1), { occurrenceOn: '2023-06-15', completedOn: '2023-06-15', evidence: 'x' }, operator67),
      'BAD_USER_INPUT',
      /не повторяется/,
    ],
    [
      'recording a recurring item at a date that is no occurrence',
      async () =>
        record(
          spbItem(8),
          { occurrenceOn: '2022-11-13', completedOn: '2022-11-13', evidence: 'x' },
          await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' }),
        ),
      'BAD_USER_INPUT',
      /повторяется/,
    ],
    [
      'recording a recurring item without its occurrence',
      async () =>
        record(
          spbItem(8),
          { completedOn: '2022-11-12', evidence: 'x' },
          await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' }),
        ),
      'BAD_USER_INPUT',
      /occurrenceOn/,
    ],
  ];

  it.each(refusals)('refuses %s', async (_name, send, code, message) => {
    const before = await snapshot();
    const response = await send();
    expect(codeOf(response), JSON.stringify(response.errors)).toBe(code);
    expect(response.errors![0]!.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});

/**
 * A completion answers the deadline it was recorded for: schedules under valid records do not move, and a roadmap's
 * period does not shrink away from them or from a recurring item's occurrences (CONFLICT, changing nothing).
 */
describe('schedules under completion records', () => {
  const withdraw = (itemId: string, occurrenceOn: string | null) =>
    planning.query<{ withdrawRoadmapItemCompletion: { status: string } }>(
      'mutation ($itemId: UUID!, $on: Date) { withdrawRoadmapItemCompletion(itemId: $itemId, occurrenceOn: $on, reason: "тест") { status } }',
      { itemId, on: occurrenceOn },
      schoolHead,
    );
  async function roadmapWith(items: Record<string, unknown>[]) {
    const created = await createRoadmap(
      { organizationId: DEMO_SCHOOL_ID, title: 'Сроки под отметками (тест)', startYear: 2022, endYear: 2024 },
      schoolHead,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createRoadmap.id;
    const rows: Item[] = [];
    for (const input of items) {
      const added = await addItem(id, input, schoolHead);
      expect(added.errors).toBeUndefined();
      rows.push(added.data!.addRoadmapItem);
    }
    return { id, rows };
  }
  async function refusedUnchanged(send: () => Promise<Errors>, code: string, message: RegExp) {
    const before = await snapshot();
    const response = await send();
    expect(codeOf(response), JSON.stringify(response.errors)).toBe(code);
    expect(response.errors![0]!.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  }

  it('refuses moving the deadline, period or rule of an item with a valid record, until it is withdrawn', async () => {
    const {
      rows: [once, yearly],
    } = await roadmapWith([
      { activity: 'Разовое (тест)', dueDate: '2022-05-31' },
      { activity: 'Ежегодное (тест)', recurrence: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30' },
    ]);
    const recorded = await record(once!.id, { completedOn: '2022-05-30', evidence: 'Сделано (тест)' }, schoolHead);
    expect(recorded.data!.recordRoadmapItemCompletion.status).toBe('DONE');
    for (const input of [
      { dueDate: '2023-05-31' },
      { periodStart: '2022-01-01' },
      { recurrence: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=31' },
    ])
      await refusedUnchanged(() => updateItem(once!.id, 1, input, schoolHead), 'CONFLICT', /сначала отзовите отметки/);
    // What is not the schedule still changes; so does a schedule given as it is.
    const kept = await updateItem(once!.id, 1, { section: 'REPORTING', dueDate: '2022-05-31' }, schoolHead);
    expect(kept.errors).toBeUndefined();
    expect((await withdraw(once!.id, null)).errors).toBeUndefined();
    const moved = await updateItem(once!.id, 2, { dueDate: '2023-05-31' }, schoolHead);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateRoadmapItem.dueDate).toBe('2023-05-31');

    const answered = await record(
      yearly!.id,
      { occurrenceOn: '2022-06-30', completedOn: '2022-06-30', evidence: 'Отчёт (тест)' },
      schoolHead,
    );
    expect(answered.errors).toBeUndefined();
    await refusedUnchanged(
      () => updateItem(yearly!.id, 1, { recurrence: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=29' }, schoolHead),
      'CONFLICT',
      /withdraw the records first/,
    );
    await refusedUnchanged(
      () => updateItem(yearly!.id, 1, { recurrence: null, dueDate: '2022-06-30' }, schoolHead),
      'CONFLICT',
      /recurrence/,
    );
  });

  it('refuses a roadmap period that leaves a completion record outside it', async () => {
    const {
      id,
      rows: [undated, yearly],
    } = await roadmapWith([
      { activity: 'Постоянно (тест)' },
      { activity: 'Ежегодное (тест)', periodEnd: '2023-12-31', recurrence: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30' },
    ]);
    const recorded = await record(undated!.id, { completedOn: '2022-03-01', evidence: 'Сделано (тест)' }, schoolHead);
    expect(recorded.errors).toBeUndefined();
    await refusedUnchanged(
      () => updateRoadmap(id, 1, { startYear: 2023 }, schoolHead),
      'CONFLICT',
      /Отметок о выполнении вне нового периода 2023–2024: 1/,
    );
    expect((await withdraw(undated!.id, null)).errors).toBeUndefined();
    const occurrence = await record(
      yearly!.id,
      { occurrenceOn: '2023-06-30', completedOn: '2023-06-30', evidence: 'Отчёт (тест)' },
      schoolHead,
    );
    expect(occurrence.errors).toBeUndefined();
    // The occurrence answered lies in 2023: a period of 2024 alone would orphan it.
    await refusedUnchanged(
      () => updateRoadmap(id, 1, { startYear: 2024 }, schoolHead),
      'CONFLICT',
      /вне нового периода/,
    );
  });

  it('refuses a roadmap period under which a recurring item would lose deadlines or yield too many', async () => {
    const {
      id,
      rows: [yearly],
    } = await roadmapWith([{ activity: 'Ежегодное (тест)', recurrence: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30' }]);
    expect(yearly!.occurrences).toEqual(['2022-06-30', '2023-06-30', '2024-06-30']);
    await refusedUnchanged(
      () => updateRoadmap(id, 1, { endYear: 2023 }, schoolHead),
      'CONFLICT',
      /потеряло бы сроки \(1, первый 2024-06-30\)/,
    );
    const bounded = await updateItem(yearly!.id, 1, { periodEnd: '2023-12-31' }, schoolHead);
    expect(bounded.errors).toBeUndefined();
    const shrunk = await updateRoadmap(id, 1, { endYear: 2023 }, schoolHead);
    expect(shrunk.errors).toBeUndefined();

    const { id: weeklyRoadmap } = await roadmapWith([
      { activity: 'Еженедельно (тест)', recurrence: 'FREQ=WEEKLY;BYDAY=FR' },
    ]);
    await refusedUnchanged(
      () => updateRoadmap(weeklyRoadmap, 1, { endYear: 2031 }, schoolHead),
      'CONFLICT',
      /больше 400 сроков/,
    );
  });
});

describe('the demo data keeps the entry rules', () => {
  it('dates each item in order, reads each rule within the cap, names responsible organizations of its own region', async () => {
    const em = planning.orm.em.fork();
    const items = await em.find(RoadmapItemSchema, {}, { populate: ['roadmap'] });
    expect(items.length).toBeGreaterThan(30);
    const out = items.flatMap((row) => {
      const problems = [
        row.dueDate && row.periodStart && row.dueDate < row.periodStart ? 'dueDate < periodStart' : null,
        row.dueDate && row.periodEnd && row.dueDate > row.periodEnd ? 'dueDate > periodEnd' : null,
        row.recurrence ? recurrenceProblem(row.recurrence) : null,
        occurrenceCountProblem(scheduleFacts(row, row.roadmap)),
      ].filter((problem) => problem !== null);
      return problems.length ? [`${row.roadmap.title} № ${row.number}: ${problems.join('; ')}`] : [];
    });
    expect(out).toEqual([]);
    const [elsewhere] = await em.getConnection().execute<{ count: string }[]>(
      `select count(*) from planning.roadmap_item i join planning.roadmap r on r.id = i.roadmap_id
         cross join jsonb_array_elements_text(i.responsible_organization_ids) o(id)
         join registry_pub.organization_territory t on t.organization_id = o.id::uuid
         left join registry_pub.organization_territory own on own.organization_id = r.organization_id
         left join registry_pub.municipality_territory m on m.municipality_id = r.municipality_id
       where t.region_id <> coalesce(r.region_id, m.region_id, own.region_id)`,
    );
    expect(Number(elsewhere!.count)).toBe(0);
  });
});

describe('cost', () => {
  it('answers a page of roadmaps with items, completions, references and links in a constant number of statements', async () => {
    const query = (first: number) =>
      planning.query(
        `query ($first: Int) { roadmaps(first: $first) { totalCount edges { node { id version organization { id }
          items { ${ITEM} completion { completedOn recordedBy } events { id } } } } } }`,
        { first },
        operator67,
      );
    // The first two roadmaps (St Petersburg 2021–2022, Знаменский район 2022) against all of them (the school roadmaps'
    // items implement others, which adds the one batched load of the items implemented).
    const forTwo = await planning.sql.during(async () => {
      expect((await query(2)).errors).toBeUndefined();
    });
    const forAll = await planning.sql.during(async () => {
      expect((await query(100)).errors).toBeUndefined();
    });
    const family = (statement: unknown) =>
      String(statement)
        .replace(/\(\?(, \?)*\)/g, '(…)')
        .replace(/\[took.*$/, '');
    // One statement per family, whatever the page: the page, items, completions, events, items implementing, the
    // viewer's territory (once, for whether to show who recorded) — the page carries the count of the whole list —
    // and, on the page of all, whose school roadmap links up and names a responsible person, the items implemented and
    // the one person-visibility check.
    expect(forTwo).toHaveLength(6);
    expect(forAll).toHaveLength(8);
    expect(new Set(forAll.map(family)).size).toBe(forAll.length);
  });
});
