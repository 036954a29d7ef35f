/**
 * The rows of the municipalities table (region view) and of the schools table (municipality view), built from the
 * registered operations' answers. Columns say what each figure is: counts of schools and people, shares against the
 * target, roadmap items done and past their deadline with no completion recorded.
 */
import { hrefOf } from './routes.ts';
import {
  STATUS_LABELS,
  TABLE_INDICATORS,
  type MunicipalityRowNode,
  type RoadmapItemStatus,
  type RowValue,
  type SchoolRowNode,
} from './model.ts';
import { numberCell, textCell, type Cell, type Column, type Row } from './table.ts';

const valueOf = (values: RowValue[] | null, code: string) => values?.find((value) => value.indicator.code === code);

/** A value's own figure: hidden when suppressed (a small count of people), missing when not computed. */
const figure = (value: RowValue | undefined, pick: (value: RowValue) => number | null): Cell =>
  value ? numberCell(pick(value), value.suppressed) : { kind: 'none' };

/** «да»/«нет» for one organization's share of itself (1 of 1 or 0 of 1); nothing when it does not count (0 of 0). */
function yesNo(value: RowValue | undefined): Cell {
  if (!value) return { kind: 'none' };
  if (value.suppressed) return { kind: 'suppressed' };
  if (value.denominator === null || value.denominator === 0 || value.numerator === null) return { kind: 'none' };
  return textCell(value.numerator > 0 ? 'да' : 'нет');
}

/**
 * Items of the territory's roadmaps: how many, done, past their deadline with no completion recorded (OVERDUE) —
 * nothing when it keeps no roadmap.
 */
function roadmapCells(roadmaps: { items: { status: RoadmapItemStatus }[] }[] | null): Record<string, Cell> {
  const items = (roadmaps ?? []).flatMap((roadmap) => roadmap.items);
  if (roadmaps === null || roadmaps.length === 0)
    return { roadmapItems: { kind: 'none' }, roadmapDone: { kind: 'none' }, roadmapOverdue: { kind: 'none' } };
  const count = (status: RoadmapItemStatus) => items.filter((item) => item.status === status).length;
  return {
    roadmapItems: numberCell(items.length),
    roadmapDone: numberCell(count('DONE')),
    roadmapOverdue: numberCell(count('OVERDUE')),
  };
}

const COVERAGE_COLUMNS: Column[] = [
  { key: 'youngTeachers', header: 'Молодые педагоги', format: 'count' },
  { key: 'covered', header: 'Охвачено наставничеством', format: 'count' },
  { key: 'coverage', header: 'Охват, %', format: 'percent' },
  { key: 'target', header: 'Цель, %', format: 'percent' },
  { key: 'status', header: 'Статус охвата', format: 'text' },
];

const ROADMAP_COLUMNS: Column[] = [
  { key: 'roadmapItems', header: 'Пунктов дорожных карт', format: 'count' },
  { key: 'roadmapDone', header: 'Выполнено', format: 'count' },
  { key: 'roadmapOverdue', header: 'Срок прошёл, не отмечено', format: 'count' },
];

function coverageCells(young: RowValue | undefined): Record<string, Cell> {
  return {
    youngTeachers: figure(young, (value) => value.denominator),
    covered: figure(young, (value) => value.numerator),
    coverage: figure(young, (value) => value.value),
    target: young?.target ? numberCell(young.target.value) : { kind: 'none' },
    status: young ? textCell(young.suppressed ? SUPPRESSED_STATUS : STATUS_LABELS[young.status]) : { kind: 'none' },
  };
}

/** A hidden value (a small count of people) has a status nobody may see: «Скрыто», not «Нет данных». */
export const SUPPRESSED_STATUS = 'Скрыто';

/** The status a row is filtered by: none for a hidden value, whose status is not shown. */
const rowStatus = (young: RowValue | undefined) => (young && !young.suppressed ? young.status : null);

export const MUNICIPALITY_COLUMNS: Column[] = [
  { key: 'name', header: 'Муниципальное образование', format: 'text' },
  { key: 'schools', header: 'Школ', format: 'count' },
  { key: 'withRegulation', header: 'С положением о наставничестве', format: 'count' },
  ...COVERAGE_COLUMNS,
  ...ROADMAP_COLUMNS,
  { key: 'events', header: 'Участие в методических мероприятиях, %', format: 'percent' },
  { key: 'monitoring', header: 'Участие в стартовом мониторинге, %', format: 'percent' },
];

export function municipalityRows(nodes: readonly MunicipalityRowNode[], asOf?: string): Row[] {
  return nodes.map((node) => {
    const young = valueOf(node.indicators, TABLE_INDICATORS.youngCovered);
    return {
      key: node.oktmo,
      name: node.name,
      href: hrefOf({ view: 'municipality', oktmo: node.oktmo, ...(asOf ? { asOf } : {}) }),
      synthetic: false,
      status: rowStatus(young),
      cells: {
        name: textCell(node.name),
        schools: numberCell(node.organizationCount),
        withRegulation: figure(valueOf(node.indicators, TABLE_INDICATORS.regulation), (value) => value.numerator),
        ...coverageCells(young),
        ...roadmapCells(node.roadmaps),
        events: figure(valueOf(node.indicators, TABLE_INDICATORS.events), (value) => value.value),
        monitoring: figure(valueOf(node.indicators, TABLE_INDICATORS.monitoring), (value) => value.value),
      },
    };
  });
}

export const SCHOOL_COLUMNS: Column[] = [
  { key: 'name', header: 'Образовательная организация', format: 'text' },
  { key: 'pairs', header: 'Действующих пар', format: 'count' },
  { key: 'withRegulation', header: 'Положение о наставничестве', format: 'text' },
  ...COVERAGE_COLUMNS,
  ...ROADMAP_COLUMNS,
  { key: 'events', header: 'Участие в методических мероприятиях', format: 'text' },
  { key: 'monitoring', header: 'Форма стартового мониторинга', format: 'text' },
];

/**
 * Rows of the schools table. `pairsUnavailable`: the mentoring service did not answer, so a missing pair count is
 * unknown («—»), not hidden; otherwise a missing count is one of 1–4 pairs hidden from this viewer («скрыто»).
 */
export function schoolRows(nodes: readonly SchoolRowNode[], pairsUnavailable: boolean, asOf?: string): Row[] {
  return nodes.map((node) => {
    const young = valueOf(node.indicators, TABLE_INDICATORS.youngCovered);
    return {
      key: node.id,
      name: node.shortName,
      href: hrefOf({ view: 'organization', organizationId: node.id, ...(asOf ? { asOf } : {}) }),
      synthetic: node.dataOrigin === 'SYNTHETIC',
      status: rowStatus(young),
      cells: {
        name: textCell(node.shortName),
        pairs: numberCell(node.activeMentoringPairCount, !pairsUnavailable),
        withRegulation: yesNo(valueOf(node.indicators, TABLE_INDICATORS.regulation)),
        ...coverageCells(young),
        ...roadmapCells(node.roadmaps),
        events: yesNo(valueOf(node.indicators, TABLE_INDICATORS.events)),
        monitoring: yesNo(valueOf(node.indicators, TABLE_INDICATORS.monitoring)),
      },
    };
  });
}
