import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput, conflict, forbidden, notFound } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { RoadmapItemInput } from '../../__generated__/types.generated.js';
import { RoadmapItemSchema, type RoadmapItem, type RoadmapSection } from './roadmap-item.entity.js';
import type { OwnerTerritory } from './roadmap-rights.js';
import type { Roadmap } from './roadmap.entity.js';
import { occurrenceCountProblem, periodEndOf, periodStartOf, recurrenceProblem } from './schedule.js';

/** Most registry references of one kind an item names. */
export const MAX_RESPONSIBLE = 50;

/** The words a seed prints: never rewritten. */
const PRINTED = ['activity', 'schedule', 'responsible', 'expectedResult'] as const;
const PRINTED_NAMES: Record<(typeof PRINTED)[number], string> = {
  activity: 'мероприятие',
  schedule: 'срок',
  responsible: 'ответственный',
  expectedResult: 'ожидаемый результат',
};

/** The item's own columns an input sets (the roadmap and number aside). */
export interface ItemFacts {
  section: RoadmapSection | null;
  activity: string;
  schedule: string | null;
  dueDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  recurrence: string | null;
  responsible: string | null;
  responsibleOrganizationIds: string[];
  responsiblePersonIds: string[];
  expectedResult: string | null;
  implementsItem: RoadmapItem | null;
}

const text = (value: string | null, field: string) => (value === null ? null : requiredText(value, field));

function dateInPeriod(value: string | null, roadmap: Roadmap, field: string): void {
  if (value === null) return;
  const start = periodStartOf(roadmap.startYear);
  const end = periodEndOf(roadmap.endYear);
  if (value < start || value > end)
    throw badUserInput(
      `Дата ${value} вне периода дорожной карты (${start} — ${end}); ${field} must lie within the roadmap period.`,
      { field },
    );
}

function distinctIds(ids: readonly string[], field: string): string[] {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (unique.length > MAX_RESPONSIBLE)
    throw badUserInput(`Не более ${MAX_RESPONSIBLE} ссылок; at most ${MAX_RESPONSIBLE} references in ${field}.`, {
      field,
    });
  return unique;
}

/**
 * The item's facts after the input: for a new item (`current` null) the activity is required; for an existing one
 * a field left out keeps its value. A seed row's printed words are never rewritten (CONFLICT); dates lie in the
 * roadmap's period and in order (periodStart ≤ dueDate ≤ periodEnd); a recurrence is a whitelisted RRULE yielding
 * 1–MAX_OCCURRENCES deadlines in the period; registry organizations exist and lie in the owner's region; the item
 * implemented is one level up in the owner's own territory.
 */
export async function checkedItemFacts(
  em: EntityManager,
  input: RoadmapItemInput,
  current: RoadmapItem | null,
  roadmap: Roadmap,
  territory: OwnerTerritory,
): Promise<ItemFacts> {
  if (current?.dataOrigin === 'SEED') {
    for (const field of PRINTED) {
      const given = input[field];
      if (given !== undefined && (given === null ? null : given.trim()) !== (current[field] ?? null))
        throw conflict(
          `Мероприятие № ${current.number} напечатано в источнике: его ${PRINTED_NAMES[field]} не переписывается; a seed row's printed words are never rewritten — set its structured reading (section, dates, recurrence, references) instead.`,
          { field: `input.${field}` },
        );
    }
  }
  const keep = <
    K extends
      | 'section'
      | 'schedule'
      | 'dueDate'
      | 'periodStart'
      | 'periodEnd'
      | 'recurrence'
      | 'responsible'
      | 'expectedResult',
  >(
    key: K,
  ) => (current ? (current[key] ?? null) : null);
  const keepIds = (key: 'responsibleOrganizationIds' | 'responsiblePersonIds') => (current ? current[key] : []);
  const given = input.activity ?? (input.activity === undefined ? current?.activity : undefined);
  if (given === undefined)
    throw badUserInput('Укажите мероприятие (activity); an item needs its activity.', { field: 'input.activity' });
  const activity = requiredText(given, 'input.activity');
  const facts: ItemFacts = {
    section: input.section === undefined ? keep('section') : input.section,
    activity,
    schedule: input.schedule === undefined ? keep('schedule') : text(input.schedule, 'input.schedule'),
    dueDate: input.dueDate === undefined ? keep('dueDate') : input.dueDate,
    periodStart: input.periodStart === undefined ? keep('periodStart') : input.periodStart,
    periodEnd: input.periodEnd === undefined ? keep('periodEnd') : input.periodEnd,
    recurrence: input.recurrence === undefined ? keep('recurrence') : text(input.recurrence, 'input.recurrence'),
    responsible: input.responsible === undefined ? keep('responsible') : text(input.responsible, 'input.responsible'),
    responsibleOrganizationIds:
      input.responsibleOrganizationIds === undefined
        ? keepIds('responsibleOrganizationIds')
        : distinctIds(input.responsibleOrganizationIds ?? [], 'input.responsibleOrganizationIds'),
    responsiblePersonIds:
      input.responsiblePersonIds === undefined
        ? keepIds('responsiblePersonIds')
        : distinctIds(input.responsiblePersonIds ?? [], 'input.responsiblePersonIds'),
    expectedResult:
      input.expectedResult === undefined ? keep('expectedResult') : text(input.expectedResult, 'input.expectedResult'),
    implementsItem:
      input.implementsItemId === undefined
        ? (current?.implementsItem ?? null)
        : input.implementsItemId === null
          ? null
          : await implementedItem(em, input.implementsItemId, current, territory),
  };
  dateInPeriod(facts.dueDate, roadmap, 'input.dueDate');
  dateInPeriod(facts.periodStart, roadmap, 'input.periodStart');
  dateInPeriod(facts.periodEnd, roadmap, 'input.periodEnd');
  if (facts.periodStart && facts.periodEnd && facts.periodStart > facts.periodEnd)
    throw badUserInput(
      `Окончание периода ${facts.periodEnd} раньше его начала ${facts.periodStart}; the period cannot end before it starts.`,
      { field: 'input.periodEnd' },
    );
  if (facts.dueDate && facts.periodStart && facts.dueDate < facts.periodStart)
    throw badUserInput(
      `Крайний срок ${facts.dueDate} раньше начала периода ${facts.periodStart}; the deadline cannot precede the period.`,
      { field: 'input.dueDate' },
    );
  if (facts.dueDate && facts.periodEnd && facts.dueDate > facts.periodEnd)
    throw badUserInput(
      `Крайний срок ${facts.dueDate} позже окончания периода ${facts.periodEnd}; the deadline lies within the period.`,
      { field: 'input.dueDate' },
    );
  if (facts.recurrence !== null) {
    const problem = recurrenceProblem(facts.recurrence);
    if (problem)
      throw badUserInput(`Повторение: ${problem}; recurrence must be an RFC 5545 RRULE.`, {
        field: 'input.recurrence',
      });
    const countProblem = occurrenceCountProblem({
      ...facts,
      roadmapStartYear: roadmap.startYear,
      roadmapEndYear: roadmap.endYear,
    });
    if (countProblem) throw badUserInput(`Повторение: ${countProblem}.`, { field: 'input.recurrence' });
  }
  if (input.responsibleOrganizationIds)
    await assertOrganizationsInRegion(em, facts.responsibleOrganizationIds, territory.regionId);
  return facts;
}

/**
 * Registry organizations named as responsible exist (NOT_FOUND otherwise) and lie in the roadmap owner's region
 * (BAD_USER_INPUT otherwise): one statement.
 */
async function assertOrganizationsInRegion(em: EntityManager, ids: string[], regionId: string): Promise<void> {
  if (ids.length === 0) return;
  const rows = await em.execute<{ organization_id: string; region_id: string }[]>(
    `select organization_id, region_id from registry_pub.organization_territory where organization_id in (${ids.map(() => '?::uuid').join(', ')})`,
    ids,
  );
  const found = new Map(rows.map((row) => [row.organization_id, row.region_id]));
  const unknown = ids.find((id) => !found.has(id));
  if (unknown)
    throw notFound(`Организация ${unknown} не найдена в реестре; no organization with that id.`, {
      argument: 'input.responsibleOrganizationIds',
    });
  const elsewhere = ids.find((id) => found.get(id) !== regionId);
  if (elsewhere)
    throw badUserInput(
      `Организация ${elsewhere} — из другого субъекта РФ: ответственными указываются организации региона дорожной карты; responsible organizations lie in the roadmap's region.`,
      { field: 'input.responsibleOrganizationIds' },
    );
}

/**
 * The item one level up that an item implements: a municipal item — an item of its region's regional roadmap; an
 * organization's — an item of its municipality's municipal roadmap or its region's regional roadmap. A regional item
 * implements none.
 */
async function implementedItem(
  em: EntityManager,
  id: string,
  current: RoadmapItem | null,
  territory: OwnerTerritory,
): Promise<RoadmapItem> {
  const target = await em.findOne(RoadmapItemSchema, { id }, { populate: ['roadmap'] });
  if (!target)
    throw notFound(`Мероприятие дорожной карты ${id} не найдено; no roadmap item with that id.`, {
      argument: 'input.implementsItemId',
    });
  if (current && target.id === current.id)
    throw badUserInput('Мероприятие не реализует само себя; an item cannot implement itself.', {
      field: 'input.implementsItemId',
    });
  const above = target.roadmap;
  const levelFits =
    (territory.level === 'MUNICIPALITY' && above.level === 'REGION') ||
    (territory.level === 'ORGANIZATION' && (above.level === 'REGION' || above.level === 'MUNICIPALITY'));
  if (!levelFits)
    throw badUserInput(
      territory.level === 'REGION'
        ? 'Региональная дорожная карта не реализует пунктов другой; a regional item implements none.'
        : territory.level === 'MUNICIPALITY'
          ? 'Пункт муниципальной дорожной карты реализует пункт региональной; a municipal item implements an item of a regional roadmap.'
          : 'Пункт дорожной карты организации реализует пункт муниципальной или региональной; a school item implements a municipal or regional item.',
      { field: 'input.implementsItemId' },
    );
  const ownTerritory =
    above.level === 'REGION'
      ? above.regionId === territory.regionId
      : above.municipalityId === territory.municipalityId;
  if (!ownTerritory)
    throw forbidden(
      above.level === 'REGION'
        ? 'Реализуется только пункт региональной дорожной карты своего субъекта РФ; that regional roadmap is of another region.'
        : 'Реализуется только пункт муниципальной дорожной карты своего муниципального образования; that municipal roadmap is of another municipality.',
    );
  return target;
}
