import { federationClient, type GraphQLResponse } from '@mentoring/platform/testing';
import { isQuotedFrom, seedTexts } from '@mentoring/sources/testing';
import { DEMO_ORGANIZATIONS, organizationIdOf, SMOLENSK_CITY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { describe, expect, it } from 'vitest';

/*
 * Roadmaps (дорожные карты) through the gateway: the three seed roadmaps read back item by item, every printed cell
 * found in its seed, beside the system's structured reading (section, period, RRULE, registry references resolved by
 * the registry); a school's roadmap reached from the registry's Organization; and a municipal coordinator editing the
 * municipality's roadmap with a token, linked to the region's item it implements.
 */
const federation = federationClient();
const texts = seedTexts();
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

interface Item {
  id: string;
  number: number;
  section: string | null;
  activity: string;
  schedule: string | null;
  responsible: string | null;
  expectedResult: string | null;
  recurrence: string | null;
  occurrences: string[];
  status: string;
  dataOrigin: string;
  responsibleOrganizations: ({ name: string } | null)[];
}
interface Roadmap {
  title: string;
  approvedBy: string | null;
  items: Item[];
}
const ITEMS = `items { id number section activity schedule responsible expectedResult recurrence occurrences status dataOrigin
  responsibleOrganizations { name } }`;
const ROADMAPS = `roadmaps { title approvedBy ${ITEMS} }`;
const SEEDS: Record<string, string> = { smolensk: '000', znamensky: '003', spb: '004' };

/** One query per owner: the three together exceed an analyst's cost limit. */
async function seedRoadmaps(): Promise<Record<string, Roadmap>> {
  const token = await federation.tokenFor('ANALYST', {}, 'e2e-roadmaps-analyst');
  const owners = {
    smolensk: 'region(code: "67")',
    spb: 'region(code: "78")',
    znamensky: 'municipality(oktmo: "54618000")',
  };
  const entries = await Promise.all(
    Object.entries(owners).map(async ([owner, field]) => {
      const response = await federation.query<{ owner: { roadmaps: Roadmap[] } }>(
        `{ owner: ${field} { ${ROADMAPS} } }`,
        {
          token,
        },
      );
      expect(response.errors).toBeUndefined();
      const { roadmaps } = response.data!.owner;
      expect(roadmaps).toHaveLength(1);
      return [owner, roadmaps[0]!] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe('the seed roadmaps through the gateway', () => {
  it.skipIf(!texts)(
    'reads back every item of Smolensk 2022–2024 (seed 000), Знаменский район 2022 (seed 003) and St Petersburg 2021–22 (seed 004), its printed cells in the seed (skipped where the seeds are absent)',
    async () => {
      const roadmaps = await seedRoadmaps();
      const problems: string[] = [];
      for (const [owner, roadmap] of Object.entries(roadmaps)) {
        const seed = texts!.get(SEEDS[owner]!)!;
        if (roadmap.approvedBy && !isQuotedFrom(seed, roadmap.approvedBy)) problems.push(`${owner}: order not in seed`);
        roadmap.items.forEach((item, index) => {
          if (item.number !== index + 1) problems.push(`${owner} №${item.number}: out of order`);
          if (item.dataOrigin !== 'SEED') problems.push(`${owner} №${item.number}: ${item.dataOrigin}`);
          for (const cell of [item.activity, item.schedule, item.responsible, item.expectedResult]) {
            // A cell the extracted table splits across lines is its words in order with one break, other cells between.
            const words = cell?.split(/\s+/) ?? [];
            const splitQuoted = words.some(
              (_, at) => at > 0 && isQuotedFrom(seed, `${words.slice(0, at).join(' ')}…${words.slice(at).join(' ')}`),
            );
            if (cell && !isQuotedFrom(seed, cell) && !splitQuoted)
              problems.push(`${owner} №${item.number}: not in seed ${SEEDS[owner]}: «${cell}»`);
          }
        });
      }
      expect(problems).toEqual([]);
      expect(
        Object.fromEntries(Object.entries(roadmaps).map(([owner, roadmap]) => [owner, roadmap.items.length])),
      ).toEqual({ smolensk: 5, znamensky: 5, spb: 24 });
    },
  );

  it('carries the structured reading beside the words: sections only where the seed heads a row, RRULEs, the registry centres', async () => {
    const { smolensk, znamensky, spb } = await seedRoadmaps();
    expect(smolensk!.items.map((item) => item.section)).toEqual([
      null,
      null,
      'COORDINATION',
      'ORGANIZATIONAL_METHODICAL',
      'INFORMATIONAL',
    ]);
    expect(smolensk!.items[2]!.responsibleOrganizations).toEqual([{ name: 'ГАУ ДПО СОИРО (ЦНППМ)' }]);
    expect(znamensky!.items[4]).toMatchObject({
      schedule: 'Ежеквартально в течение 2022 года',
      recurrence: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
      occurrences: ['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'],
    });
    const yearly = spb!.items.filter((item) => item.schedule?.includes('далее – ежегодно'));
    expect(yearly.map((item) => item.occurrences.length)).toEqual([2, 2, 2, 2]);
    expect(spb!.items[0]!.responsibleOrganizations).toEqual([{ name: 'Центр развития наставничества СПб АППО' }]);
  });

  it("reaches a school's roadmap from the registry's organization: the SYNTHETIC demo roadmap implementing Smolensk's items", async () => {
    const school = DEMO_ORGANIZATIONS.find(
      (organization) =>
        organization.kind === 'GENERAL_EDUCATION' && organization.municipalityOktmo === SMOLENSK_CITY_OKTMO,
    )!;
    const response = await federation.query<{
      organization: {
        name: string;
        roadmaps: { dataOrigin: string; items: { implements: { activity: string; roadmap: { title: string } } }[] }[];
      };
    }>(
      `query ($id: UUID!) { organization(id: $id) { name roadmaps { dataOrigin items { implements { activity roadmap { title } } } } } }`,
      {
        token: await federation.tokenFor('ANALYST', {}, 'e2e-roadmaps-analyst'),
        variables: { id: organizationIdOf(school.inn) },
      },
    );
    expect(response.errors).toBeUndefined();
    const [roadmap] = response.data!.organization.roadmaps;
    expect(roadmap!.dataOrigin).toBe('SYNTHETIC');
    expect(new Set(roadmap!.items.map((item) => item.implements.roadmap.title))).toEqual(
      new Set(['Региональная «дорожная карта»: ключевые мероприятия']),
    );
  });
});

describe('editing through the gateway', () => {
  it("lets the municipal coordinator keep the municipality's roadmap, linked to the region's item; others are refused", async () => {
    const coordinator = await federation.tokenFor(
      'MUNICIPAL_COORDINATOR',
      { regionCode: '67', municipalityOktmo: SMOLENSK_CITY_OKTMO },
      'e2e-roadmaps-coordinator',
    );
    const municipality = await federation.query<{ municipality: { id: string } }>(
      `{ municipality(oktmo: "${SMOLENSK_CITY_OKTMO}") { id } }`,
      { token: coordinator },
    );
    const regional = await federation.query<{ region: { roadmaps: { items: { id: string; number: number }[] }[] } }>(
      '{ region(code: "67") { roadmaps { items { id number } } } }',
      { token: coordinator },
    );
    const startSession = regional.data!.region.roadmaps[0]!.items.find((item) => item.number === 3)!;
    const created = await federation.query<{
      createRoadmap: { id: string; version: number; municipality: { name: string } };
    }>(`mutation ($input: CreateRoadmapInput!) { createRoadmap(input: $input) { id version municipality { name } } }`, {
      token: coordinator,
      variables: {
        input: {
          municipalityId: municipality.data!.municipality.id,
          title: 'План мероприятий города Смоленска (e2e)',
          startYear: 2025,
          endYear: 2026,
          approvedBy: 'Приказ управления образования (e2e)',
        },
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createRoadmap).toMatchObject({ version: 1, municipality: { name: 'город Смоленск' } });
    const added = await federation.query<{
      addRoadmapItem: { number: number; implements: { activity: string }; nextDueDate: string | null; status: string };
    }>(
      `mutation ($roadmapId: UUID!, $input: RoadmapItemInput!) {
        addRoadmapItem(roadmapId: $roadmapId, input: $input) { number implements { activity } nextDueDate status } }`,
      {
        token: coordinator,
        variables: {
          roadmapId: created.data!.createRoadmap.id,
          input: {
            section: 'COORDINATION',
            activity: 'Участие руководителей ОО города в старт-сессии (e2e)',
            schedule: 'ежегодно (май, ноябрь)',
            recurrence: 'FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1',
            implementsItemId: startSession.id,
          },
        },
      },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addRoadmapItem).toMatchObject({
      number: 1,
      implements: { activity: 'Координационные мероприятия: - Старт-сессия для руководителей ОО' },
    });
    const bad = await federation.query(
      `mutation ($roadmapId: UUID!) { addRoadmapItem(roadmapId: $roadmapId, input: { activity: "x", recurrence: "FREQ=NEVER" }) { id } }`,
      { token: coordinator, variables: { roadmapId: created.data!.createRoadmap.id } },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const otherOperator = await federation.tokenFor(
      'REGIONAL_OPERATOR',
      { regionCode: '78' },
      'e2e-roadmaps-operator-78',
    );
    const refused = await federation.query(
      `mutation ($id: UUID!) { updateRoadmap(id: $id, version: 1, input: { note: "x" }) { id } }`,
      { token: otherOperator, variables: { id: created.data!.createRoadmap.id } },
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const anonymous = await federation.query(
      `mutation ($id: UUID!) { updateRoadmap(id: $id, version: 1, input: { note: "x" }) { id } }`,
      { variables: { id: created.data!.createRoadmap.id } },
    );
    expect(codeOf(anonymous)).toBe('FORBIDDEN');
  });
});
