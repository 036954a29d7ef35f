import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CampaignAnswerMapper, CampaignAnswerSummaryMapper, CampaignCompletionMapper, CampaignQuestionMapper, CampaignQuestionSummaryMapper, CampaignSubmissionMapper, MonitoringCampaignMapper } from './../modules/campaigns/schema.mappers.js';
import type { IndicatorMapper, IndicatorTargetMapper } from './../modules/indicators/schema.mappers.js';
import type { IndicatorReportMapper, IndicatorReportRowMapper } from './../modules/reports/schema.mappers.js';
import type { IndicatorValueMapper } from './../modules/values/schema.mappers.js';
import type { MunicipalityMapper, OrganizationMapper, RegionMapper } from './../modules/territories/schema.mappers.js';
import type { SavedQueryMapper, SavedQueryRevisionMapper } from './../modules/saved-queries/schema.mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Календарная дата (calendar date) in ISO 8601 form YYYY-MM-DD, a real day from 1900-01-01 to 2100-12-31. */
  Date: { input: string; output: string; }
  /** Идентификатор (identifier): a UUID in its 8-4-4-4-12 hexadecimal form, e.g. "0f8fad5b-d9cb-469f-a165-70867728950e". */
  UUID: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Ответ организации на вопрос: the one value its kind holds. */
export type CampaignAnswer = {
  __typename?: 'CampaignAnswer';
  /** Выбранный вариант (CHOICE). */
  choice?: Maybe<Scalars['String']['output']>;
  /** Происхождение записи: SYNTHETIC for demo answers, ENTERED for users' ones. */
  dataOrigin: DataOrigin;
  /** Число (NUMBER, PERCENT). */
  number?: Maybe<Scalars['Float']['output']>;
  /** Вопрос. */
  question: CampaignQuestion;
  /** Текст или ссылка (TEXT, URL, FILE_LINK). */
  text?: Maybe<Scalars['String']['output']>;
  /** Ответ да/нет (YES_NO). */
  yes?: Maybe<Scalars['Boolean']['output']>;
};

/** Сводка ответов на вопрос по одной территории. */
export type CampaignAnswerAggregate = {
  __typename?: 'CampaignAnswerAggregate';
  /** Число ответов (forms answering the question), shown also when the figures are suppressed. */
  answered: Scalars['Int']['output'];
  /** Среднее (NUMBER, PERCENT); null without numbers or when suppressed. */
  average?: Maybe<Scalars['Float']['output']>;
  /** Число ответов по вариантам (CHOICE), in the order of the options; each count null when suppressed. */
  choices: Array<CampaignChoiceCount>;
  /** Муниципальное образование; null for the region as a whole. */
  municipality?: Maybe<Municipality>;
  /** ОКТМО; null for the region as a whole. */
  municipalityOktmo?: Maybe<Scalars['String']['output']>;
  /** Ответов «нет» (YES_NO); null when suppressed. */
  no?: Maybe<Scalars['Int']['output']>;
  /** Почему значения скрыты (small or complementary cell), or null. */
  note?: Maybe<Scalars['String']['output']>;
  /** Сумма чисел (NUMBER, PERCENT); null without numbers or when suppressed. */
  sum?: Maybe<Scalars['Float']['output']>;
  /**
   * Скрыто (suppressed): fewer than 5 organizations answered here (small cell) — such an aggregate is as good as their own
   * answers — or the row is hidden with one so that it cannot be worked out from the region's total (complementary cell).
   * Shown in full to the regional operator of the region and to the municipal coordinator of the municipality.
   */
  suppressed: Scalars['Boolean']['output'];
  /** Ответов «да» (YES_NO); null when suppressed. */
  yes?: Maybe<Scalars['Int']['output']>;
  /** Доля «да» среди ответивших, percent (YES_NO); null without answers or when suppressed. */
  yesShare?: Maybe<Scalars['Float']['output']>;
};

/** Ответ на один вопрос: the value of the question's kind; none clears the answer. */
export type CampaignAnswerInput = {
  /** Вариант (CHOICE): one of the options, as written. */
  choice?: InputMaybe<Scalars['String']['input']>;
  /** Число (NUMBER; PERCENT from 0 to 100). */
  number?: InputMaybe<Scalars['Float']['input']>;
  /** Вопрос (question id) of the campaign. */
  questionId: Scalars['UUID']['input'];
  /** Текст (TEXT, up to the question's maxLength) or http(s) URL (URL, FILE_LINK, up to 2000 characters); at most 10000 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Да/нет (YES_NO). */
  yes?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Сводка ответов мониторинга: per question, for the region and per municipality. */
export type CampaignAnswerSummary = {
  __typename?: 'CampaignAnswerSummary';
  /** Только принятые формы were counted. */
  acceptedOnly: Scalars['Boolean']['output'];
  /** Мониторинг. */
  campaign: MonitoringCampaign;
  /** По вопросам, in the order of the form. */
  questions: Array<CampaignQuestionSummary>;
};

/** Число ответов, выбравших вариант. */
export type CampaignChoiceCount = {
  __typename?: 'CampaignChoiceCount';
  /** Число ответов; null when the row is suppressed (see CampaignAnswerAggregate.suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** Вариант ответа. */
  option: Scalars['String']['output'];
};

/** Охват мониторинга (completion): the region and each of its municipalities with targeted organizations. */
export type CampaignCompletion = {
  __typename?: 'CampaignCompletion';
  /** Мониторинг. */
  campaign: MonitoringCampaign;
  /** По муниципальным образованиям, by ОКТМО. */
  municipalities: Array<CampaignCompletionRow>;
  /** Регион в целом. */
  region: CampaignCompletionRow;
};

/** Охват мониторинга одной территории. */
export type CampaignCompletionRow = {
  __typename?: 'CampaignCompletionRow';
  /** Формы приняты (by the coordinator or the operator). */
  accepted: Scalars['Int']['output'];
  /** Доля принятых, percent of the targeted (0–100, one decimal); null when none is targeted. */
  acceptedShare?: Maybe<Scalars['Float']['output']>;
  /** Муниципальное образование; null for the row of the whole region. */
  municipality?: Maybe<Municipality>;
  /** ОКТМО муниципального образования; null for the row of the whole region. */
  municipalityOktmo?: Maybe<Scalars['String']['output']>;
  /** Доля отправивших, percent of the targeted (0–100, one decimal); null when none is targeted. */
  share?: Maybe<Scalars['Float']['output']>;
  /** Отправили форму (SUBMITTED or accepted at any level). */
  submitted: Scalars['Int']['output'];
  /** Организаций, которым адресован мониторинг (targeted). */
  targeted: Scalars['Int']['output'];
};

/** Уровень мониторинга, each with its deadline. */
export type CampaignLevel =
  /** Муниципальный координатор (оператор ОМСУ) accepts the forms of the municipality. */
  | 'COORDINATOR'
  /** Региональный оператор (ЦНППМ) accepts the forms of the region. */
  | 'OPERATOR'
  /** Образовательная организация (координатор ОО) submits its form. */
  | 'ORGANIZATION';

/** Вопрос анкеты мониторинга. */
export type CampaignQuestion = {
  __typename?: 'CampaignQuestion';
  /** Как ответы дают значение показателя; null without an indicator. */
  aggregation?: Maybe<IndicatorAggregation>;
  /** Код вопроса within the campaign (e.g. HAS_LOCAL_REGULATION). */
  code: Scalars['String']['output'];
  /** Происхождение записи: SEED when a seed's words make the question, SYNTHETIC for demo questions, ENTERED for users' ones. */
  dataOrigin: DataOrigin;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Показатель, whose reported value the answers give; null when the question reports none (or the analytics domain did not answer). */
  indicator?: Maybe<Indicator>;
  /** Вид вопроса. */
  kind: CampaignQuestionKind;
  /** Наибольшая длина ответа of a TEXT, URL or FILE_LINK question, in characters. */
  maxLength?: Maybe<Scalars['Int']['output']>;
  /** Варианты ответа of a CHOICE question; empty for the other kinds. */
  options: Array<Scalars['String']['output']>;
  /** Порядковый номер in the form, from 1. */
  position: Scalars['Int']['output'];
  /** Обязательный: a form is submitted only with an answer. */
  required: Scalars['Boolean']['output'];
  /** Источник: the seed passage the question comes from; null for users' questions. */
  source?: Maybe<Source>;
  /** Текст вопроса. */
  text: Scalars['String']['output'];
};

/** A question of a new campaign's form. */
export type CampaignQuestionInput = {
  /** Как ответы дают значение показателя: SHARE_YES for YES_NO, SUM or AVERAGE for NUMBER and PERCENT. */
  aggregation?: InputMaybe<IndicatorAggregation>;
  /** Код вопроса: upper-case Latin letters, digits and _, starting with a letter, up to 64 characters; unique in the form. */
  code: Scalars['String']['input'];
  /** Показатель (indicator code of the catalogue), whose reported value the answers give; with aggregation. */
  indicatorCode?: InputMaybe<Scalars['String']['input']>;
  /** Вид вопроса. */
  kind: CampaignQuestionKind;
  /** Наибольшая длина ответа of a TEXT question: 1–10000 characters, 2000 when omitted (URL and FILE_LINK: 2000). */
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  /** Варианты ответа: 2–50 distinct options (each up to 255 characters) for CHOICE; none for the other kinds. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Обязательный (false when omitted). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Текст вопроса (до 1000 символов; up to 1000 characters). */
  text: Scalars['String']['input'];
};

/** Вид вопроса анкеты: what an answer holds and how it is checked. */
export type CampaignQuestionKind =
  /** Выбор одного из вариантов (one of the question's options). */
  | 'CHOICE'
  /** Ссылка на файл (http(s) URL of a document). */
  | 'FILE_LINK'
  /** Число (number), at most 10¹² in magnitude. */
  | 'NUMBER'
  /** Процент (percent) from 0 to 100. */
  | 'PERCENT'
  /** Текст, at most the question's maxLength characters. */
  | 'TEXT'
  /** Ссылка (http(s) URL), e.g. the положение on the organization's site. */
  | 'URL'
  /** Да/нет. */
  | 'YES_NO';

/** Сводка ответов на один вопрос. */
export type CampaignQuestionSummary = {
  __typename?: 'CampaignQuestionSummary';
  /** По муниципальным образованиям with answers, by ОКТМО. */
  municipalities: Array<CampaignAnswerAggregate>;
  /** Вопрос. */
  question: CampaignQuestion;
  /** Регион в целом. */
  region: CampaignAnswerAggregate;
};

/** Форма мониторинга одной организации (submission). */
export type CampaignSubmission = {
  __typename?: 'CampaignSubmission';
  /** Ответы, in the order of the questions. */
  answers: Array<CampaignAnswer>;
  /** Мониторинг. */
  campaign: MonitoringCampaign;
  /** Дата принятия муниципальным координатором (оператор ОМСУ). */
  coordinatorAcceptedOn?: Maybe<Scalars['Date']['output']>;
  /** Происхождение записи: SYNTHETIC for demo forms, ENTERED for users' ones. */
  dataOrigin: DataOrigin;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Муниципальное образование of the organization; null when the registry does not know it. */
  municipality?: Maybe<Municipality>;
  /** Дата принятия региональным оператором. */
  operatorAcceptedOn?: Maybe<Scalars['Date']['output']>;
  /** Организация (registry). */
  organization: Organization;
  /** Причина возврата, from the last return; null when never returned. */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** Дата возврата (the last return). */
  returnedOn?: Maybe<Scalars['Date']['output']>;
  /** Статус формы. */
  status: CampaignSubmissionStatus;
  /** Дата отправки (the last submit). */
  submittedOn?: Maybe<Scalars['Date']['output']>;
  /** Версия записи for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of submissions. */
export type CampaignSubmissionConnection = {
  __typename?: 'CampaignSubmissionConnection';
  /** Submissions of this page with their cursors. */
  edges: Array<CampaignSubmissionEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of submissions matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A submission with its cursor. */
export type CampaignSubmissionEdge = {
  __typename?: 'CampaignSubmissionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The submission. */
  node: CampaignSubmission;
};

/** Filter of submissions; all given conditions must hold. */
export type CampaignSubmissionFilter = {
  /** ОКТМО муниципального образования. */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /** Организация (registry id). */
  organizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Статус формы. */
  status?: InputMaybe<CampaignSubmissionStatus>;
};

/** Статус формы организации в мониторинге. */
export type CampaignSubmissionStatus =
  /** Принята оператором ОМСУ (municipal coordinator); awaits the regional operator. */
  | 'ACCEPTED_BY_COORDINATOR'
  /** Принята региональным оператором (ЦНППМ): final. */
  | 'ACCEPTED_BY_OPERATOR'
  /** Черновик: answers saved, not submitted. */
  | 'DRAFT'
  /** Не начата: no answer yet. */
  | 'NOT_STARTED'
  /** Возвращена на доработку, with a reason; the organization edits and submits again. */
  | 'RETURNED'
  /** Отправлена: awaits the municipal coordinator (оператор ОМСУ). */
  | 'SUBMITTED';

/** Происхождение записи (data origin). */
export type DataOrigin =
  /** Внесено пользователями: operational data entered or imported by the system's users. */
  | 'ENTERED'
  /** Из документа-источника: the record states only what a seed document prints. */
  | 'SEED'
  /** Синтетические демо-данные: fictional, made up for the demonstration; no fact about any real person or order. */
  | 'SYNTHETIC';

/** Показатель внедрения целевой модели наставничества (indicator), named as the seed prints it. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Другие документы, naming the same indicator in their words. */
  alsoIn: Array<Source>;
  /** Код показателя: stable, never reused. */
  code: Scalars['String']['output'];
  /** Желаемое направление. */
  direction: IndicatorDirection;
  /** Формула, for a COMPUTED indicator; null otherwise. */
  formula?: Maybe<IndicatorFormula>;
  /** Как получается значение. */
  method: IndicatorMethod;
  /** Наименование показателя as the source document prints it; a roadmap threshold is named by its activity and expected result joined by « — » (the seed prints them in two columns), and a unit printed after the name («, %») is in `unit`. */
  name: Scalars['String']['output'];
  /** Порядок в каталоге. */
  position: Scalars['Int']['output'];
  /** Источник: the passage that names the indicator. */
  source: Source;
  /** Плановые значения by territory and year, oldest year first. */
  targets: Array<IndicatorTarget>;
  /** Единица измерения (%, да/нет). */
  unit: Scalars['String']['output'];
};


/** Показатель внедрения целевой модели наставничества (indicator), named as the seed prints it. */
export type IndicatortargetsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Как ответы вопроса дают значение показателя (how the answers report an indicator). */
export type IndicatorAggregation =
  /** Среднее ответов (a NUMBER or PERCENT question). */
  | 'AVERAGE'
  /** Доля организаций, ответивших «да» (a YES_NO question), in percent. */
  | 'SHARE_YES'
  /** Сумма ответов (a NUMBER or PERCENT question). */
  | 'SUM';

/** A page of indicators. */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** Indicators of this page with their cursors. */
  edges: Array<IndicatorEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of indicators, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Желаемое направление изменения показателя. */
export type IndicatorDirection =
  /** Достигнуто / не достигнуто. */
  | 'ACHIEVE'
  /** Чем меньше, тем лучше. */
  | 'DECREASE'
  /** Чем больше, тем лучше. */
  | 'INCREASE';

/** An indicator with its cursor. */
export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The indicator. */
  node: Indicator;
};

/** Формула вычисляемого показателя: what is counted out of what, on which date, from which published views. */
export type IndicatorFormula = {
  __typename?: 'IndicatorFormula';
  /** Правило даты (as-of rule): what «on a date» means for this indicator. */
  asOfRule: Scalars['String']['output'];
  /** Знаменатель: what it is counted out of. */
  denominator: Scalars['String']['output'];
  /** Числитель: what is counted. */
  numerator: Scalars['String']['output'];
  /** Прочтение системы: where the system reads the seed's words its own way; null where it does not. */
  reading?: Maybe<Scalars['String']['output']>;
  /** Published views and functions of other domains the value is computed from (registry_pub, mentoring_pub …). */
  reads: Array<Scalars['String']['output']>;
};

/** Как получается значение показателя (how a value is obtained). */
export type IndicatorMethod =
  /** Вычисляется из данных системы (computed from the other domains' published views; see `formula`). */
  | 'COMPUTED'
  /** Контрольная точка: achieved or not by a date (milestone). */
  | 'MILESTONE'
  /** Предоставляется через мониторинг или документ (reported in a monitoring campaign or printed in a document). */
  | 'REPORTED';

/** Отчёт о ключевых показателях внедрения системы педагогического наставничества (indicator report) of one territory on a date. */
export type IndicatorReport = {
  __typename?: 'IndicatorReport';
  /** На дату (as of) of every value of the report. */
  asOf: Scalars['Date']['output'];
  /** Заголовки столбцов (column headers), exactly as seed 000 prints them: Показатель, Плановое значение, Достигнутое значение. */
  columns: Array<Scalars['String']['output']>;
  /** Файл отчёта (report file): the rows under the seed's header row, every cell formula-safe. */
  file: ReportFile;
  /** Уровень территории. */
  level: TerritoryLevel;
  /** Муниципальное образование, when the report is a municipality's. */
  municipality?: Maybe<Municipality>;
  /** Организация, when the report is an organization's. */
  organization?: Maybe<Organization>;
  /** Субъект РФ, when the report is a region's. */
  region?: Maybe<Region>;
  /** Строки отчёта (rows), one per indicator, in catalogue order. */
  rows: Array<IndicatorReportRow>;
  /** Наименование территории as the registry keeps it. */
  territoryName: Scalars['String']['output'];
  /**
   * Заголовок (title): «Ключевые показатели внедрения системы педагогического наставничества — <территория>», the territory
   * named as the registry keeps it (an organization by its short name).
   */
  title: Scalars['String']['output'];
};


/** Отчёт о ключевых показателях внедрения системы педагогического наставничества (indicator report) of one territory on a date. */
export type IndicatorReportfileArgs = {
  format: ReportFormat;
};

/** Строка отчёта (report row): one indicator, printed as the seed's table prints it, with its structured value. */
export type IndicatorReportRow = {
  __typename?: 'IndicatorReportRow';
  /**
   * Достигнутое значение as printed, Russian number format: the value computed by the system with numerator and denominator
   * (e.g. «32,3% (97 из 300)»), or «скрыто» for a small cell; then each reported figure in «» with its source, beside the
   * computed value and never mixed into it; «-» when there is neither.
   */
  achieved: Scalars['String']['output'];
  /** Показатель. */
  indicator: Indicator;
  /** Наименование показателя, the row's first cell: as the document setting the territory's target prints it (seed 003 for Знаменский район), else the catalogue's name. */
  name: Scalars['String']['output'];
  /**
   * Плановое значение as printed: the applicable target's formulation from its source (e.g. «не менее 70% к 2024 году»),
   * else its number with the unit (e.g. «85%»), «-» when the territory has no target, as the seed prints it.
   */
  planned: Scalars['String']['output'];
  /** Значение показателя (structured): the same value `Region.indicators` answers, so dashboards need not parse the printed cells. */
  value: IndicatorValue;
};

/** Ряд значений показателя (series). */
export type IndicatorSeries = {
  __typename?: 'IndicatorSeries';
  /** The live value on `to`, plan against fact. */
  current: IndicatorValue;
  /** Показатель. */
  indicator: Indicator;
  /** Snapshots in date order (quarter ends and rebuilt dates); small cells suppressed as for the live value. */
  points: Array<SeriesPoint>;
};

/** Плановое значение показателя for one territory and year. */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  /** Происхождение записи. */
  dataOrigin: DataOrigin;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Показатель. */
  indicator: Indicator;
  /** Муниципальное образование, for a municipal target. */
  municipality?: Maybe<Municipality>;
  /** Formulation from the source, e.g. «не менее 70% к 2024 году». */
  note?: Maybe<Scalars['String']['output']>;
  /** Прочтение системы: how the year was read where the source's words do not state it (e.g. «ежегодно» as each year of the plan «на 2022-2024 годы»); null where they state it, and for targets entered by users. */
  reading?: Maybe<Scalars['String']['output']>;
  /** Субъект РФ, for a regional target. */
  region?: Maybe<Region>;
  /** Источник: the passage that sets the target, for a target from a seed document; null for one entered by users. */
  source?: Maybe<Source>;
  /** Плановое значение (for % indicators, percent 0–100); null for a milestone without a number. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Год. */
  year: Scalars['Int']['output'];
};

/** Значение показателя for a territory on a date: the computed fact, plan against it, and what was reported beside it. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** На дату (as of). */
  asOf: Scalars['Date']['output'];
  /** Знаменатель (out of what); null when suppressed or not computed; a count of people is rounded to base 5 for viewers outside the territory (the share is then computed from the rounded counts). */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Отставание (gap): how far the value is from the target in its direction; zero or less when achieved. */
  gap?: Maybe<Scalars['Float']['output']>;
  /** Показатель. */
  indicator: Indicator;
  /** Уровень территории. */
  level: TerritoryLevel;
  /** Как получено. */
  method: IndicatorMethod;
  /** Муниципальное образование, when the value is a municipality's. */
  municipality?: Maybe<Municipality>;
  /** Почему нет значения (suppression, nothing to count, not computed), or that the counts were rounded; null otherwise. */
  note?: Maybe<Scalars['String']['output']>;
  /** Числитель (what was counted); null when suppressed or not computed; a count of people is rounded to base 5 for viewers outside the territory. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Организация, when the value is an organization's. */
  organization?: Maybe<Organization>;
  /** Прогноз (projection) at the end of the target year, the least-squares line through the series points this viewer is shown and today's value (a share kept within 0–100); null when achieved or not computed. */
  projected?: Maybe<Scalars['Float']['output']>;
  /** Субъект РФ, when the value is a region's. */
  region?: Maybe<Region>;
  /** Достигнутое значение as reported (monitoring, documents), with its source: beside the computed value, never mixed in. */
  reported: Array<ReportedFigure>;
  /** Ряд значений (series) для спарклайна: the quarterly snapshots of this indicator for this territory from `from` up to `asOf`, in date order, small cells suppressed as for `indicatorSeries`, then this value itself as the last point (a sparkline ends at what the card shows). The snapshots of every value in one answer are read together (one statement per territory level). */
  series: Array<SeriesPoint>;
  /** План и факт. */
  status: PlanStatus;
  /** Скрыто (suppressed): under 5 people in a count, shown only to roles working with the people of this territory. */
  suppressed: Scalars['Boolean']['output'];
  /** Плановое значение that applies: that year's, else the next («к 2024 году»), else the last; the territory's own, else its municipality's or region's. */
  target?: Maybe<IndicatorTarget>;
  /** Не учтены: people the registry lacks the facts for (birth date, working history), left out of both counts. */
  unknown?: Maybe<Scalars['Int']['output']>;
  /** Значение (fact): percent 0–100 for a share, the mean for a satisfaction level; null when suppressed, nothing to count or not computed (see note). */
  value?: Maybe<Scalars['Float']['output']>;
};


/** Значение показателя for a territory on a date: the computed fact, plan against it, and what was reported beside it. */
export type IndicatorValueseriesArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
};

/** Мониторинг (monitoring campaign): a form of questions sent to the organizations of a region, with a deadline per level. */
export type MonitoringCampaign = {
  __typename?: 'MonitoringCampaign';
  /** Срок для муниципальных координаторов (оператор ОМСУ): accept by this day. */
  coordinatorDeadline: Scalars['Date']['output'];
  /** Происхождение записи: SEED for a campaign a seed describes, SYNTHETIC for demo parts, ENTERED for users' campaigns. */
  dataOrigin: DataOrigin;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Начало сбора информации. */
  opensOn: Scalars['Date']['output'];
  /** Срок для регионального оператора (ЦНППМ): accept by this day. */
  operatorDeadline: Scalars['Date']['output'];
  /** Срок для организаций (координатор ОО): submit by this day. */
  organizationDeadline: Scalars['Date']['output'];
  /** Показатель участия (e.g. START_MONITORING_PARTICIPATION «100% ОО приняли участие»): the share of targeted organizations that submitted this campaign's form; null when the campaign counts for none. */
  participationIndicator?: Maybe<Indicator>;
  /** Конец отчётного периода, e.g. 2021-06-30 for the first half of 2021. */
  periodEnd: Scalars['Date']['output'];
  /** Начало отчётного периода (the period the campaign reports on); null when not stated. */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /** Анкета: the questions in their order. */
  questions: Array<CampaignQuestion>;
  /** Субъект РФ, whose regional operator runs the campaign. */
  region: Region;
  /** Источник: the seed passage describing the campaign; null for users' campaigns. */
  source?: Maybe<Source>;
  /** Статус мониторинга. */
  status: MonitoringCampaignStatus;
  /** Виды организаций региона, которым адресован мониторинг. */
  targetKinds: Array<TargetOrganizationKind>;
  /** Наименование мониторинга. */
  title: Scalars['String']['output'];
  /** Версия записи for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of monitoring campaigns. */
export type MonitoringCampaignConnection = {
  __typename?: 'MonitoringCampaignConnection';
  /** Campaigns of this page with their cursors. */
  edges: Array<MonitoringCampaignEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of campaigns matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A monitoring campaign with its cursor. */
export type MonitoringCampaignEdge = {
  __typename?: 'MonitoringCampaignEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The campaign. */
  node: MonitoringCampaign;
};

/** Filter of monitoring campaigns; all given conditions must hold. */
export type MonitoringCampaignFilter = {
  /** Код субъекта РФ (region code, e.g. "67"). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Статус мониторинга. */
  status?: InputMaybe<MonitoringCampaignStatus>;
};

/** A new monitoring campaign (draft). */
export type MonitoringCampaignInput = {
  /** Срок для муниципальных координаторов: not before the organizations' deadline. */
  coordinatorDeadline: Scalars['Date']['input'];
  /** Начало сбора информации. */
  opensOn: Scalars['Date']['input'];
  /** Срок для регионального оператора: not before the coordinators' deadline. */
  operatorDeadline: Scalars['Date']['input'];
  /** Срок для организаций: not before opensOn. */
  organizationDeadline: Scalars['Date']['input'];
  /** Показатель участия the forms count (an indicator of the CAMPAIGN_PARTICIPATION family, e.g. START_MONITORING_PARTICIPATION); none when omitted. */
  participationIndicatorCode?: InputMaybe<Scalars['String']['input']>;
  /** Конец отчётного периода. */
  periodEnd: Scalars['Date']['input'];
  /** Начало отчётного периода (optional). */
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  /** Анкета: 1–100 questions, in their order. */
  questions: Array<CampaignQuestionInput>;
  /** Виды организаций региона (at least one). */
  targetKinds: Array<TargetOrganizationKind>;
  /** Наименование (до 500 символов; up to 500 characters). */
  title: Scalars['String']['input'];
};

/** Статус мониторинга. */
export type MonitoringCampaignStatus =
  /** Завершён: collection is over. */
  | 'CLOSED'
  /** Черновик: the regional operator prepares the form. */
  | 'DRAFT'
  /** Открыт: organizations fill and submit their forms, coordinators and the operator accept them. */
  | 'OPEN';

/** Муниципальное образование, as analytics sees it: its indicator targets and values. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Identifier of the municipality in the registry. */
  id: Scalars['ID']['output'];
  /** Плановые значения показателей of the municipality, optionally for one year; an empty list when there are none, null when the analytics domain did not answer (the error names this path). */
  indicatorTargets?: Maybe<Array<IndicatorTarget>>;
  /** Показатели муниципального образования, plan against fact on the date (a municipality without targets of its own answers to its region's); null when the analytics domain did not answer. */
  indicators?: Maybe<Array<IndicatorValue>>;
};


/** Муниципальное образование, as analytics sees it: its indicator targets and values. */
export type MunicipalityindicatorTargetsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Муниципальное образование, as analytics sees it: its indicator targets and values. */
export type MunicipalityindicatorsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Принять форму: the municipal coordinator (оператор ОМСУ) accepts a SUBMITTED form of their municipality
   * (→ ACCEPTED_BY_COORDINATOR); the regional operator accepts a form the coordinator accepted (→ ACCEPTED_BY_OPERATOR).
   */
  acceptCampaignSubmission: CampaignSubmission;
  /**
   * Закрыть мониторинг (an open one of the operator's region): collection is over (→ CLOSED). The forms keep their status and
   * answers; none can be saved, submitted, accepted or returned any more.
   */
  closeMonitoringCampaign: MonitoringCampaign;
  /** Создать мониторинг (draft) for the operator's region: its form (анкета), the kinds of organization it targets and the deadline of each level. */
  createMonitoringCampaign: MonitoringCampaign;
  /**
   * Удалить сохранённый запрос: only its author, at the version last read (another version is a CONFLICT). It leaves every
   * list; its history stays recorded. Answers the id of the deleted query.
   */
  deleteSavedQuery: Scalars['UUID']['output'];
  /** Открыть мониторинг (a draft): each targeted organization of the region gets its form (NOT_STARTED); the form can no longer change. */
  openMonitoringCampaign: MonitoringCampaign;
  /** Пересчитать срез (rebuild the snapshot) of every computed indicator for every territory on a past quarter end, from the other domains' as-of views; answers the number of values written. The quarterly job does this by itself. */
  rebuildIndicatorSnapshot?: Maybe<Scalars['Int']['output']>;
  /**
   * Вернуть форму на доработку (→ RETURNED) with the reason: the municipal coordinator a SUBMITTED form of their municipality,
   * the regional operator a SUBMITTED or ACCEPTED_BY_COORDINATOR form of the region. A form accepted by the operator is final.
   */
  returnCampaignSubmission: CampaignSubmission;
  /**
   * Заполнить форму (answers) of the viewer's own organization in an open campaign, while it is NOT_STARTED, DRAFT or RETURNED:
   * the given answers replace the earlier ones of the same questions; an answer with no value clears it. The form becomes DRAFT
   * (a RETURNED form stays RETURNED, with its reason, until it is submitted again). No answers at all is BAD_USER_INPUT.
   */
  saveCampaignAnswers: CampaignSubmission;
  /**
   * Сохранить запрос (save a query): a GraphQL document of queries only — a mutation is refused, since others open and
   * run a saved query in their own name — with operationName required when it holds several, its variables as a JSON
   * object, PRIVATE (only the author) or TERRITORY (shared with the author's region). The name is one line of plain text.
   * The document is checked for syntax only; the gateway validates it against the schema when it runs.
   */
  saveQuery: SavedQuery;
  /** Отправить форму (submit) of the viewer's own organization: every required question answered; from NOT_STARTED, DRAFT or RETURNED to SUBMITTED. */
  submitCampaignSubmission: CampaignSubmission;
  /**
   * Изменить сохранённый запрос: only its author (the same token subject and role), at the version last read (another
   * version is a CONFLICT). Queries of the библиотека запросов are read-only (FORBIDDEN): save a copy with saveQuery.
   */
  updateSavedQuery: SavedQuery;
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationacceptCampaignSubmissionArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationcloseMonitoringCampaignArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationcreateMonitoringCampaignArgs = {
  input: MonitoringCampaignInput;
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationdeleteSavedQueryArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationopenMonitoringCampaignArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationrebuildIndicatorSnapshotArgs = {
  asOf: Scalars['Date']['input'];
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationreturnCampaignSubmissionArgs = {
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationsaveCampaignAnswersArgs = {
  answers: Array<CampaignAnswerInput>;
  campaignId: Scalars['UUID']['input'];
  organizationId: Scalars['UUID']['input'];
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationsaveQueryArgs = {
  input: SaveQueryInput;
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationsubmitCampaignSubmissionArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения аналитики: мониторинг (monitoring campaigns), сохранённые запросы (saved queries). Each mutation is atomic and limited to the viewer's territory (saved queries: to the author's own). */
export type MutationupdateSavedQueryArgs = {
  changes: SavedQueryChanges;
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};

/** Организация, as analytics sees it: its indicator values. */
export type Organization = {
  __typename?: 'Organization';
  /** Identifier of the organization in the registry. */
  id: Scalars['ID']['output'];
  /** Показатели организации, plan against fact on the date (against its municipality's or region's targets); null when the analytics domain did not answer. */
  indicators?: Maybe<Array<IndicatorValue>>;
};


/** Организация, as analytics sees it: its indicator values. */
export type OrganizationindicatorsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Pagination state of a connection (cursor-based). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when a further page follows the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when edges precede the first one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** План и факт (plan against fact). */
export type PlanStatus =
  /** Достигнуто: the value meets the target. */
  | 'ACHIEVED'
  /** Отстаёт: the projection misses the target, or the target year is over without it. */
  | 'BEHIND'
  /** Нет значения to compare: nothing to count, not computed, or suppressed (small cell). */
  | 'NO_DATA'
  /** Нет планового значения (no numeric target for the territory, its municipality or region). */
  | 'NO_TARGET'
  /** Идёт по плану: the series (quarterly snapshots and today's value) projected to the end of the target year meets the target. */
  | 'ON_TRACK';

/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Сводка ответов (aggregated answers) per question, for the region and per municipality: yes/no counts, sum and average
   * of numbers, counts per choice; text answers only as a count. Aggregates only, counted in one SQL statement; outside the
   * viewer's working territory an aggregate of fewer than 5 organizations is suppressed (see CampaignAnswerAggregate.suppressed).
   */
  campaignAnswerSummary?: Maybe<CampaignAnswerSummary>;
  /**
   * Охват мониторинга (completion) per municipality of the campaign's region and for the region as a whole:
   * organizations targeted, submitted, accepted and their shares. Aggregates only, counted in one SQL statement.
   */
  campaignCompletion?: Maybe<CampaignCompletion>;
  /**
   * Просроченные формы (overdue) at one level, as of a day (today when omitted), in the viewer's territory:
   * ORGANIZATION — targeted organizations that had not submitted by then although the organizations' deadline had passed;
   * COORDINATOR — submitted by then but not accepted by the municipal coordinator although the coordinators' deadline had passed;
   * OPERATOR — accepted by the coordinator by then but not by the regional operator although the operator's deadline had passed.
   */
  campaignOverdue?: Maybe<CampaignSubmissionConnection>;
  /**
   * Формы мониторинга организаций in the viewer's territory (regional operator: the region; оператор ОМСУ — municipal
   * coordinator: the municipality; координатор ОО — school curator, and the head: their own organization), by organization.
   * Other roles read aggregates only (campaignCompletion, campaignAnswerSummary), never an organization's answers.
   */
  campaignSubmissions?: Maybe<CampaignSubmissionConnection>;
  /** Показатель по коду. */
  indicator?: Maybe<Indicator>;
  /**
   * Отчёт «Ключевые показатели внедрения системы педагогического наставничества» of a territory, in the layout of seed 000
   * (Показатель | Плановое значение | Достигнутое значение): each row printed as a person reads it, with the structured
   * value beside it for dashboards, and as an XLSX or CSV file (`file`). Values are exactly those of `Region.indicators`
   * (and of a municipality or organization): the same roles, the same small cells suppressed. Null when the analytics
   * domain did not answer.
   */
  indicatorReport?: Maybe<IndicatorReport>;
  /** Ряд значений (series) of an indicator for a territory: quarterly snapshots from `from` to `to`, then the live value on `to`. */
  indicatorSeries?: Maybe<IndicatorSeries>;
  /** Каталог показателей (indicator catalogue), in catalogue order: seed 000, the Smolensk roadmap thresholds, seed 004. */
  indicators?: Maybe<IndicatorConnection>;
  /** Мониторинг по id with its form (анкета); null when there is none or it is another region's draft. */
  monitoringCampaign?: Maybe<MonitoringCampaign>;
  /** Мониторинги (monitoring campaigns), newest reporting period first: every open or closed campaign; drafts only for the regional operator of their region. */
  monitoringCampaigns?: Maybe<MonitoringCampaignConnection>;
  /**
   * Сохранённые запросы (saved queries) the viewer may see, by name: the библиотека запросов (ready queries shipped with
   * the product), the viewer's own, and those shared (TERRITORY) by others of the viewer's region (nation-wide analysts:
   * by other nation-wide analysts). Another's PRIVATE query is never listed.
   */
  savedQueries?: Maybe<SavedQueryConnection>;
  /** Сохранённый запрос по id with its history; null when there is none or the viewer may not see it (another's PRIVATE query). */
  savedQuery?: Maybe<SavedQuery>;
  /**
   * Статистика для аналитиков (issue 11): counts of organizations, staff, young specialists, mentors, mentees, pairs and
   * programmes of a region or a municipality on a date, grouped by territory, form, status and year — one SQL statement
   * over registry's and mentoring's published views whatever the number of territories. Give exactly one of regionCode
   * and municipalityId. A dimension that does not apply to the measure, or one given twice, is refused (BAD_USER_INPUT).
   * Counts of people outside the viewer's working territory are suppressed when 1–4 and rounded to base 5 otherwise.
   */
  statistics?: Maybe<StatisticsTable>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerycampaignAnswerSummaryArgs = {
  acceptedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  campaignId: Scalars['UUID']['input'];
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerycampaignCompletionArgs = {
  campaignId: Scalars['UUID']['input'];
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerycampaignOverdueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  campaignId: Scalars['UUID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  level: CampaignLevel;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerycampaignSubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['UUID']['input'];
  filter?: InputMaybe<CampaignSubmissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryindicatorArgs = {
  code: Scalars['String']['input'];
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryindicatorReportArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
  level: TerritoryLevel;
  territoryId: Scalars['UUID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryindicatorSeriesArgs = {
  code: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  level: TerritoryLevel;
  territoryId: Scalars['UUID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryindicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerymonitoringCampaignArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerymonitoringCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MonitoringCampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerysavedQueriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SavedQueryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerysavedQueryArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them; monitoring campaigns (мониторинг) with their forms and submissions; сохранённые запросы (saved queries) of the analysts' workbench with the библиотека запросов.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerystatisticsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  groupBy?: InputMaybe<Array<StatisticDimension>>;
  level?: InputMaybe<TerritoryLevel>;
  measure: StatisticMeasure;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** Субъект РФ, as analytics sees it: its indicator targets and values. */
export type Region = {
  __typename?: 'Region';
  /** Identifier of the region in the registry. */
  id: Scalars['ID']['output'];
  /** Плановые значения показателей of the region, optionally for one year; an empty list when there are none, null when the analytics domain did not answer (the error names this path). */
  indicatorTargets?: Maybe<Array<IndicatorTarget>>;
  /** Показатели региона: every indicator of the catalogue (or those named), plan against fact on the date; null when the analytics domain did not answer. */
  indicators?: Maybe<Array<IndicatorValue>>;
};


/** Субъект РФ, as analytics sees it: its indicator targets and values. */
export type RegionindicatorTargetsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Субъект РФ, as analytics sees it: its indicator targets and values. */
export type RegionindicatorsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Файл отчёта (report file): an indicator report as a spreadsheet. */
export type ReportFile = {
  __typename?: 'ReportFile';
  /** Содержимое файла, base64. */
  contentBase64: Scalars['String']['output'];
  /** MIME type (тип содержимого). */
  contentType: Scalars['String']['output'];
  /** Имя файла, e.g. «Ключевые показатели — Смоленская область — 2026-11-23.xlsx». */
  fileName: Scalars['String']['output'];
  /** Число строк показателей (rows without the header). */
  rowCount: Scalars['Int']['output'];
};

/** Формат файла отчёта (report file format). */
export type ReportFormat =
  /** CSV для Excel: UTF-8 with BOM, semicolon-separated, CRLF. */
  | 'CSV'
  /** Книга Excel (XLSX): one sheet, header row first, every cell a plain string. */
  | 'XLSX';

/** Достигнутое значение as reported: a figure printed in a document or aggregated from a monitoring campaign. */
export type ReportedFigure = {
  __typename?: 'ReportedFigure';
  /** Дата, when the source gives one. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Мониторинг, for a figure aggregated from a campaign's accepted answers. */
  campaign?: Maybe<Scalars['String']['output']>;
  /** Происхождение записи. */
  dataOrigin: DataOrigin;
  /** Верхняя граница of the figure; null where the text gives none. */
  high?: Maybe<Scalars['Float']['output']>;
  /** Нижняя граница of the figure (1 = да for a milestone); null where the text gives none. */
  low?: Maybe<Scalars['Float']['output']>;
  /** As printed or answered, e.g. «60-80%», «не более 25%», «с 2021 года». */
  printed: Scalars['String']['output'];
  /** Источник: the passage of the document; for a campaign figure, the passage describing the campaign (null for users' campaigns). */
  source?: Maybe<Source>;
  /** Год, when the source gives one. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Новый сохранённый запрос. */
export type SaveQueryInput = {
  /** Описание (до 2000 символов; up to 2000 characters); empty when omitted. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Название (до 200 символов; up to 200 characters; not blank). */
  name: Scalars['String']['input'];
  /** Имя операции (до 200 символов; up to 200 characters): one of the document's operations; required when it has several. */
  operationName?: InputMaybe<Scalars['String']['input']>;
  /** Текст запроса (до 20000 символов; up to 20000 characters): a GraphQL document with at least one operation and no type definitions. */
  query: Scalars['String']['input'];
  /** Кому виден: PRIVATE when omitted. */
  sharing?: InputMaybe<SavedQuerySharing>;
  /** Переменные (до 20000 символов; up to 20000 characters): JSON text of an object; "{}" when omitted. */
  variables?: InputMaybe<Scalars['String']['input']>;
};

/** Сохранённый запрос (saved query): a named GraphQL operation with its variables, for the analyst's workbench. */
export type SavedQuery = {
  __typename?: 'SavedQuery';
  /** Автор: the subject of the author's token; null for the библиотека запросов. */
  author?: Maybe<Scalars['String']['output']>;
  /** Роль автора (e.g. ANALYST); null for the библиотека запросов. */
  authorRole?: Maybe<Scalars['String']['output']>;
  /** Когда сохранён: ISO 8601 instant. */
  createdAt: Scalars['String']['output'];
  /** Описание: what the query answers; empty when none. */
  description: Scalars['String']['output'];
  /** Можно ли изменить: true for the viewer's own queries, false for shared and library ones. */
  editable: Scalars['Boolean']['output'];
  /**
   * История изменений (who changed what), oldest first; empty for the library, whose history is the product's. Others than
   * the author see only the revisions made while the query was shared (TERRITORY): what was private stays private.
   */
  history: Array<SavedQueryRevision>;
  /** Stable identifier. */
  id: Scalars['UUID']['output'];
  /** Название запроса. */
  name: Scalars['String']['output'];
  /** Имя операции to run; null when the document has a single operation and none was named. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** Откуда запрос, as the viewer sees it: LIBRARY, OWN or SHARED. */
  origin: SavedQueryOrigin;
  /** Текст запроса: a GraphQL document with at least one operation. */
  query: Scalars['String']['output'];
  /** Территория: the code of the author's region the query is shared within; null for nation-wide authors and the library. */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** Кому виден: PRIVATE or TERRITORY (library queries: TERRITORY, seen by every signed-in role). */
  sharing: SavedQuerySharing;
  /** Источник: for the библиотека запросов, the seed question the query answers; null for users' queries. */
  source?: Maybe<Scalars['String']['output']>;
  /** Когда изменён последний раз: ISO 8601 instant. */
  updatedAt: Scalars['String']['output'];
  /** Переменные: JSON text of an object, "{}" when none. */
  variables: Scalars['String']['output'];
  /** Версия записи for optimistic locking: pass it to updateSavedQuery and deleteSavedQuery. */
  version: Scalars['Int']['output'];
};

/** Что сделано с сохранённым запросом (a revision's action). */
export type SavedQueryAction =
  /** Создан (saveQuery). */
  | 'CREATED'
  /** Удалён (deleteSavedQuery): the query left every list. */
  | 'DELETED'
  /** Изменён (updateSavedQuery). */
  | 'UPDATED';

/** Изменения сохранённого запроса: only the given fields change; null leaves a field as it is, except operationName, which null clears. */
export type SavedQueryChanges = {
  /** Описание (до 2000 символов; up to 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Название (до 200 символов; up to 200 characters; not blank). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Имя операции (до 200 символов; up to 200 characters): one of the document's operations; null clears it (allowed for a single operation). */
  operationName?: InputMaybe<Scalars['String']['input']>;
  /** Текст запроса (до 20000 символов; up to 20000 characters): a GraphQL document with at least one operation. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Кому виден. */
  sharing?: InputMaybe<SavedQuerySharing>;
  /** Переменные (до 20000 символов; up to 20000 characters): JSON text of an object. */
  variables?: InputMaybe<Scalars['String']['input']>;
};

/** A page of saved queries. */
export type SavedQueryConnection = {
  __typename?: 'SavedQueryConnection';
  /** Saved queries of this page with their cursors. */
  edges: Array<SavedQueryEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of saved queries matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A saved query with its cursor. */
export type SavedQueryEdge = {
  __typename?: 'SavedQueryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The saved query. */
  node: SavedQuery;
};

/** Отбор сохранённых запросов; all given conditions must hold. */
export type SavedQueryFilter = {
  /** Откуда запрос: LIBRARY, OWN or SHARED. */
  origin?: InputMaybe<SavedQueryOrigin>;
  /** Поиск (2–100 characters): case-insensitive, in the name or the description. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Откуда сохранённый запрос, as the viewer sees it. */
export type SavedQueryOrigin =
  /** Библиотека запросов: a ready query shipped with the product; read-only, visible to every signed-in role. */
  | 'LIBRARY'
  /** Свой: saved by the viewer (the same token subject and role). */
  | 'OWN'
  /** Общий: shared (TERRITORY) by another user of the viewer's region. */
  | 'SHARED';

/** Изменение сохранённого запроса (revision): who changed what and the values after the change. */
export type SavedQueryRevision = {
  __typename?: 'SavedQueryRevision';
  /** Что сделано. */
  action: SavedQueryAction;
  /** Когда: ISO 8601 instant. */
  changedAt: Scalars['String']['output'];
  /** Кто: the subject of the token. */
  changedBy: Scalars['String']['output'];
  /** В какой роли (e.g. ANALYST). */
  changedByRole: Scalars['String']['output'];
  /** Изменённые поля (name, description, query, operationName, variables, sharing); every field on creation, none on deletion. */
  changedFields: Array<Scalars['String']['output']>;
  /** Описание после изменения. */
  description: Scalars['String']['output'];
  /** Название после изменения. */
  name: Scalars['String']['output'];
  /** Имя операции после изменения. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** Текст запроса после изменения. */
  query: Scalars['String']['output'];
  /** Кому виден после изменения. */
  sharing: SavedQuerySharing;
  /** Переменные после изменения (JSON text of an object). */
  variables: Scalars['String']['output'];
  /** Версия запроса after this change (a deletion: the version it ended with, plus one). */
  version: Scalars['Int']['output'];
};

/** Кому виден сохранённый запрос. */
export type SavedQuerySharing =
  /** Личный: only its author. */
  | 'PRIVATE'
  /** Для территории: every signed-in user of the author's region (nation-wide authors: every nation-wide analyst). */
  | 'TERRITORY';

/** Срез (point of a series): an indicator's value for a territory on a date, as the snapshot job computed it, or the live value that ends `IndicatorValue.series`. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** На дату. */
  asOf: Scalars['Date']['output'];
  /** Знаменатель; null when suppressed. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Числитель; null when suppressed. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Скрыто (small cell). */
  suppressed: Scalars['Boolean']['output'];
  /** Значение; null when suppressed or nothing to count. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Источник (source) of a catalogue entry or seed record: the document, its clause and the document's own words, verbatim. */
export type Source = {
  __typename?: 'Source';
  /** Раздел, пункт, таблица или слайд документа. */
  clause: Scalars['String']['output'];
  /** Документ-источник: its title as printed, e.g. the order of the отдел образования of Знаменский район № 96-Д. */
  document: Scalars['String']['output'];
  /** Цитата: the document's own words, verbatim; «…» marks words left out. */
  quote: Scalars['String']['output'];
};

/** Разрез (dimension) a statistics table groups by. */
export type StatisticDimension =
  /** Форма наставничества (PAIRS, PROGRAMMES, MENTORS, MENTEES): a person in pairs of two forms counts in each. */
  | 'FORM'
  /** Статус на дату (ORGANIZATIONS: внедрение модели; PROGRAMMES: идёт или завершена). */
  | 'STATUS'
  /** Территория: one row per region, municipality or organization of the scope at the requested level, also those counting zero. */
  | 'TERRITORY'
  /** Год начала (PAIRS, PROGRAMMES): the year the pair or programme started. */
  | 'YEAR';

/** Форма наставничества as mentoring publishes it. */
export type StatisticForm = {
  __typename?: 'StatisticForm';
  /** Код формы (mentoring's MentoringFormCode), e.g. TEACHER_TEACHER. */
  code: Scalars['String']['output'];
  /** Наименование формы, as the seeds print it, e.g. «педагог — педагог». */
  name: Scalars['String']['output'];
};

/** Что считается (measure) в статистике: organizations, or people, pairs and programmes on the date. */
export type StatisticMeasure =
  /** Наставляемые: people mentored in a pair or group running on the date, counted where they work or study. Dimensions: TERRITORY, FORM. */
  | 'MENTEES'
  /** Наставники: people mentoring in a pair or group running on the date, counted where they work (as the indicators count participation). Dimensions: TERRITORY, FORM. */
  | 'MENTORS'
  /** Организации (ОО и другие организации реестра) of the territory; never suppressed. Dimensions: TERRITORY, STATUS. */
  | 'ORGANIZATIONS'
  /** Наставнические пары и группы, действующие на дату (active on the date, also those completed or terminated since), counted at the pair's organization. Dimensions: TERRITORY, FORM, YEAR. */
  | 'PAIRS'
  /** Персонализированные программы наставничества begun by the date, counted at the pair's organization; a programme belongs to one pair, so it counts people too. Dimensions: TERRITORY, FORM, STATUS, YEAR. */
  | 'PROGRAMMES'
  /** Работники (staff) employed on the date, each person once. Dimensions: TERRITORY. */
  | 'STAFF'
  /** Молодые специалисты (seed 000): педагогические работники в возрасте до 35 лет со стажем работы менее 3 лет, on the date, as the indicator YOUNG_TEACHERS_UNDER_35_COVERED counts them. Dimensions: TERRITORY. */
  | 'YOUNG_SPECIALISTS';

/** Строка статистики (row): one combination of the grouped dimensions and its count. */
export type StatisticRow = {
  __typename?: 'StatisticRow';
  /** Число (count): exact for organizations and for roles that see the people of this row's territory; for a count of people (all measures but ORGANIZATIONS) для ролей, не видящих людей этой территории, округлено до 5 (rounded to base 5: 0 stays 0, 5–7 → 5, 8–12 → 10, halves up; see rounded); null when suppressed. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Форма наставничества, when grouped by FORM; null for pairs of a project that names no form (менторские пары «500+»). */
  form?: Maybe<StatisticForm>;
  /** Муниципальное образование, when grouped by TERRITORY at level MUNICIPALITY or ORGANIZATION. */
  municipality?: Maybe<Municipality>;
  /** Почему скрыто, or null. */
  note?: Maybe<Scalars['String']['output']>;
  /** Организация, when grouped by TERRITORY at level ORGANIZATION. */
  organization?: Maybe<Organization>;
  /** Субъект РФ of the row, when grouped by TERRITORY (at every level). */
  region?: Maybe<Region>;
  /** Округлено (rounded): count is a count of people shown rounded to base 5, because the viewer may not see the people of this row's territory; false when the count is exact or suppressed. */
  rounded: Scalars['Boolean']['output'];
  /** Статус на дату, when grouped by STATUS. */
  status?: Maybe<StatisticStatus>;
  /** Скрыто (suppressed): a count of people of 1–4 outside the viewer's working territory, or a further cell hidden so the first cannot be computed from the total (see note). */
  suppressed: Scalars['Boolean']['output'];
  /** Год начала, when grouped by YEAR. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Статус на дату in a statistics row: of an organization's mentoring system, or of a programme. */
export type StatisticStatus =
  /** Программа завершена: its period ended before the date. */
  | 'ENDED'
  /** Организация внедряет модель: положение о наставничестве утверждено приказом и назначен куратор by the date. */
  | 'IMPLEMENTS_MODEL'
  /** Положение о наставничестве не утверждено by the date (or nothing recorded). */
  | 'NO_REGULATION'
  /** Положение утверждено, куратора нет on the date. */
  | 'REGULATION_ONLY'
  /** Программа идёт: the date lies within its period. */
  | 'RUNNING';

/** Итого (total) of a statistics table: everyone in the scope counted once. */
export type StatisticTotal = {
  __typename?: 'StatisticTotal';
  /** Число: exact for organizations and for roles that see the people of the scope; for a count of people для ролей, не видящих людей этой территории, округлено до 5 (rounded to base 5, independently of the rows, so the rows need not add up to it); null when suppressed. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Почему скрыто, or null. */
  note?: Maybe<Scalars['String']['output']>;
  /** Округлено (rounded): count is a count of people shown rounded to base 5; false when exact or suppressed. */
  rounded: Scalars['Boolean']['output'];
  /** Скрыто: a count of people of 1–4 outside the viewer's working territory, or a total that would expose a hidden row. */
  suppressed: Scalars['Boolean']['output'];
};

/** Таблица статистики (statistics table): counts grouped by the requested dimensions on one date. */
export type StatisticsTable = {
  __typename?: 'StatisticsTable';
  /** На дату (as of). */
  asOf: Scalars['Date']['output'];
  /** Разрезы, in the order asked. */
  groupBy: Array<StatisticDimension>;
  /** Уровень территории of the TERRITORY rows. */
  level: TerritoryLevel;
  /** Что считается. */
  measure: StatisticMeasure;
  /** Муниципальное образование of the scope, when the table is of one municipality. */
  municipality?: Maybe<Municipality>;
  /** Субъект РФ of the scope. */
  region: Region;
  /**
   * Строки: ordered by territory, form, status, year. Counts of people of 1–4 are suppressed outside the viewer's working
   * territory; when that leaves one hidden cell, or hidden cells summing to under 5, the next smallest count of people is
   * hidden too, so no hidden cell can be computed from this table's total and shown rows. Across tables (the same
   * territory grouped by [TERRITORY] and by [TERRITORY, FORM] or [TERRITORY, YEAR], or a hidden cell's territory asked on
   * its own) every other count of people outside the viewer's working territory is rounded to base 5, each row and the
   * total on its own (rounded): the difference of two such counts is uncertain by up to 4 either way, so subtracting
   * one table from another no longer gives a hidden count exactly. Roles that see the people of the territory get exact
   * counts (rounded false).
   */
  rows: Array<StatisticRow>;
  /** Итого по области отбора (scope), each person, pair or organization once. */
  total: StatisticTotal;
};

/** Вид организации, которой адресован мониторинг (the registry's kinds of educational organization). */
export type TargetOrganizationKind =
  /** Организация дополнительного образования. */
  | 'ADDITIONAL_EDUCATION'
  /** Общеобразовательная организация (школа). */
  | 'GENERAL_EDUCATION'
  /** Дошкольная образовательная организация. */
  | 'PRESCHOOL'
  /** Профессиональная образовательная организация (СПО). */
  | 'VOCATIONAL';

/** Уровень территории (territory level). */
export type TerritoryLevel =
  /** Муниципальное образование. */
  | 'MUNICIPALITY'
  /** Организация. */
  | 'ORGANIZATION'
  /** Субъект РФ. */
  | 'REGION';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Indicator: Indicator;
  Municipality: Municipality;
  Organization: Organization;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Indicator:
    ( { __typename: 'Indicator' }
    & GraphQLRecursivePick<FederationTypes['Indicator'], {"code":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CampaignAnswer: ResolverTypeWrapper<CampaignAnswerMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CampaignAnswerAggregate: ResolverTypeWrapper<Omit<CampaignAnswerAggregate, 'municipality'> & { municipality?: Maybe<ResolversTypes['Municipality']> }>;
  CampaignAnswerInput: CampaignAnswerInput;
  CampaignAnswerSummary: ResolverTypeWrapper<CampaignAnswerSummaryMapper>;
  CampaignChoiceCount: ResolverTypeWrapper<CampaignChoiceCount>;
  CampaignCompletion: ResolverTypeWrapper<CampaignCompletionMapper>;
  CampaignCompletionRow: ResolverTypeWrapper<Omit<CampaignCompletionRow, 'municipality'> & { municipality?: Maybe<ResolversTypes['Municipality']> }>;
  CampaignLevel: ResolverTypeWrapper<'ORGANIZATION' | 'COORDINATOR' | 'OPERATOR'>;
  CampaignQuestion: ResolverTypeWrapper<CampaignQuestionMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CampaignQuestionInput: CampaignQuestionInput;
  CampaignQuestionKind: ResolverTypeWrapper<'NUMBER' | 'PERCENT' | 'YES_NO' | 'CHOICE' | 'TEXT' | 'URL' | 'FILE_LINK'>;
  CampaignQuestionSummary: ResolverTypeWrapper<CampaignQuestionSummaryMapper>;
  CampaignSubmission: ResolverTypeWrapper<CampaignSubmissionMapper>;
  CampaignSubmissionConnection: ResolverTypeWrapper<Omit<CampaignSubmissionConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignSubmissionEdge']> }>;
  CampaignSubmissionEdge: ResolverTypeWrapper<Omit<CampaignSubmissionEdge, 'node'> & { node: ResolversTypes['CampaignSubmission'] }>;
  CampaignSubmissionFilter: CampaignSubmissionFilter;
  CampaignSubmissionStatus: ResolverTypeWrapper<'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED_BY_COORDINATOR' | 'ACCEPTED_BY_OPERATOR'>;
  DataOrigin: ResolverTypeWrapper<'SEED' | 'SYNTHETIC' | 'ENTERED'>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorMapper>;
  IndicatorAggregation: ResolverTypeWrapper<'SHARE_YES' | 'SUM' | 'AVERAGE'>;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorEdge']> }>;
  IndicatorDirection: ResolverTypeWrapper<'INCREASE' | 'DECREASE' | 'ACHIEVE'>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorFormula: ResolverTypeWrapper<IndicatorFormula>;
  IndicatorMethod: ResolverTypeWrapper<'COMPUTED' | 'REPORTED' | 'MILESTONE'>;
  IndicatorReport: ResolverTypeWrapper<IndicatorReportMapper>;
  IndicatorReportRow: ResolverTypeWrapper<IndicatorReportRowMapper>;
  IndicatorSeries: ResolverTypeWrapper<Omit<IndicatorSeries, 'current' | 'indicator'> & { current: ResolversTypes['IndicatorValue'], indicator: ResolversTypes['Indicator'] }>;
  IndicatorTarget: ResolverTypeWrapper<IndicatorTargetMapper>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueMapper>;
  MonitoringCampaign: ResolverTypeWrapper<MonitoringCampaignMapper>;
  MonitoringCampaignConnection: ResolverTypeWrapper<Omit<MonitoringCampaignConnection, 'edges'> & { edges: Array<ResolversTypes['MonitoringCampaignEdge']> }>;
  MonitoringCampaignEdge: ResolverTypeWrapper<Omit<MonitoringCampaignEdge, 'node'> & { node: ResolversTypes['MonitoringCampaign'] }>;
  MonitoringCampaignFilter: MonitoringCampaignFilter;
  MonitoringCampaignInput: MonitoringCampaignInput;
  MonitoringCampaignStatus: ResolverTypeWrapper<'DRAFT' | 'OPEN' | 'CLOSED'>;
  Municipality: ResolverTypeWrapper<MunicipalityMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlanStatus: ResolverTypeWrapper<'ACHIEVED' | 'ON_TRACK' | 'BEHIND' | 'NO_TARGET' | 'NO_DATA'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  ReportFile: ResolverTypeWrapper<ReportFile>;
  ReportFormat: ResolverTypeWrapper<'XLSX' | 'CSV'>;
  ReportedFigure: ResolverTypeWrapper<Omit<ReportedFigure, 'dataOrigin'> & { dataOrigin: ResolversTypes['DataOrigin'] }>;
  SaveQueryInput: SaveQueryInput;
  SavedQuery: ResolverTypeWrapper<SavedQueryMapper>;
  SavedQueryAction: ResolverTypeWrapper<'CREATED' | 'UPDATED' | 'DELETED'>;
  SavedQueryChanges: SavedQueryChanges;
  SavedQueryConnection: ResolverTypeWrapper<Omit<SavedQueryConnection, 'edges'> & { edges: Array<ResolversTypes['SavedQueryEdge']> }>;
  SavedQueryEdge: ResolverTypeWrapper<Omit<SavedQueryEdge, 'node'> & { node: ResolversTypes['SavedQuery'] }>;
  SavedQueryFilter: SavedQueryFilter;
  SavedQueryOrigin: ResolverTypeWrapper<'LIBRARY' | 'OWN' | 'SHARED'>;
  SavedQueryRevision: ResolverTypeWrapper<SavedQueryRevisionMapper>;
  SavedQuerySharing: ResolverTypeWrapper<'PRIVATE' | 'TERRITORY'>;
  SeriesPoint: ResolverTypeWrapper<SeriesPoint>;
  Source: ResolverTypeWrapper<Source>;
  StatisticDimension: ResolverTypeWrapper<'TERRITORY' | 'FORM' | 'STATUS' | 'YEAR'>;
  StatisticForm: ResolverTypeWrapper<StatisticForm>;
  StatisticMeasure: ResolverTypeWrapper<'ORGANIZATIONS' | 'STAFF' | 'YOUNG_SPECIALISTS' | 'MENTORS' | 'MENTEES' | 'PAIRS' | 'PROGRAMMES'>;
  StatisticRow: ResolverTypeWrapper<Omit<StatisticRow, 'municipality' | 'organization' | 'region' | 'status'> & { municipality?: Maybe<ResolversTypes['Municipality']>, organization?: Maybe<ResolversTypes['Organization']>, region?: Maybe<ResolversTypes['Region']>, status?: Maybe<ResolversTypes['StatisticStatus']> }>;
  StatisticStatus: ResolverTypeWrapper<'IMPLEMENTS_MODEL' | 'REGULATION_ONLY' | 'NO_REGULATION' | 'RUNNING' | 'ENDED'>;
  StatisticTotal: ResolverTypeWrapper<StatisticTotal>;
  StatisticsTable: ResolverTypeWrapper<Omit<StatisticsTable, 'groupBy' | 'level' | 'measure' | 'municipality' | 'region' | 'rows'> & { groupBy: Array<ResolversTypes['StatisticDimension']>, level: ResolversTypes['TerritoryLevel'], measure: ResolversTypes['StatisticMeasure'], municipality?: Maybe<ResolversTypes['Municipality']>, region: ResolversTypes['Region'], rows: Array<ResolversTypes['StatisticRow']> }>;
  TargetOrganizationKind: ResolverTypeWrapper<'GENERAL_EDUCATION' | 'ADDITIONAL_EDUCATION' | 'VOCATIONAL' | 'PRESCHOOL'>;
  TerritoryLevel: ResolverTypeWrapper<'REGION' | 'MUNICIPALITY' | 'ORGANIZATION'>;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CampaignAnswer: CampaignAnswerMapper;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  CampaignAnswerAggregate: Omit<CampaignAnswerAggregate, 'municipality'> & { municipality?: Maybe<ResolversParentTypes['Municipality']> };
  CampaignAnswerInput: CampaignAnswerInput;
  CampaignAnswerSummary: CampaignAnswerSummaryMapper;
  CampaignChoiceCount: CampaignChoiceCount;
  CampaignCompletion: CampaignCompletionMapper;
  CampaignCompletionRow: Omit<CampaignCompletionRow, 'municipality'> & { municipality?: Maybe<ResolversParentTypes['Municipality']> };
  CampaignQuestion: CampaignQuestionMapper;
  ID: Scalars['ID']['output'];
  CampaignQuestionInput: CampaignQuestionInput;
  CampaignQuestionSummary: CampaignQuestionSummaryMapper;
  CampaignSubmission: CampaignSubmissionMapper;
  CampaignSubmissionConnection: Omit<CampaignSubmissionConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignSubmissionEdge']> };
  CampaignSubmissionEdge: Omit<CampaignSubmissionEdge, 'node'> & { node: ResolversParentTypes['CampaignSubmission'] };
  CampaignSubmissionFilter: CampaignSubmissionFilter;
  Date: Scalars['Date']['output'];
  Indicator: IndicatorMapper;
  IndicatorConnection: Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorEdge']> };
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorFormula: IndicatorFormula;
  IndicatorReport: IndicatorReportMapper;
  IndicatorReportRow: IndicatorReportRowMapper;
  IndicatorSeries: Omit<IndicatorSeries, 'current' | 'indicator'> & { current: ResolversParentTypes['IndicatorValue'], indicator: ResolversParentTypes['Indicator'] };
  IndicatorTarget: IndicatorTargetMapper;
  IndicatorValue: IndicatorValueMapper;
  MonitoringCampaign: MonitoringCampaignMapper;
  MonitoringCampaignConnection: Omit<MonitoringCampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['MonitoringCampaignEdge']> };
  MonitoringCampaignEdge: Omit<MonitoringCampaignEdge, 'node'> & { node: ResolversParentTypes['MonitoringCampaign'] };
  MonitoringCampaignFilter: MonitoringCampaignFilter;
  MonitoringCampaignInput: MonitoringCampaignInput;
  Municipality: MunicipalityMapper;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapper;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  ReportFile: ReportFile;
  ReportedFigure: ReportedFigure;
  SaveQueryInput: SaveQueryInput;
  SavedQuery: SavedQueryMapper;
  SavedQueryChanges: SavedQueryChanges;
  SavedQueryConnection: Omit<SavedQueryConnection, 'edges'> & { edges: Array<ResolversParentTypes['SavedQueryEdge']> };
  SavedQueryEdge: Omit<SavedQueryEdge, 'node'> & { node: ResolversParentTypes['SavedQuery'] };
  SavedQueryFilter: SavedQueryFilter;
  SavedQueryRevision: SavedQueryRevisionMapper;
  SeriesPoint: SeriesPoint;
  Source: Source;
  StatisticForm: StatisticForm;
  StatisticRow: Omit<StatisticRow, 'municipality' | 'organization' | 'region'> & { municipality?: Maybe<ResolversParentTypes['Municipality']>, organization?: Maybe<ResolversParentTypes['Organization']>, region?: Maybe<ResolversParentTypes['Region']> };
  StatisticTotal: StatisticTotal;
  StatisticsTable: Omit<StatisticsTable, 'municipality' | 'region' | 'rows'> & { municipality?: Maybe<ResolversParentTypes['Municipality']>, region: ResolversParentTypes['Region'], rows: Array<ResolversParentTypes['StatisticRow']> };
  UUID: Scalars['UUID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type accessDirectiveArgs = {
  because?: Maybe<Scalars['String']['input']>;
  roles: Array<Scalars['String']['input']>;
};

export type accessDirectiveResolver<Result, Parent, ContextType = Context, Args = accessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type maxLengthDirectiveArgs = {
  max: Scalars['Int']['input'];
};

export type maxLengthDirectiveResolver<Result, Parent, ContextType = Context, Args = maxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CampaignAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignAnswer'] = ResolversParentTypes['CampaignAnswer']> = ResolversObject<{
  choice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['CampaignQuestion'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  yes?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type CampaignAnswerAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignAnswerAggregate'] = ResolversParentTypes['CampaignAnswerAggregate']> = ResolversObject<{
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  choices?: Resolver<Array<ResolversTypes['CampaignChoiceCount']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  municipalityOktmo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  no?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  yes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yesShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CampaignAnswerSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignAnswerSummary'] = ResolversParentTypes['CampaignAnswerSummary']> = ResolversObject<{
  acceptedOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['MonitoringCampaign'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['CampaignQuestionSummary']>, ParentType, ContextType>;
}>;

export type CampaignChoiceCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignChoiceCount'] = ResolversParentTypes['CampaignChoiceCount']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  option?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CampaignCompletionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignCompletion'] = ResolversParentTypes['CampaignCompletion']> = ResolversObject<{
  campaign?: Resolver<ResolversTypes['MonitoringCampaign'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['CampaignCompletionRow']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['CampaignCompletionRow'], ParentType, ContextType>;
}>;

export type CampaignCompletionRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignCompletionRow'] = ResolversParentTypes['CampaignCompletionRow']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  acceptedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  municipalityOktmo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targeted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignLevelResolvers = EnumResolverSignature<{ COORDINATOR?: any, OPERATOR?: any, ORGANIZATION?: any }, ResolversTypes['CampaignLevel']>;

export type CampaignQuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignQuestion'] = ResolversParentTypes['CampaignQuestion']> = ResolversObject<{
  aggregation?: Resolver<Maybe<ResolversTypes['IndicatorAggregation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CampaignQuestionKind'], ParentType, ContextType>;
  maxLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CampaignQuestionKindResolvers = EnumResolverSignature<{ CHOICE?: any, FILE_LINK?: any, NUMBER?: any, PERCENT?: any, TEXT?: any, URL?: any, YES_NO?: any }, ResolversTypes['CampaignQuestionKind']>;

export type CampaignQuestionSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignQuestionSummary'] = ResolversParentTypes['CampaignQuestionSummary']> = ResolversObject<{
  municipalities?: Resolver<Array<ResolversTypes['CampaignAnswerAggregate']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['CampaignQuestion'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['CampaignAnswerAggregate'], ParentType, ContextType>;
}>;

export type CampaignSubmissionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignSubmission'] = ResolversParentTypes['CampaignSubmission']> = ResolversObject<{
  answers?: Resolver<Array<ResolversTypes['CampaignAnswer']>, ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['MonitoringCampaign'], ParentType, ContextType>;
  coordinatorAcceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  operatorAcceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  returnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignSubmissionStatus'], ParentType, ContextType>;
  submittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignSubmissionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignSubmissionConnection'] = ResolversParentTypes['CampaignSubmissionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CampaignSubmissionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignSubmissionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignSubmissionEdge'] = ResolversParentTypes['CampaignSubmissionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignSubmission'], ParentType, ContextType>;
}>;

export type CampaignSubmissionStatusResolvers = EnumResolverSignature<{ ACCEPTED_BY_COORDINATOR?: any, ACCEPTED_BY_OPERATOR?: any, DRAFT?: any, NOT_STARTED?: any, RETURNED?: any, SUBMITTED?: any }, ResolversTypes['CampaignSubmissionStatus']>;

export type DataOriginResolvers = EnumResolverSignature<{ ENTERED?: any, SEED?: any, SYNTHETIC?: any }, ResolversTypes['DataOrigin']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'], FederationReferenceType extends FederationReferenceTypes['Indicator'] = FederationReferenceTypes['Indicator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alsoIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['IndicatorDirection'], ParentType, ContextType>;
  formula?: Resolver<Maybe<ResolversTypes['IndicatorFormula']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['IndicatorMethod'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['IndicatorTarget']>, ParentType, ContextType, Partial<IndicatortargetsArgs>>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IndicatorAggregationResolvers = EnumResolverSignature<{ AVERAGE?: any, SHARE_YES?: any, SUM?: any }, ResolversTypes['IndicatorAggregation']>;

export type IndicatorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IndicatorDirectionResolvers = EnumResolverSignature<{ ACHIEVE?: any, DECREASE?: any, INCREASE?: any }, ResolversTypes['IndicatorDirection']>;

export type IndicatorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
}>;

export type IndicatorFormulaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorFormula'] = ResolversParentTypes['IndicatorFormula']> = ResolversObject<{
  asOfRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reads?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IndicatorMethodResolvers = EnumResolverSignature<{ COMPUTED?: any, MILESTONE?: any, REPORTED?: any }, ResolversTypes['IndicatorMethod']>;

export type IndicatorReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorReport'] = ResolversParentTypes['IndicatorReport']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['ReportFile'], ParentType, ContextType, RequireFields<IndicatorReportfileArgs, 'format'>>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['IndicatorReportRow']>, ParentType, ContextType>;
  territoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IndicatorReportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorReportRow'] = ResolversParentTypes['IndicatorReportRow']> = ResolversObject<{
  achieved?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['IndicatorValue'], ParentType, ContextType>;
}>;

export type IndicatorSeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorSeries'] = ResolversParentTypes['IndicatorSeries']> = ResolversObject<{
  current?: Resolver<ResolversTypes['IndicatorValue'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType>;
}>;

export type IndicatorTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorTarget'] = ResolversParentTypes['IndicatorTarget']> = ResolversObject<{
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IndicatorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['IndicatorMethod'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  projected?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  reported?: Resolver<Array<ResolversTypes['ReportedFigure']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType, Partial<IndicatorValueseriesArgs>>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['IndicatorTarget']>, ParentType, ContextType>;
  unknown?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MonitoringCampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringCampaign'] = ResolversParentTypes['MonitoringCampaign']> = ResolversObject<{
  coordinatorDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  operatorDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  organizationDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  participationIndicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['CampaignQuestion']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MonitoringCampaignStatus'], ParentType, ContextType>;
  targetKinds?: Resolver<Array<ResolversTypes['TargetOrganizationKind']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MonitoringCampaignConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringCampaignConnection'] = ResolversParentTypes['MonitoringCampaignConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MonitoringCampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MonitoringCampaignEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringCampaignEdge'] = ResolversParentTypes['MonitoringCampaignEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MonitoringCampaign'], ParentType, ContextType>;
}>;

export type MonitoringCampaignStatusResolvers = EnumResolverSignature<{ CLOSED?: any, DRAFT?: any, OPEN?: any }, ResolversTypes['MonitoringCampaignStatus']>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorTargets?: Resolver<Maybe<Array<ResolversTypes['IndicatorTarget']>>, ParentType, ContextType, Partial<MunicipalityindicatorTargetsArgs>>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, Partial<MunicipalityindicatorsArgs>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptCampaignSubmission?: Resolver<ResolversTypes['CampaignSubmission'], ParentType, ContextType, RequireFields<MutationacceptCampaignSubmissionArgs, 'id' | 'version'>>;
  closeMonitoringCampaign?: Resolver<ResolversTypes['MonitoringCampaign'], ParentType, ContextType, RequireFields<MutationcloseMonitoringCampaignArgs, 'id' | 'version'>>;
  createMonitoringCampaign?: Resolver<ResolversTypes['MonitoringCampaign'], ParentType, ContextType, RequireFields<MutationcreateMonitoringCampaignArgs, 'input'>>;
  deleteSavedQuery?: Resolver<ResolversTypes['UUID'], ParentType, ContextType, RequireFields<MutationdeleteSavedQueryArgs, 'id' | 'version'>>;
  openMonitoringCampaign?: Resolver<ResolversTypes['MonitoringCampaign'], ParentType, ContextType, RequireFields<MutationopenMonitoringCampaignArgs, 'id' | 'version'>>;
  rebuildIndicatorSnapshot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<MutationrebuildIndicatorSnapshotArgs, 'asOf'>>;
  returnCampaignSubmission?: Resolver<ResolversTypes['CampaignSubmission'], ParentType, ContextType, RequireFields<MutationreturnCampaignSubmissionArgs, 'id' | 'reason' | 'version'>>;
  saveCampaignAnswers?: Resolver<ResolversTypes['CampaignSubmission'], ParentType, ContextType, RequireFields<MutationsaveCampaignAnswersArgs, 'answers' | 'campaignId' | 'organizationId'>>;
  saveQuery?: Resolver<ResolversTypes['SavedQuery'], ParentType, ContextType, RequireFields<MutationsaveQueryArgs, 'input'>>;
  submitCampaignSubmission?: Resolver<ResolversTypes['CampaignSubmission'], ParentType, ContextType, RequireFields<MutationsubmitCampaignSubmissionArgs, 'id' | 'version'>>;
  updateSavedQuery?: Resolver<ResolversTypes['SavedQuery'], ParentType, ContextType, RequireFields<MutationupdateSavedQueryArgs, 'changes' | 'id' | 'version'>>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, Partial<OrganizationindicatorsArgs>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlanStatusResolvers = EnumResolverSignature<{ ACHIEVED?: any, BEHIND?: any, NO_DATA?: any, NO_TARGET?: any, ON_TRACK?: any }, ResolversTypes['PlanStatus']>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  campaignAnswerSummary?: Resolver<Maybe<ResolversTypes['CampaignAnswerSummary']>, ParentType, ContextType, RequireFields<QuerycampaignAnswerSummaryArgs, 'campaignId'>>;
  campaignCompletion?: Resolver<Maybe<ResolversTypes['CampaignCompletion']>, ParentType, ContextType, RequireFields<QuerycampaignCompletionArgs, 'campaignId'>>;
  campaignOverdue?: Resolver<Maybe<ResolversTypes['CampaignSubmissionConnection']>, ParentType, ContextType, RequireFields<QuerycampaignOverdueArgs, 'campaignId' | 'level'>>;
  campaignSubmissions?: Resolver<Maybe<ResolversTypes['CampaignSubmissionConnection']>, ParentType, ContextType, RequireFields<QuerycampaignSubmissionsArgs, 'campaignId'>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryindicatorArgs, 'code'>>;
  indicatorReport?: Resolver<Maybe<ResolversTypes['IndicatorReport']>, ParentType, ContextType, RequireFields<QueryindicatorReportArgs, 'level' | 'territoryId'>>;
  indicatorSeries?: Resolver<Maybe<ResolversTypes['IndicatorSeries']>, ParentType, ContextType, RequireFields<QueryindicatorSeriesArgs, 'code' | 'level' | 'territoryId'>>;
  indicators?: Resolver<Maybe<ResolversTypes['IndicatorConnection']>, ParentType, ContextType, Partial<QueryindicatorsArgs>>;
  monitoringCampaign?: Resolver<Maybe<ResolversTypes['MonitoringCampaign']>, ParentType, ContextType, RequireFields<QuerymonitoringCampaignArgs, 'id'>>;
  monitoringCampaigns?: Resolver<Maybe<ResolversTypes['MonitoringCampaignConnection']>, ParentType, ContextType, Partial<QuerymonitoringCampaignsArgs>>;
  savedQueries?: Resolver<Maybe<ResolversTypes['SavedQueryConnection']>, ParentType, ContextType, Partial<QuerysavedQueriesArgs>>;
  savedQuery?: Resolver<Maybe<ResolversTypes['SavedQuery']>, ParentType, ContextType, RequireFields<QuerysavedQueryArgs, 'id'>>;
  statistics?: Resolver<Maybe<ResolversTypes['StatisticsTable']>, ParentType, ContextType, RequireFields<QuerystatisticsArgs, 'measure'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorTargets?: Resolver<Maybe<Array<ResolversTypes['IndicatorTarget']>>, ParentType, ContextType, Partial<RegionindicatorTargetsArgs>>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, Partial<RegionindicatorsArgs>>;
}>;

export type ReportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportFile'] = ResolversParentTypes['ReportFile']> = ResolversObject<{
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportFormatResolvers = EnumResolverSignature<{ CSV?: any, XLSX?: any }, ResolversTypes['ReportFormat']>;

export type ReportedFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportedFigure'] = ResolversParentTypes['ReportedFigure']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  printed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SavedQueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedQuery'] = ResolversParentTypes['SavedQuery']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authorRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['SavedQueryRevision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['SavedQueryOrigin'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['SavedQuerySharing'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variables?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SavedQueryActionResolvers = EnumResolverSignature<{ CREATED?: any, DELETED?: any, UPDATED?: any }, ResolversTypes['SavedQueryAction']>;

export type SavedQueryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedQueryConnection'] = ResolversParentTypes['SavedQueryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SavedQueryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SavedQueryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedQueryEdge'] = ResolversParentTypes['SavedQueryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SavedQuery'], ParentType, ContextType>;
}>;

export type SavedQueryOriginResolvers = EnumResolverSignature<{ LIBRARY?: any, OWN?: any, SHARED?: any }, ResolversTypes['SavedQueryOrigin']>;

export type SavedQueryRevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedQueryRevision'] = ResolversParentTypes['SavedQueryRevision']> = ResolversObject<{
  action?: Resolver<ResolversTypes['SavedQueryAction'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedByRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['SavedQuerySharing'], ParentType, ContextType>;
  variables?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SavedQuerySharingResolvers = EnumResolverSignature<{ PRIVATE?: any, TERRITORY?: any }, ResolversTypes['SavedQuerySharing']>;

export type SeriesPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StatisticDimensionResolvers = EnumResolverSignature<{ FORM?: any, STATUS?: any, TERRITORY?: any, YEAR?: any }, ResolversTypes['StatisticDimension']>;

export type StatisticFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticForm'] = ResolversParentTypes['StatisticForm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StatisticMeasureResolvers = EnumResolverSignature<{ MENTEES?: any, MENTORS?: any, ORGANIZATIONS?: any, PAIRS?: any, PROGRAMMES?: any, STAFF?: any, YOUNG_SPECIALISTS?: any }, ResolversTypes['StatisticMeasure']>;

export type StatisticRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticRow'] = ResolversParentTypes['StatisticRow']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['StatisticForm']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  rounded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatisticStatus']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type StatisticStatusResolvers = EnumResolverSignature<{ ENDED?: any, IMPLEMENTS_MODEL?: any, NO_REGULATION?: any, REGULATION_ONLY?: any, RUNNING?: any }, ResolversTypes['StatisticStatus']>;

export type StatisticTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticTotal'] = ResolversParentTypes['StatisticTotal']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rounded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StatisticsTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticsTable'] = ResolversParentTypes['StatisticsTable']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  groupBy?: Resolver<Array<ResolversTypes['StatisticDimension']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['StatisticMeasure'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['StatisticRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['StatisticTotal'], ParentType, ContextType>;
}>;

export type TargetOrganizationKindResolvers = EnumResolverSignature<{ ADDITIONAL_EDUCATION?: any, GENERAL_EDUCATION?: any, PRESCHOOL?: any, VOCATIONAL?: any }, ResolversTypes['TargetOrganizationKind']>;

export type TerritoryLevelResolvers = EnumResolverSignature<{ MUNICIPALITY?: any, ORGANIZATION?: any, REGION?: any }, ResolversTypes['TerritoryLevel']>;

export interface UUIDScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  CampaignAnswer?: CampaignAnswerResolvers<ContextType>;
  CampaignAnswerAggregate?: CampaignAnswerAggregateResolvers<ContextType>;
  CampaignAnswerSummary?: CampaignAnswerSummaryResolvers<ContextType>;
  CampaignChoiceCount?: CampaignChoiceCountResolvers<ContextType>;
  CampaignCompletion?: CampaignCompletionResolvers<ContextType>;
  CampaignCompletionRow?: CampaignCompletionRowResolvers<ContextType>;
  CampaignLevel?: CampaignLevelResolvers;
  CampaignQuestion?: CampaignQuestionResolvers<ContextType>;
  CampaignQuestionKind?: CampaignQuestionKindResolvers;
  CampaignQuestionSummary?: CampaignQuestionSummaryResolvers<ContextType>;
  CampaignSubmission?: CampaignSubmissionResolvers<ContextType>;
  CampaignSubmissionConnection?: CampaignSubmissionConnectionResolvers<ContextType>;
  CampaignSubmissionEdge?: CampaignSubmissionEdgeResolvers<ContextType>;
  CampaignSubmissionStatus?: CampaignSubmissionStatusResolvers;
  DataOrigin?: DataOriginResolvers;
  Date?: GraphQLScalarType;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorAggregation?: IndicatorAggregationResolvers;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorDirection?: IndicatorDirectionResolvers;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorFormula?: IndicatorFormulaResolvers<ContextType>;
  IndicatorMethod?: IndicatorMethodResolvers;
  IndicatorReport?: IndicatorReportResolvers<ContextType>;
  IndicatorReportRow?: IndicatorReportRowResolvers<ContextType>;
  IndicatorSeries?: IndicatorSeriesResolvers<ContextType>;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  MonitoringCampaign?: MonitoringCampaignResolvers<ContextType>;
  MonitoringCampaignConnection?: MonitoringCampaignConnectionResolvers<ContextType>;
  MonitoringCampaignEdge?: MonitoringCampaignEdgeResolvers<ContextType>;
  MonitoringCampaignStatus?: MonitoringCampaignStatusResolvers;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlanStatus?: PlanStatusResolvers;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReportFile?: ReportFileResolvers<ContextType>;
  ReportFormat?: ReportFormatResolvers;
  ReportedFigure?: ReportedFigureResolvers<ContextType>;
  SavedQuery?: SavedQueryResolvers<ContextType>;
  SavedQueryAction?: SavedQueryActionResolvers;
  SavedQueryConnection?: SavedQueryConnectionResolvers<ContextType>;
  SavedQueryEdge?: SavedQueryEdgeResolvers<ContextType>;
  SavedQueryOrigin?: SavedQueryOriginResolvers;
  SavedQueryRevision?: SavedQueryRevisionResolvers<ContextType>;
  SavedQuerySharing?: SavedQuerySharingResolvers;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StatisticDimension?: StatisticDimensionResolvers;
  StatisticForm?: StatisticFormResolvers<ContextType>;
  StatisticMeasure?: StatisticMeasureResolvers;
  StatisticRow?: StatisticRowResolvers<ContextType>;
  StatisticStatus?: StatisticStatusResolvers;
  StatisticTotal?: StatisticTotalResolvers<ContextType>;
  StatisticsTable?: StatisticsTableResolvers<ContextType>;
  TargetOrganizationKind?: TargetOrganizationKindResolvers;
  TerritoryLevel?: TerritoryLevelResolvers;
  UUID?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: accessDirectiveResolver<any, any, ContextType>;
  maxLength?: maxLengthDirectiveResolver<any, any, ContextType>;
}>;
