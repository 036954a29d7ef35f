import type { GraphQLResolveInfo } from 'graphql';
import type { IndicatorMapper, IndicatorTargetMapper } from './../modules/indicators/schema.mappers.js';
import type { MunicipalityMapper, RegionMapper } from './../modules/territories/schema.mappers.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** Показатель внедрения целевой модели наставничества (indicator), from the regional and municipal plans. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Код показателя. */
  code: Scalars['String']['output'];
  /** Желаемое направление. */
  direction: IndicatorDirection;
  /** Наименование показателя as in the source document. */
  name: Scalars['String']['output'];
  /** Как получается значение. */
  source: IndicatorSource;
  /** Плановые значения by territory and year, oldest year first. */
  targets: Array<IndicatorTarget>;
  /** Единица измерения (%, да/нет …). */
  unit: Scalars['String']['output'];
};


/** Показатель внедрения целевой модели наставничества (indicator), from the regional and municipal plans. */
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

/** Как получается значение показателя (how a value is obtained). */
export type IndicatorSource =
  /** Вычисляется из данных системы (computed from live data). */
  | 'COMPUTED'
  /** Контрольная точка: achieved or not by a date (milestone). */
  | 'MILESTONE'
  /** Предоставляется через мониторинг (reported in a monitoring campaign). */
  | 'REPORTED';

/** Плановое значение показателя for one territory and year. */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
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
  /** Плановое значение (for % indicators, percent 0–100); null for a milestone without a number. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Год. */
  year: Scalars['Int']['output'];
};

/** Муниципальное образование, as analytics sees it: its indicator targets. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Identifier of the municipality in the registry. */
  id: Scalars['ID']['output'];
  /** Плановые значения показателей of the municipality, optionally for one year; an empty list when there are none, null when the analytics domain did not answer (the error names this path). */
  indicatorTargets?: Maybe<Array<IndicatorTarget>>;
};


/** Муниципальное образование, as analytics sees it: its indicator targets. */
export type MunicipalityindicatorTargetsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
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

/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue and targets per territory and year.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type Query = {
  __typename?: 'Query';
  /** Показатель по коду. */
  indicator?: Maybe<Indicator>;
  /** Каталог показателей, ordered by code. */
  indicators?: Maybe<IndicatorConnection>;
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue and targets per territory and year.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryindicatorArgs = {
  code: Scalars['String']['input'];
};


/**
 * Аналитика (analytics): показатели внедрения целевой модели наставничества и их плановые значения.
 * The indicator catalogue and targets per territory and year.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryindicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Субъект РФ, as analytics sees it: its indicator targets. */
export type Region = {
  __typename?: 'Region';
  /** Identifier of the region in the registry. */
  id: Scalars['ID']['output'];
  /** Плановые значения показателей of the region, optionally for one year; an empty list when there are none, null when the analytics domain did not answer (the error names this path). */
  indicatorTargets?: Maybe<Array<IndicatorTarget>>;
};


/** Субъект РФ, as analytics sees it: its indicator targets. */
export type RegionindicatorTargetsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

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
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Indicator: ResolverTypeWrapper<IndicatorMapper>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorEdge']> }>;
  IndicatorDirection: ResolverTypeWrapper<'INCREASE' | 'DECREASE' | 'ACHIEVE'>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorSource: ResolverTypeWrapper<'COMPUTED' | 'REPORTED' | 'MILESTONE'>;
  IndicatorTarget: ResolverTypeWrapper<IndicatorTargetMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityMapper>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Indicator: IndicatorMapper;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  IndicatorConnection: Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorEdge']> };
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorTarget: IndicatorTargetMapper;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Municipality: MunicipalityMapper;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
}>;

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'], FederationReferenceType extends FederationReferenceTypes['Indicator'] = FederationReferenceTypes['Indicator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['IndicatorDirection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IndicatorSource'], ParentType, ContextType>;
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

export type IndicatorSourceResolvers = EnumResolverSignature<{ COMPUTED?: any, MILESTONE?: any, REPORTED?: any }, ResolversTypes['IndicatorSource']>;

export type IndicatorTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorTarget'] = ResolversParentTypes['IndicatorTarget']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorTargets?: Resolver<Maybe<Array<ResolversTypes['IndicatorTarget']>>, ParentType, ContextType, Partial<MunicipalityindicatorTargetsArgs>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryindicatorArgs, 'code'>>;
  indicators?: Resolver<Maybe<ResolversTypes['IndicatorConnection']>, ParentType, ContextType, Partial<QueryindicatorsArgs>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorTargets?: Resolver<Maybe<Array<ResolversTypes['IndicatorTarget']>>, ParentType, ContextType, Partial<RegionindicatorTargetsArgs>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorDirection?: IndicatorDirectionResolvers;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorSource?: IndicatorSourceResolvers;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
}>;

