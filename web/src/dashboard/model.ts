/**
 * The answers of the dashboard's registered operations (gateway/operations/page-*.graphql), typed as the page reads
 * them. Whatever one subgraph contributes may be null when that subgraph did not answer: the views render the rest.
 */

export type PlanStatus = 'ACHIEVED' | 'ON_TRACK' | 'BEHIND' | 'NO_TARGET' | 'NO_DATA';
export type DataOrigin = 'SEED' | 'SYNTHETIC' | 'ENTERED';
export type RoadmapItemStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'OVERDUE';

export interface SeriesPoint {
  asOf: string;
  value: number | null;
  suppressed: boolean;
}

export interface ReportedFigure {
  printed: string;
  year: number | null;
  campaign: string | null;
  dataOrigin: DataOrigin;
  source: { document: string } | null;
}

/** A card's value: plan against fact on the date (IndicatorValue). */
export interface IndicatorValue {
  indicator: { code: string; name: string; unit: string };
  asOf: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  note: string | null;
  status: PlanStatus;
  gap: number | null;
  target: { year: number; value: number | null; note: string | null } | null;
  reported: ReportedFigure[];
  series: SeriesPoint[] | null;
}

/** A table's value: the few fields a row needs. */
export interface RowValue {
  indicator: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  status: PlanStatus;
  target: { value: number | null } | null;
}

export interface RoadmapItem {
  id: string;
  number: number;
  activity: string;
  schedule: string | null;
  dueDate: string | null;
  nextDueDate: string | null;
  status: RoadmapItemStatus;
  responsible?: string | null;
  completion?: { completedOn: string } | null;
}

export interface Roadmap {
  id: string;
  title: string;
  startYear?: number;
  endYear?: number;
  dataOrigin?: DataOrigin;
  items: RoadmapItem[];
}

export type CalendarEntryKind = 'EVENT' | 'DEADLINE' | 'REPORT_DUE';

export interface CalendarEntry {
  id: string;
  kind: CalendarEntryKind;
  startDate: string;
  endDate: string;
  title: string;
  format: string | null;
  overdue: boolean;
  completed: boolean;
}

export interface CalendarPage {
  totalCount: number;
  edges: { node: CalendarEntry }[];
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface MonitoringCampaign {
  id: string;
  title: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  periodEnd: string;
  opensOn: string;
  organizationDeadline: string;
  dataOrigin: DataOrigin;
  participationIndicator: { code: string } | null;
}

export type ReportingDocumentKind = 'PLAN' | 'REPORT' | 'INFORMATION';

/** Counts of the region's municipalities by their state under one obligation, derived by planning for today. */
export interface SubmissionSummary {
  total: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** Some counted state comes from demo submissions (SYNTHETIC): the counts are not facts about the municipalities. */
  includesSyntheticData: boolean;
}

/**
 * The summary's counts in planning's own terms: a missing document is one whose due date passed with no valid
 * submission recorded — the page says no more than that.
 */
export const SUMMARY_LABELS: readonly (readonly [keyof Omit<SubmissionSummary, 'includesSyntheticData'>, string])[] = [
  ['total', 'Муниципальных образований'],
  ['onTime', 'Представили в срок'],
  ['late', 'Представили с опозданием'],
  ['missing', 'Срок прошёл, представление не отмечено'],
  ['pending', 'Срок не наступил'],
];

/** A plan or report the region's municipalities owe by a date (отчётное обязательство), with its summary. */
export interface ReportingObligation {
  id: string;
  kind: ReportingDocumentKind;
  title: string;
  dueDate: string;
  dataOrigin: DataOrigin;
  source: { document: string } | null;
  summary: SubmissionSummary;
}

export interface MunicipalityRowNode {
  id: string;
  oktmo: string;
  name: string;
  organizationCount: number;
  indicators: RowValue[] | null;
  roadmaps: { items: { status: RoadmapItemStatus }[] }[] | null;
}

export interface RegionDashboard {
  region: {
    id: string;
    code: string;
    name: string;
    organizationCount?: number;
    indicators?: IndicatorValue[] | null;
    roadmaps?: Roadmap[] | null;
    reportingObligations?: { totalCount: number; edges: { node: ReportingObligation }[] } | null;
    municipalities: { totalCount: number; pageInfo: PageInfo; edges: { node: MunicipalityRowNode }[] };
  } | null;
  calendar?: CalendarPage | null;
  monitoringCampaigns?: { edges: { node: MonitoringCampaign }[] } | null;
}

export interface SchoolRowNode {
  id: string;
  shortName: string;
  dataOrigin: DataOrigin;
  activeMentoringPairCount: number | null;
  indicators: RowValue[] | null;
  roadmaps: { items: { status: RoadmapItemStatus }[] }[] | null;
}

export interface MunicipalityDashboard {
  municipality: {
    id: string;
    oktmo: string;
    name: string;
    region: { code: string; name: string };
    organizationCount?: number;
    indicators?: IndicatorValue[] | null;
    roadmaps?: Roadmap[] | null;
    organizations: { totalCount: number; pageInfo: PageInfo; edges: { node: SchoolRowNode }[] };
  } | null;
  calendar?: CalendarPage | null;
}

export interface OrganizationDashboard {
  organization: {
    id: string;
    name: string;
    shortName: string;
    kind: string;
    dataOrigin: DataOrigin;
    municipality: { oktmo: string; name: string; region: { code: string; name: string } };
    activeMentoringPairCount: number | null;
    indicators: IndicatorValue[] | null;
    roadmaps: Roadmap[] | null;
    mentoring?: {
      activePairs: { totalCount: number };
      pairs: { totalCount: number };
      mentors: { totalCount: number };
      programmes: { totalCount: number };
    } | null;
  } | null;
  calendar: CalendarPage | null;
}

export interface IndicatorReportAnswer {
  indicatorReport: {
    title: string;
    file: { fileName: string; contentType: string; contentBase64: string; rowCount: number };
  } | null;
}

export const STATUS_LABELS: Record<PlanStatus, string> = {
  ACHIEVED: 'Достигнуто',
  ON_TRACK: 'Идёт по плану',
  BEHIND: 'Отстаёт',
  NO_TARGET: 'Нет планового значения',
  NO_DATA: 'Нет данных',
};

export const ROADMAP_STATUS_LABELS: Record<RoadmapItemStatus, string> = {
  PLANNED: 'Запланировано',
  IN_PROGRESS: 'Выполняется',
  DONE: 'Выполнено',
  OVERDUE: 'Срок прошёл, выполнение не отмечено',
};

/**
 * Indicators whose value is a mean of answers, not a share (analytics' SATISFACTION family, `Measure.kind` AVERAGE in
 * analytics/values/families.ts): the numerator is the sum of the answers, the denominator how many there were.
 */
export const AVERAGE_INDICATORS: ReadonlySet<string> = new Set(['MENTEE_SATISFACTION', 'MENTOR_SATISFACTION']);

/** The indicators the tables show, by the column they fill (see analytics/values/families.ts for what each counts). */
export const TABLE_INDICATORS = {
  /** ОО с локальным положением о наставничестве (стартовый мониторинг). */
  regulation: 'ORGS_WITH_LOCAL_REGULATION',
  /** Молодые педагоги (до 35 лет, стаж менее 3 лет), охваченные наставничеством. */
  youngCovered: 'YOUNG_TEACHERS_UNDER_35_COVERED',
  /** Участие ОО в организационно-методических мероприятиях года (вебинары, ПК, фестиваль, конкурс). */
  events: 'METHODICAL_EVENTS_PARTICIPATION',
  /** Участие ОО в стартовом мониторинге (отправили форму). */
  monitoring: 'START_MONITORING_PARTICIPATION',
} as const;
