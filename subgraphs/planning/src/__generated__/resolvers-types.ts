import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Roadmap as RoadmapEntity } from '../modules/roadmaps/roadmap.entity.js';
import type { RoadmapItem as RoadmapItemEntity } from '../modules/roadmaps/roadmap-item.entity.js';
import type { EntityReference as EntityReferenceEntity } from '@mentoring/platform';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/** Муниципальное образование, as the planning domain sees it: its municipal roadmaps. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Identifier of the municipality in the registry. */
  id: Scalars['ID']['output'];
  /** Муниципальные дорожные карты, oldest first; an empty list when there are none, null when the planning domain did not answer (the error names this path). */
  roadmaps?: Maybe<Array<Roadmap>>;
};

/** Организация, as the planning domain sees it. */
export type Organization = {
  __typename?: 'Organization';
  /** Identifier of the organization in the registry. */
  id: Scalars['ID']['output'];
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
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации.
 * Roadmaps at region, municipality and organization level with their items.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type Query = {
  __typename?: 'Query';
  /** Дорожная карта по id. */
  roadmap?: Maybe<Roadmap>;
  /** Дорожные карты, filtered, ordered by start year and title. */
  roadmaps?: Maybe<RoadmapConnection>;
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации.
 * Roadmaps at region, municipality and organization level with their items.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryRoadmapArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации.
 * Roadmaps at region, municipality and organization level with their items.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryRoadmapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoadmapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Субъект РФ, as the planning domain sees it: its regional roadmaps. */
export type Region = {
  __typename?: 'Region';
  /** Identifier of the region in the registry. */
  id: Scalars['ID']['output'];
  /** Региональные дорожные карты, oldest first; an empty list when there are none, null when the planning domain did not answer (the error names this path). */
  roadmaps?: Maybe<Array<Roadmap>>;
};

/** План мероприятий («дорожная карта») по внедрению целевой модели наставничества. */
export type Roadmap = {
  __typename?: 'Roadmap';
  /** Утверждена: приказ (order) that approved the roadmap, as written. */
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** Год окончания периода. */
  endYear: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Мероприятия in their numbered order (a roadmap holds tens of items, so this is a plain list). */
  items: Array<RoadmapItem>;
  /** Уровень: регион, муниципалитет или организация. */
  level: RoadmapLevel;
  /** Муниципальное образование, for a municipal roadmap. */
  municipality?: Maybe<Municipality>;
  /** Организация, for an organization's roadmap. */
  organization?: Maybe<Organization>;
  /** Субъект РФ, for a regional roadmap. */
  region?: Maybe<Region>;
  /** Год начала периода. */
  startYear: Scalars['Int']['output'];
  /** Наименование дорожной карты. */
  title: Scalars['String']['output'];
};

/** A page of roadmaps. */
export type RoadmapConnection = {
  __typename?: 'RoadmapConnection';
  /** Roadmaps of this page with their cursors. */
  edges: Array<RoadmapEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of roadmaps matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A roadmap with its cursor. */
export type RoadmapEdge = {
  __typename?: 'RoadmapEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The roadmap. */
  node: Roadmap;
};

/** Filter of roadmaps; all given conditions must hold. */
export type RoadmapFilter = {
  /** Уровень дорожной карты. */
  level?: InputMaybe<RoadmapLevel>;
  /** Roadmaps whose period includes this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Мероприятие дорожной карты. */
export type RoadmapItem = {
  __typename?: 'RoadmapItem';
  /** Наименование мероприятия. */
  activity: Scalars['String']['output'];
  /** Крайний срок as a date, when the schedule has one. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Ожидаемый результат. */
  expectedResult?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** № п/п within the roadmap. */
  number: Scalars['Int']['output'];
  /** Ответственный (responsible body or person). */
  responsible: Scalars['String']['output'];
  /** Срок исполнения as written in the plan (e.g. «Ежеквартально в течение 2022 года», «постоянно»). */
  schedule: Scalars['String']['output'];
  /** Статус выполнения. */
  status: RoadmapItemStatus;
};

/** Статус мероприятия дорожной карты. */
export type RoadmapItemStatus =
  /** Выполнено. */
  | 'DONE'
  /** Выполняется. */
  | 'IN_PROGRESS'
  /** Не выполнено в срок. */
  | 'NOT_DONE'
  /** Запланировано. */
  | 'PLANNED';

/** Уровень дорожной карты: whose plan it is. */
export type RoadmapLevel =
  /** Муниципальная дорожная карта (план мероприятий ОМСУ). */
  | 'MUNICIPALITY'
  /** Дорожная карта образовательной организации. */
  | 'ORGANIZATION'
  /** Региональная дорожная карта (субъект РФ). */
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
  Municipality: Municipality;
  Region: Region;
  Roadmap: Roadmap;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true}> );
  Roadmap:
    ( { __typename: 'Roadmap' }
    & GraphQLRecursivePick<FederationTypes['Roadmap'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Municipality: ResolverTypeWrapper<EntityReferenceEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Organization: ResolverTypeWrapper<EntityReferenceEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Region: ResolverTypeWrapper<EntityReferenceEntity>;
  Roadmap: ResolverTypeWrapper<RoadmapEntity>;
  RoadmapConnection: ResolverTypeWrapper<Omit<RoadmapConnection, 'edges'> & { edges: Array<ResolversTypes['RoadmapEdge']> }>;
  RoadmapEdge: ResolverTypeWrapper<Omit<RoadmapEdge, 'node'> & { node: ResolversTypes['Roadmap'] }>;
  RoadmapFilter: RoadmapFilter;
  RoadmapItem: ResolverTypeWrapper<RoadmapItemEntity>;
  RoadmapItemStatus: RoadmapItemStatus;
  RoadmapLevel: RoadmapLevel;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  Municipality: EntityReferenceEntity;
  ID: Scalars['ID']['output'];
  Organization: EntityReferenceEntity;
  PageInfo: PageInfo;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Region: EntityReferenceEntity;
  Roadmap: RoadmapEntity;
  RoadmapConnection: Omit<RoadmapConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoadmapEdge']> };
  RoadmapEdge: Omit<RoadmapEdge, 'node'> & { node: ResolversParentTypes['Roadmap'] };
  RoadmapFilter: RoadmapFilter;
  RoadmapItem: RoadmapItemEntity;
  UUID: Scalars['UUID']['output'];
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roadmaps?: Resolver<Maybe<Array<ResolversTypes['Roadmap']>>, ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'id'>>;
  roadmaps?: Resolver<Maybe<ResolversTypes['RoadmapConnection']>, ParentType, ContextType, Partial<QueryRoadmapsArgs>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roadmaps?: Resolver<Maybe<Array<ResolversTypes['Roadmap']>>, ParentType, ContextType>;
}>;

export type RoadmapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap'], FederationReferenceType extends FederationReferenceTypes['Roadmap'] = FederationReferenceTypes['Roadmap']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Roadmap']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RoadmapLevel'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoadmapConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoadmapConnection'] = ResolversParentTypes['RoadmapConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RoadmapEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoadmapEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoadmapEdge'] = ResolversParentTypes['RoadmapEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
}>;

export type RoadmapItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoadmapItem'] = ResolversParentTypes['RoadmapItem']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expectedResult?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responsible?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RoadmapItemStatus'], ParentType, ContextType>;
}>;

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  Municipality?: MunicipalityResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  RoadmapConnection?: RoadmapConnectionResolvers<ContextType>;
  RoadmapEdge?: RoadmapEdgeResolvers<ContextType>;
  RoadmapItem?: RoadmapItemResolvers<ContextType>;
  UUID?: GraphQLScalarType;
}>;

