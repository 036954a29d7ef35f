import { badUserInput, notFound } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { Context } from '../../context.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import type { TerritoryLevel } from '../indicators/snapshot.entity.js';
import { valueDate } from '../values/dates.js';
import { territoryIndicators } from '../values/territory-indicators.js';
import type { IndicatorValueView, Territory } from '../values/values.js';
import { achievedCell, plannedCell } from './cells.js';

/** The seed 000 table's title and its columns, word for word. */
export const REPORT_TITLE = 'Ключевые показатели внедрения системы педагогического наставничества';
export const REPORT_COLUMNS = ['Показатель', 'Плановое значение', 'Достигнутое значение'];

/** What `IndicatorReportRow` shows: the printed cells and the value they were printed from. */
export interface IndicatorReportRowView {
  indicator: Indicator;
  name: string;
  planned: string;
  achieved: string;
  value: IndicatorValueView;
}

/** What `IndicatorReport` shows: one territory's rows on one date. */
export interface IndicatorReportView {
  territory: Territory;
  territoryName: string;
  title: string;
  asOf: string;
  rows: IndicatorReportRowView[];
}

const LEVEL_NAMES: Record<TerritoryLevel, string> = {
  REGION: 'субъекта РФ',
  MUNICIPALITY: 'муниципального образования',
  ORGANIZATION: 'организации',
};

/** The date of a report: `asOf`, or the end of the report year (today while it runs); never both. */
export function reportDate(asOf: string | null | undefined, year: number | null | undefined): string {
  const today = todayIso();
  if (year === null || year === undefined) return asOf ? valueDate(asOf, 'asOf') : today;
  if (asOf !== null && asOf !== undefined)
    throw badUserInput('Укажите либо дату (asOf), либо отчётный год (year); give asOf or year, not both.', {
      argument: 'year',
    });
  const currentYear = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > currentYear)
    throw badUserInput(
      `Отчётный год ${String(year)} вне 1900–${String(currentYear)}: a report year from 1900 to the current year.`,
      { argument: 'year', min: 1900, max: currentYear, actual: year },
    );
  return year === currentYear ? today : `${String(year)}-12-31`;
}

/**
 * The report of a territory: the values `Region.indicators` answers (same loaders, same small cells), printed in
 * the seed's columns. Without `codes`, the indicators of the territory's plan: a target applies or a figure was
 * reported, as in the seed's table; an indicator nobody planned or reported for this territory is left out.
 */
export async function buildIndicatorReport(
  args: {
    level: TerritoryLevel;
    territoryId: string;
    asOf?: string | null;
    year?: number | null;
    codes?: readonly string[] | null;
  },
  context: Context,
): Promise<IndicatorReportView> {
  const asOf = reportDate(args.asOf, args.year);
  const territory: Territory = { level: args.level, id: args.territoryId };
  const place = await context.loaders.places[args.level].load(args.territoryId);
  if (!place)
    throw notFound(
      `Нет ${LEVEL_NAMES[args.level]} с идентификатором ${args.territoryId}; the registry knows no such ${args.level.toLowerCase()}.`,
      { argument: 'territoryId' },
    );
  const values = await territoryIndicators(territory, { asOf, codes: args.codes ?? null }, context);
  const shown =
    args.codes === null || args.codes === undefined
      ? values.filter((value) => value.target !== null || value.reported.length > 0)
      : values;
  return {
    territory,
    territoryName: place.name,
    title: `${REPORT_TITLE} — ${place.name}`,
    asOf,
    rows: shown.map((value) => ({
      indicator: value.indicator,
      name: nameInPlan(value),
      planned: plannedCell(value),
      achieved: achievedCell(value),
      value,
    })),
  };
}

/**
 * The indicator as the document that sets the territory's target names it: Знаменский район's plan (seed 003) words
 * the shared indicator its own way, and a report of its plan reads back in those words; else the catalogue name.
 */
function nameInPlan({ indicator, target }: IndicatorValueView): string {
  const document = target?.source?.document;
  if (!document || document === indicator.source.document) return indicator.name;
  return indicator.alsoIn.find((source) => source.document === document)?.quote ?? indicator.name;
}

/** The table a file holds: the seed's header row, then one row per indicator. */
export const reportTable = (report: IndicatorReportView): string[][] => [
  REPORT_COLUMNS,
  ...report.rows.map((row) => [row.name, row.planned, row.achieved]),
];
