import { stableId } from '@mentoring/platform/database';
import { todayIso } from '@mentoring/platform/validation';
import { regionIdOf, ZNAMENSKY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoadmapItemCompletionSchema } from '../src/modules/roadmaps/completion.entity.js';
import { RoadmapItemSchema } from '../src/modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema } from '../src/modules/roadmaps/roadmap.entity.js';
import { planningSubgraph } from '../src/subgraph.js';

/**
 * No status without evidence: an item is DONE only with a completion record,
 * which the regional operator records for the region's roadmaps and the
 * municipal coordinator for the municipality's, with a date inside the
 * roadmap's time and evidence; otherwise the dates speak, and say only that
 * nothing was recorded.
 */
let planning: TestSubgraph;
let operator67: string;
const SMOLENSK_ITEM = stableId('roadmap-item', 'smolensk-2022-2024-1');
const SPB_ITEM = stableId('roadmap-item', 'spb-2021-2022-1');
const ZNAMENSKY_ITEM = stableId('roadmap-item', 'znamensky-2022-1');

const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A roadmap users entered for the current and next year, with a deadline tomorrow, one yesterday and one without a deadline. */
const ENTERED_ROADMAP = stableId('roadmap', 'test-entered');
const enteredItem = (number: number) => stableId('roadmap-item', `test-entered-${number}`);

beforeAll(async () => {
  planning = await startTestSubgraph(planningSubgraph, { alongside: [registrySubgraph] });
  operator67 = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  const em = planning.orm.em.fork();
  const year = Number(todayIso().slice(0, 4));
  const roadmap = em.create(RoadmapSchema, {
    id: ENTERED_ROADMAP,
    title: 'Тестовая дорожная карта (синтетическая)',
    level: 'REGION',
    startYear: year,
    endYear: year + 1,
    approvedBy: null,
    note: null,
    regionId: regionIdOf('67'),
    municipalityId: null,
    organizationId: null,
    source: null,
  });
  const item = (number: number, dueDate: string | null) =>
    em.create(RoadmapItemSchema, {
      id: enteredItem(number),
      roadmap,
      number,
      activity: `Мероприятие ${number}`,
      schedule: dueDate ?? 'постоянно',
      dueDate,
      responsible: 'Оператор',
      expectedResult: null,
      responsibleOrganizationIds: [],
      responsiblePersonIds: [],
      source: null,
    });
  item(1, shiftDays(todayIso(), 1));
  item(2, shiftDays(todayIso(), -1));
  item(3, null);
  item(4, todayIso());
  await em.flush();
});
afterAll(() => planning?.close());

interface ItemAnswer {
  status: string;
  completion: {
    completedOn: string;
    evidence: string | null;
    evidenceUrl: string | null;
    recordedBy: string | null;
    recordedByRole: string;
    recordedAt: string;
  } | null;
}
const ITEM = 'status completion { completedOn evidence evidenceUrl recordedBy recordedByRole recordedAt }';

const record = (itemId: string, input: Record<string, unknown>, token?: string) =>
  planning.query<{ recordRoadmapItemCompletion: ItemAnswer }>(
    `mutation ($itemId: UUID!, $input: RoadmapItemCompletionInput!) { recordRoadmapItemCompletion(itemId: $itemId, input: $input) { ${ITEM} } }`,
    { itemId, input },
    token,
  );
const withdraw = (itemId: string, reason: string, token?: string) =>
  planning.query<{ withdrawRoadmapItemCompletion: ItemAnswer }>(
    `mutation ($itemId: UUID!, $reason: String!) { withdrawRoadmapItemCompletion(itemId: $itemId, reason: $reason) { ${ITEM} } }`,
    { itemId, reason },
    token,
  );

/** Items by id as the roadmaps show them. */
async function itemsById(): Promise<Map<string, ItemAnswer & { number: number }>> {
  const response = await planning.query<{
    roadmaps: { edges: { node: { items: (ItemAnswer & { id: string; number: number })[] } }[] };
  }>(`{ roadmaps(first: 100) { edges { node { items { id number ${ITEM} } } } } }`);
  return new Map(
    response.data!.roadmaps.edges.flatMap((edge) => edge.node.items.map((item) => [item.id, item] as const)),
  );
}

const completionCount = () => planning.orm.em.fork().count(RoadmapItemCompletionSchema, {});
const codeOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('statuses of the seed roadmaps', () => {
  it('marks no seed item DONE: the seeds print no completion, and every past deadline (OVERDUE) says only that none is recorded', async () => {
    const entered = new Set([1, 2, 3, 4].map(enteredItem));
    const items = [...(await itemsById()).entries()].filter(([id]) => !entered.has(id));
    // 34 seed rows and the 2 of the synthetic school roadmap (2023–2024): every date of theirs has passed.
    expect(items).toHaveLength(36);
    expect(new Set(items.map(([, item]) => item.status))).toEqual(new Set(['OVERDUE']));
    expect(items.every(([, item]) => item.completion === null)).toBe(true);
  });

  it('derives PLANNED before a deadline (and on its day), OVERDUE after it, IN_PROGRESS for an item without one while the period runs', async () => {
    const items = await itemsById();
    expect([1, 2, 3, 4].map((number) => items.get(enteredItem(number))!.status)).toEqual([
      'PLANNED',
      'OVERDUE',
      'IN_PROGRESS',
      'PLANNED',
    ]);
  });
});

describe('recording a completion', () => {
  it('makes an item DONE with its date, evidence and who recorded it, and withdrawing it derives the status again', async () => {
    const recorded = await record(
      SMOLENSK_ITEM,
      { completedOn: '2023-06-15', evidence: 'Отчёты ОМСУ получены (тест)', evidenceUrl: 'https://example.org/report' },
      operator67,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordRoadmapItemCompletion).toMatchObject({
      status: 'DONE',
      completion: {
        completedOn: '2023-06-15',
        evidence: 'Отчёты ОМСУ получены (тест)',
        evidenceUrl: 'https://example.org/report',
        recordedBy: 'test-regional_operator',
        recordedByRole: 'REGIONAL_OPERATOR',
      },
    });
    expect((await itemsById()).get(SMOLENSK_ITEM)!.status).toBe('DONE');
    // Who recorded it is a login of the region's identity provider: for staff who record completions, not for analysts or portals.
    const analyst = await planning.tokenFor('ANALYST', { regionCode: '67' });
    const byAnalyst = await planning.query<{ roadmapItem: unknown }>(
      `{ roadmaps { edges { node { items { completion { completedOn recordedBy } } } } } }`,
      undefined,
      analyst,
    );
    expect(byAnalyst.errors?.map((error) => error.extensions?.['code'])).toContain('FORBIDDEN');
    // Another region's operator sees that the item was done, not whose login recorded it.
    const otherOperator = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    const byOther = await planning.query<{
      roadmaps: { edges: { node: { items: { id: string; completion: { recordedBy: string | null } | null }[] } }[] };
    }>(
      `{ roadmaps { edges { node { items { id completion { completedOn recordedBy } } } } } }`,
      undefined,
      otherOperator,
    );
    expect(byOther.errors).toBeUndefined();
    const seen = byOther
      .data!.roadmaps.edges.flatMap((edge) => edge.node.items)
      .find((item) => item.id === SMOLENSK_ITEM)!;
    expect(seen.completion).toEqual({ completedOn: '2023-06-15', recordedBy: null });

    const again = await record(SMOLENSK_ITEM, { completedOn: '2023-06-16', evidence: 'ещё раз' }, operator67);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toMatch(/уже отмечено/);

    const withdrawn = await withdraw(SMOLENSK_ITEM, 'Отмечено по ошибке (тест)', operator67);
    expect(withdrawn.data!.withdrawRoadmapItemCompletion).toEqual({
      status: 'OVERDUE',
      completion: null,
    });
    expect(codeOf(await withdraw(SMOLENSK_ITEM, 'ещё раз', operator67))).toBe('NOT_FOUND');
    // The withdrawn record is kept; a new one may be recorded.
    const rerecorded = await record(
      SMOLENSK_ITEM,
      { completedOn: '2023-06-14', evidenceUrl: 'https://example.org/report-2' },
      operator67,
    );
    expect(rerecorded.data!.recordRoadmapItemCompletion).toMatchObject({
      status: 'DONE',
      completion: { completedOn: '2023-06-14', evidence: null },
    });
    const rows = await planning.orm.em
      .fork()
      .find(RoadmapItemCompletionSchema, { item: SMOLENSK_ITEM }, { orderBy: { recordedAt: 'asc' } });
    expect(rows.map((row) => [row.completedOn, row.withdrawalReason])).toEqual([
      ['2023-06-15', 'Отмечено по ошибке (тест)'],
      ['2023-06-14', null],
    ]);
  });

  it('accepts the boundary dates: the first day of the roadmap period and today', async () => {
    const first = await record(
      enteredItem(1),
      { completedOn: `${todayIso().slice(0, 4)}-01-01`, evidence: 'Первый день периода' },
      operator67,
    );
    expect(first.data?.recordRoadmapItemCompletion.status).toBe('DONE');
    const today = await record(enteredItem(2), { completedOn: todayIso(), evidence: 'Сегодня' }, operator67);
    expect(today.data?.recordRoadmapItemCompletion.status).toBe('DONE');
  });

  it("lets the municipal coordinator record for the municipality's roadmap", async () => {
    const coordinator = await planning.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '57',
      municipalityOktmo: ZNAMENSKY_OKTMO,
    });
    const response = await record(
      ZNAMENSKY_ITEM,
      { completedOn: '2022-05-20', evidence: 'Приказ направлен (тест)' },
      coordinator,
    );
    expect(response.data?.recordRoadmapItemCompletion.status).toBe('DONE');
  });
});

describe('refusals, each changing nothing', () => {
  const refusals: [
    string,
    () => Promise<{ errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>,
    string,
    RegExp,
  ][] = [
    [
      'an anonymous viewer',
      () => record(SPB_ITEM, { completedOn: '2021-09-16', evidence: 'x' }),
      'FORBIDDEN',
      /недоступно для роли PUBLIC/,
    ],
    [
      'a date before the period begins (1 January of its first year)',
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-2'),
          { completedOn: '2021-12-31', evidence: 'x' },
          operator67,
        ),
      'BAD_USER_INPUT',
      /раньше начала периода/,
    ],
    [
      'a date in the future',
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-2'),
          { completedOn: shiftDays(todayIso(), 1), evidence: 'x' },
          operator67,
        ),
      'BAD_USER_INPUT',
      /ещё не наступила/,
    ],
    [
      'no evidence at all',
      async () => record(stableId('roadmap-item', 'smolensk-2022-2024-2'), { completedOn: '2022-12-25' }, operator67),
      'BAD_USER_INPUT',
      /подтверждение/,
    ],
    [
      'blank evidence',
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-2'),
          { completedOn: '2022-12-25', evidence: '   ' },
          operator67,
        ),
      'BAD_USER_INPUT',
      /не может быть пустым/,
    ],
    [
      'an evidence address that is not http(s)',
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-2'),
          { completedOn: '2022-12-25', evidenceUrl: 'ftp://example.org/x' },
          operator67,
        ),
      'BAD_USER_INPUT',
      /http/,
    ],
    [
      'evidence over 4000 characters',
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-2'),
          { completedOn: '2022-12-25', evidence: 'я'.repeat(4001) },
          operator67,
        ),
      'BAD_USER_INPUT',
      /4000/,
    ],
    [
      'a NUL character in the evidence',
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-2'),
          { completedOn: '2022-12-25', evidence: 'a\u0000b' },
          operator67,
        ),
      'BAD_USER_INPUT',
      /NUL/,
    ],
    [
      'an unknown item',
      async () =>
        record('00000000-0000-4000-8000-000000000000', { completedOn: '2022-12-25', evidence: 'x' }, operator67),
      'NOT_FOUND',
      /не найдено/,
    ],
    [
      "another region's roadmap (operator of 67, St Petersburg)",
      async () => record(SPB_ITEM, { completedOn: '2021-09-16', evidence: 'x' }, operator67),
      'FORBIDDEN',
      /региональный оператор/,
    ],
    [
      'a municipal roadmap for a regional operator (its coordinator keeps it)',
      async () =>
        record(
          stableId('roadmap-item', 'znamensky-2022-2'),
          { completedOn: '2022-05-20', evidence: 'x' },
          await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' }),
        ),
      'FORBIDDEN',
      /муниципальный координатор/,
    ],
    [
      'a regional roadmap for a municipal coordinator',
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-3'),
          { completedOn: '2023-01-20', evidence: 'x' },
          await planning.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '67', municipalityOktmo: '66701000' }),
        ),
      'FORBIDDEN',
      /региональный оператор/,
    ],
    [
      "a school head on the region's roadmap (a school records on its own roadmap only)",
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-3'),
          { completedOn: '2023-01-20', evidence: 'x' },
          await planning.tokenFor('SCHOOL_HEAD', {
            regionCode: '67',
            municipalityOktmo: '66701000',
            organizationId: stableId('organization', 'x'),
          }),
        ),
      'FORBIDDEN',
      /руководитель или куратор ОО/,
    ],
    [
      'an analyst',
      async () =>
        record(
          stableId('roadmap-item', 'smolensk-2022-2024-3'),
          { completedOn: '2023-01-20', evidence: 'x' },
          await planning.tokenFor('ANALYST'),
        ),
      'FORBIDDEN',
      /ANALYST/,
    ],
    [
      'a withdrawal without a reason',
      async () => withdraw(SMOLENSK_ITEM, '  ', operator67),
      'BAD_USER_INPUT',
      /не может быть пустым/,
    ],
  ];

  it.each(refusals)('refuses %s', async (_name, send, code, message) => {
    const before = await completionCount();
    const statusesBefore = await itemsById();
    const response = await send();
    expect(codeOf(response)).toBe(code);
    expect(response.errors![0]!.message).toMatch(message);
    expect(await completionCount()).toBe(before);
    expect(await itemsById()).toEqual(statusesBefore);
  });
});

describe('withdrawal scope', () => {
  it("refuses a withdrawal outside the viewer's territory", async () => {
    const otherOperator = await planning.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
    const response = await withdraw(SMOLENSK_ITEM, 'чужая', otherOperator);
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect((await itemsById()).get(SMOLENSK_ITEM)!.status).toBe('DONE');
  });
});
