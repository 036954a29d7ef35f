import { disclosedCount, isSmallCell, roundedToBase, SMALL_CELL } from '@mentoring/platform/disclosure';
import type { DataOrigin, SourceView } from '@mentoring/sources';
import { sourceView } from '@mentoring/sources';
import type { Context } from '../../context.js';
import type { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import type { Indicator, IndicatorMethod } from '../indicators/indicator.entity.js';
import type { IndicatorSnapshot, TerritoryLevel } from '../indicators/snapshot.entity.js';
import { FAMILIES, measureValue, NOT_COMPUTED_AT, type Measure } from './families.js';
import { withinWorkingTerritory, type TerritoryPlace } from '../territories/places.js';
import { planAgainstFact, type PlanStatus } from './plan.js';
import { EARLIEST_VALUE_DATE } from './dates.js';

/** A territory as analytics computes for it: a region, a municipality or an organization, by registry id. */
export interface Territory {
  level: TerritoryLevel;
  id: string;
}

/** A reported figure shown beside the computed value, never mixed into it. */
export interface ReportedFigure {
  printed: string;
  low: number | null;
  high: number | null;
  year: number | null;
  asOf: string | null;
  source: SourceView | null;
  campaign: string | null;
  dataOrigin: DataOrigin;
}

/** What a viewer is shown of a computed measure: the value and its counts, or nothing with the reason. */
interface Computed {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unknown: number | null;
  suppressed: boolean;
  note: string | null;
}

/** What `IndicatorValue` shows: computed on the fly, nothing stored but the snapshots it projects from. */
export interface IndicatorValueView extends Computed {
  indicator: Indicator;
  territory: Territory;
  asOf: string;
  method: IndicatorMethod;
  target: IndicatorTarget | null;
  gap: number | null;
  projected: number | null;
  status: PlanStatus;
  reported: ReportedFigure[];
}

const SUPPRESSED =
  'Скрыто (small cell): меньше 5 человек в числителе, знаменателе или их разности; по таким долям можно узнать конкретных людей. Роли, работающие с людьми этой территории, видят значение.';
const ROUNDED =
  'Округлено: числитель и знаменатель — до 5 (rounded to base 5), доля — по округлённым; точные числа видят роли, работающие с людьми этой территории.';
const NOTHING_TO_COUNT = 'Нет значения: знаменатель равен нулю (на территории нет тех, от кого считается доля).';
const NOT_AT_LEVEL = 'Не вычисляется для организации: показатель считает муниципальные образования.';
const NOT_COMPUTED =
  'Значение не вычисляется системой: показатель предоставляется через мониторинг или документы (см. «Отчётные данные»).';

/**
 * What a viewer is shown of a measure: the value, or nothing with the reason (a small cell, nothing to count). A viewer
 * outside the territory gets counts of people rounded to base 5 and a share computed from them, as statistics do: a
 * hidden territory's count must not come back as its region's total less the shown ones.
 */
export function fromMeasure(measure: Measure | undefined, mayShowPeople: boolean): Computed {
  const counted = measure ?? { numerator: 0, denominator: 0, unknown: 0, ofPeople: false, kind: 'SHARE' as const };
  const { numerator, denominator, unknown } = counted;
  const restricted = counted.ofPeople && !mayShowPeople;
  const small =
    restricted &&
    (isSmallCell(denominator) ||
      (counted.kind === 'SHARE' && (isSmallCell(numerator) || isSmallCell(denominator - numerator))));
  if (small)
    return { value: null, numerator: null, denominator: null, unknown: null, suppressed: true, note: SUPPRESSED };
  if (!restricted || denominator === 0) {
    const value = measureValue(counted);
    return {
      value,
      numerator,
      denominator,
      unknown,
      suppressed: false,
      note: value === null ? NOTHING_TO_COUNT : null,
    };
  }
  // A mean's numerator is a sum of scores, not of people: only the number of people it is a mean of is rounded.
  const shown =
    counted.kind === 'SHARE'
      ? { ...counted, numerator: roundedToBase(numerator), denominator: roundedToBase(denominator) }
      : { ...counted, denominator: roundedToBase(denominator) };
  return {
    value: measureValue(shown),
    numerator: counted.kind === 'SHARE' ? shown.numerator : numerator,
    denominator: shown.denominator,
    unknown: disclosedCount(unknown, false),
    suppressed: false,
    note: ROUNDED,
  };
}

/** The targets a territory answers to: its own, else its municipality's, else its region's (the plan it is part of). */
export async function targetsFor(
  indicatorCode: string,
  territory: Territory,
  place: TerritoryPlace | null,
  { loaders }: Context,
): Promise<IndicatorTarget[]> {
  const own = (targets: IndicatorTarget[]) => targets.filter((target) => target.indicator.code === indicatorCode);
  const regionTargets = async (regionId: string | null | undefined) =>
    regionId ? own(await loaders.targetsByRegion.load(regionId)) : [];
  const municipalityTargets = async (municipalityId: string | null | undefined) =>
    municipalityId ? own(await loaders.targetsByMunicipality.load(municipalityId)) : [];
  if (territory.level === 'REGION') return regionTargets(territory.id);
  const municipal = await municipalityTargets(
    territory.level === 'MUNICIPALITY' ? territory.id : place?.municipalityId,
  );
  return municipal.length > 0 ? municipal : regionTargets(place?.regionId);
}

const HIDDEN_CAMPAIGN_FIGURE =
  'скрыто: ответы меньше 5 организаций (по ним видны ответы отдельных ОО); видят роли, работающие с этой территорией';

/** Whether a figure was known on the date: a document's figure of a later year, or a later date, was not. */
const knownOn = (asOf: string) => (figure: ReportedFigure) =>
  (figure.year === null || figure.year <= Number(asOf.slice(0, 4))) && (figure.asOf === null || figure.asOf <= asOf);

/**
 * Reported figures of the territory itself (a region's figure says nothing of one municipality) known on the date:
 * the documents' and, after them, the monitoring campaigns' whose period ended by the date. A campaign figure over
 * fewer than 5 organizations is one school's answer in all but name: hidden from viewers outside the territory.
 */
async function reportedFor(
  indicatorCode: string,
  territory: Territory,
  asOf: string,
  { loaders }: Context,
): Promise<(mayShowDetail: boolean) => ReportedFigure[]> {
  const loader = {
    REGION: loaders.reportedByRegion,
    MUNICIPALITY: loaders.reportedByMunicipality,
    ORGANIZATION: loaders.reportedByOrganization,
  }[territory.level];
  const [printed, campaigns] = await Promise.all([
    loader.load(territory.id),
    loaders.values.campaignFigures.load(`${territory.level}|${asOf}|${territory.id}`),
  ]);
  const documents = printed
    .filter((row) => row.indicator.code === indicatorCode)
    .map((row): ReportedFigure => ({
      printed: row.printed,
      low: row.low === null || row.low === undefined ? null : Number(row.low),
      high: row.high === null || row.high === undefined ? null : Number(row.high),
      year: row.year ?? null,
      asOf: row.asOf ?? null,
      source: sourceView(row.source),
      campaign: null,
      dataOrigin: row.dataOrigin,
    }))
    .filter(knownOn(asOf))
    // The document's undated figure (seed 000's own «Достигнутое значение») before dated ones.
    .sort((a, b) => Number(a.year !== null) - Number(b.year !== null));
  const monitoring = campaigns.filter((figure) => figure.indicatorCode === indicatorCode);
  return (mayShowDetail) => [
    ...documents,
    ...monitoring.map(({ printed, low, high, year, asOf: periodEnd, source, campaign, dataOrigin, answers }) =>
      mayShowDetail || answers >= SMALL_CELL
        ? { printed, low, high, year, asOf: periodEnd, source, campaign, dataOrigin }
        : {
            printed: HIDDEN_CAMPAIGN_FIGURE,
            low: null,
            high: null,
            year,
            asOf: periodEnd,
            source,
            campaign,
            dataOrigin,
          },
    ),
  ];
}

/** A snapshot as a viewer is shown it: small cells of people suppressed, as for the live value. */
function shownSnapshot(snapshot: IndicatorSnapshot, indicator: Indicator, mayShowPeople: boolean): Computed {
  const family = indicator.family ? FAMILIES[indicator.family] : undefined;
  return fromMeasure(
    {
      numerator: Number(snapshot.numerator ?? 0),
      denominator: Number(snapshot.denominator ?? 0),
      unknown: 0,
      ofPeople: family?.ofPeople ?? false,
      kind: family?.kind ?? 'SHARE',
    },
    mayShowPeople,
  );
}

/**
 * The territory's snapshots of every indicator before the date, oldest first, through the request's loader: the
 * projection of a value and its series share one read, and the territories of a level asked together one statement.
 */
export const snapshotsBefore = (territory: Territory, asOf: string, { loaders }: Context) =>
  loaders.values.snapshotsBefore.load(`${territory.level}|${asOf}|${territory.id}`);

/** A point of a series as a viewer is shown it: a snapshot, or the live value that ends the series. */
export interface SeriesPointView {
  asOf: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}

/**
 * One indicator's points among a territory's snapshots (every indicator's, oldest first), from `start` on, as the
 * viewer is shown them: the series `indicatorSeries` and `IndicatorValue.series` answer and the projection draws.
 */
export function shownPoints(
  snapshots: readonly IndicatorSnapshot[],
  indicator: Indicator,
  start: string,
  mayShowPeople: boolean,
): SeriesPointView[] {
  return snapshots
    .filter((snapshot) => snapshot.indicatorCode === indicator.code && snapshot.asOf >= start)
    .map((snapshot) => {
      const { value, numerator, denominator, suppressed } = shownSnapshot(snapshot, indicator, mayShowPeople);
      return { asOf: snapshot.asOf, value, numerator, denominator, suppressed };
    });
}

/** A milestone is achieved when a reported figure records it (1 = да); past its target year without one, behind. */
function milestoneStatus(reported: ReportedFigure[], target: IndicatorTarget | null, asOf: string): PlanStatus {
  if (reported.some((figure) => figure.low === 1)) return 'ACHIEVED';
  if (!target) return 'NO_TARGET';
  return Number(asOf.slice(0, 4)) > target.year ? 'BEHIND' : 'NO_DATA';
}

/** One indicator's value for one territory on a date, plan against fact, with what was reported beside it. */
export async function indicatorValue(
  indicator: Indicator,
  territory: Territory,
  asOf: string,
  context: Context,
): Promise<IndicatorValueView> {
  const { loaders, viewer } = context;
  const family = indicator.family ?? null;
  const implemented = family !== null && family in FAMILIES;
  const atLevel = !NOT_COMPUTED_AT[indicator.code]?.includes(territory.level);
  const computable = indicator.method === 'COMPUTED' && implemented && atLevel;
  // Every load starts in the same tick for every territory of the request, so each kind is one batch (one statement).
  const [place, measures, snapshots, reportedAs] = await Promise.all([
    loaders.places[territory.level].load(territory.id),
    computable ? loaders.values.measures.load(`${family}|${territory.level}|${asOf}|${territory.id}`) : undefined,
    computable ? snapshotsBefore(territory, asOf, context) : [],
    reportedFor(indicator.code, territory, asOf, context),
  ]);
  const targets = await targetsFor(indicator.code, territory, place, context);
  const mayShowPeople = withinWorkingTerritory(viewer, place);
  const reported = reportedAs(mayShowPeople);
  const base = { indicator, territory, asOf, method: indicator.method, reported };
  const notComputed = (note: string) => ({
    value: null,
    numerator: null,
    denominator: null,
    unknown: null,
    suppressed: false,
    note,
  });
  if (indicator.method === 'MILESTONE') {
    const plan = planAgainstFact(indicator.direction, null, asOf, targets, []);
    return {
      ...base,
      ...notComputed(NOT_COMPUTED),
      ...plan,
      gap: null,
      status: milestoneStatus(reported, plan.target, asOf),
    };
  }
  if (!computable || !measures) {
    const note =
      indicator.method !== 'COMPUTED'
        ? NOT_COMPUTED
        : !atLevel
          ? NOT_AT_LEVEL
          : (indicator.formula?.reading ?? NOT_COMPUTED);
    return { ...base, ...notComputed(note), ...planAgainstFact(indicator.direction, null, asOf, targets, []) };
  }
  const computed = fromMeasure(measures[indicator.code], mayShowPeople);
  // The trend is drawn through the points this viewer is shown: a hidden point must not be read back from the line.
  const series = shownPoints(snapshots, indicator, EARLIEST_VALUE_DATE, mayShowPeople).flatMap((point) =>
    point.value === null ? [] : [{ asOf: point.asOf, value: point.value }],
  );
  const plan = planAgainstFact(indicator.direction, computed.value, asOf, targets, series);
  const share = measures[indicator.code]?.kind === 'SHARE';
  // A share's trend can run past 0 or 100 %; the projection says where the share can be, not where the line goes.
  const projected = plan.projected !== null && share ? Math.min(100, Math.max(0, plan.projected)) : plan.projected;
  return { ...base, ...computed, ...plan, projected };
}
