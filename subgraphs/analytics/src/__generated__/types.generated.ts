import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IndicatorMapper, IndicatorTargetMapper } from './../modules/indicators/schema.mappers.js';
import type { IndicatorValueMapper, ReportedFigureMapper } from './../modules/values/schema.mappers.js';
import type { MunicipalityMapper, OrganizationMapper, RegionMapper } from './../modules/territories/schema.mappers.js';
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
  /** Наименование показателя, word for word as the source document prints it. */
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
  /** Знаменатель (out of what); null when suppressed or not computed. */
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
  /** Почему нет значения (suppression, nothing to count, not computed), or null. */
  note?: Maybe<Scalars['String']['output']>;
  /** Числитель (what was counted); null when suppressed or not computed. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Организация, when the value is an organization's. */
  organization?: Maybe<Organization>;
  /** Прогноз (projection) at the end of the target year from the series; null when achieved or not computed. */
  projected?: Maybe<Scalars['Float']['output']>;
  /** Субъект РФ, when the value is a region's. */
  region?: Maybe<Region>;
  /** Достигнутое значение as reported (monitoring, documents), with its source: beside the computed value, never mixed in. */
  reported: Array<ReportedFigure>;
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

/** Изменения аналитики. Each mutation is atomic. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Пересчитать срез (rebuild the snapshot) of every computed indicator for every territory on a past date, from the other domains' as-of views; answers the number of values written. The quarterly job does this by itself. */
  rebuildIndicatorSnapshot?: Maybe<Scalars['Int']['output']>;
};


/** Изменения аналитики. Each mutation is atomic. */
export type MutationrebuildIndicatorSnapshotArgs = {
  asOf: Scalars['Date']['input'];
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
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them, statistics and reports.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type Query = {
  __typename?: 'Query';
  /** Показатель по коду. */
  indicator?: Maybe<Indicator>;
  /** Ряд значений (series) of an indicator for a territory: quarterly snapshots from `from` to `to`, then the live value on `to`. */
  indicatorSeries?: Maybe<IndicatorSeries>;
  /** Каталог показателей (indicator catalogue), in catalogue order: seed 000, the Smolensk roadmap thresholds, seed 004. */
  indicators?: Maybe<IndicatorConnection>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them, statistics and reports.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryindicatorArgs = {
  code: Scalars['String']['input'];
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them, statistics and reports.
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
 * The indicator catalogue in the seeds' words, targets per territory and year, values computed from the other domains' published views with plan against fact, reported figures beside them, statistics and reports.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryindicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** Источник: the passage of the document; null for a campaign figure. */
  source?: Maybe<Source>;
  /** Год, when the source gives one. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Срез: an indicator's value for a territory on a date, as the snapshot job computed it. */
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
  DataOrigin: ResolverTypeWrapper<'SEED' | 'SYNTHETIC' | 'ENTERED'>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorEdge']> }>;
  IndicatorDirection: ResolverTypeWrapper<'INCREASE' | 'DECREASE' | 'ACHIEVE'>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorFormula: ResolverTypeWrapper<IndicatorFormula>;
  IndicatorMethod: ResolverTypeWrapper<'COMPUTED' | 'REPORTED' | 'MILESTONE'>;
  IndicatorSeries: ResolverTypeWrapper<Omit<IndicatorSeries, 'current' | 'indicator'> & { current: ResolversTypes['IndicatorValue'], indicator: ResolversTypes['Indicator'] }>;
  IndicatorTarget: ResolverTypeWrapper<IndicatorTargetMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlanStatus: ResolverTypeWrapper<'ACHIEVED' | 'ON_TRACK' | 'BEHIND' | 'NO_TARGET' | 'NO_DATA'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  ReportedFigure: ResolverTypeWrapper<ReportedFigureMapper>;
  SeriesPoint: ResolverTypeWrapper<SeriesPoint>;
  Source: ResolverTypeWrapper<Source>;
  TerritoryLevel: ResolverTypeWrapper<'REGION' | 'MUNICIPALITY' | 'ORGANIZATION'>;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  Indicator: IndicatorMapper;
  Int: Scalars['Int']['output'];
  IndicatorConnection: Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorEdge']> };
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorFormula: IndicatorFormula;
  IndicatorSeries: Omit<IndicatorSeries, 'current' | 'indicator'> & { current: ResolversParentTypes['IndicatorValue'], indicator: ResolversParentTypes['Indicator'] };
  IndicatorTarget: IndicatorTargetMapper;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  IndicatorValue: IndicatorValueMapper;
  Boolean: Scalars['Boolean']['output'];
  Municipality: MunicipalityMapper;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapper;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  ReportedFigure: ReportedFigureMapper;
  SeriesPoint: SeriesPoint;
  Source: Source;
  UUID: Scalars['UUID']['output'];
  String: Scalars['String']['output'];
}>;

export type accessDirectiveArgs = {
  because?: Maybe<Scalars['String']['input']>;
  roles: Array<Scalars['String']['input']>;
};

export type accessDirectiveResolver<Result, Parent, ContextType = Context, Args = accessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

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
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['IndicatorTarget']>, ParentType, ContextType>;
  unknown?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorTargets?: Resolver<Maybe<Array<ResolversTypes['IndicatorTarget']>>, ParentType, ContextType, Partial<MunicipalityindicatorTargetsArgs>>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, Partial<MunicipalityindicatorsArgs>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  rebuildIndicatorSnapshot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<MutationrebuildIndicatorSnapshotArgs, 'asOf'>>;
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
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryindicatorArgs, 'code'>>;
  indicatorSeries?: Resolver<Maybe<ResolversTypes['IndicatorSeries']>, ParentType, ContextType, RequireFields<QueryindicatorSeriesArgs, 'code' | 'level' | 'territoryId'>>;
  indicators?: Resolver<Maybe<ResolversTypes['IndicatorConnection']>, ParentType, ContextType, Partial<QueryindicatorsArgs>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorTargets?: Resolver<Maybe<Array<ResolversTypes['IndicatorTarget']>>, ParentType, ContextType, Partial<RegionindicatorTargetsArgs>>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, Partial<RegionindicatorsArgs>>;
}>;

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

export type TerritoryLevelResolvers = EnumResolverSignature<{ MUNICIPALITY?: any, ORGANIZATION?: any, REGION?: any }, ResolversTypes['TerritoryLevel']>;

export interface UUIDScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  DataOrigin?: DataOriginResolvers;
  Date?: GraphQLScalarType;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorDirection?: IndicatorDirectionResolvers;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorFormula?: IndicatorFormulaResolvers<ContextType>;
  IndicatorMethod?: IndicatorMethodResolvers;
  IndicatorSeries?: IndicatorSeriesResolvers<ContextType>;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlanStatus?: PlanStatusResolvers;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReportedFigure?: ReportedFigureResolvers<ContextType>;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  TerritoryLevel?: TerritoryLevelResolvers;
  UUID?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: accessDirectiveResolver<any, any, ContextType>;
}>;
