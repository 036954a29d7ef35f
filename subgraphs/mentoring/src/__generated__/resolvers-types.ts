import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MentoringPair as MentoringPairEntity } from '../modules/pairs/pair.entity.js';
import type { MentoringForm as MentoringFormEntity } from '../modules/forms/form.entity.js';
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
  /** Календарная дата (calendar date) in ISO 8601 form YYYY-MM-DD. */
  Date: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Форма наставничества: a role model in which a mentor and mentees work together. */
export type MentoringForm = {
  __typename?: 'MentoringForm';
  /** Code of the form. */
  code: MentoringFormCode;
  /** Definition of the form from the regulation (положение). */
  description: Scalars['String']['output'];
  /** Наименование формы, e.g. «учитель – учитель». */
  name: Scalars['String']['output'];
};

/** Код формы наставничества (role model of the target model). */
export type MentoringFormCode =
  /** Работодатель – ученик. */
  | 'EMPLOYER_PUPIL'
  /** Работодатель – студент. */
  | 'EMPLOYER_STUDENT'
  /** Руководитель – руководитель (менторские пары проекта «500+»). */
  | 'HEAD_HEAD'
  /** Руководитель образовательной организации – педагог (учитель). */
  | 'HEAD_TEACHER'
  /** Ученик – ученик. */
  | 'PUPIL_PUPIL'
  /** Студент – ученик. */
  | 'STUDENT_PUPIL'
  /** Учитель – учитель. */
  | 'TEACHER_TEACHER'
  /** Педагог – молодой педагог. */
  | 'TEACHER_YOUNG_TEACHER';

/** Наставническая пара или группа: one mentor and one or more mentees working under a personalised programme. */
export type MentoringPair = {
  __typename?: 'MentoringPair';
  /** Форма наставничества. */
  form: MentoringForm;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Образовательная организация where the pair works. */
  organization: Organization;
  /** Плановая дата завершения. */
  plannedEndDate?: Maybe<Scalars['Date']['output']>;
  /** Дата начала (start of the programme). */
  startDate: Scalars['Date']['output'];
  /** Статус пары/группы. */
  status: MentoringPairStatus;
};

/** A page of mentoring pairs. */
export type MentoringPairConnection = {
  __typename?: 'MentoringPairConnection';
  /** Pairs of this page with their cursors. */
  edges: Array<MentoringPairEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of pairs matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A mentoring pair with its cursor. */
export type MentoringPairEdge = {
  __typename?: 'MentoringPairEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The pair or group. */
  node: MentoringPair;
};

/** Filter of mentoring pairs; all given conditions must hold. */
export type MentoringPairFilter = {
  /** Форма наставничества. */
  form?: InputMaybe<MentoringFormCode>;
  /** Организация (registry id). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Статус пары/группы. */
  status?: InputMaybe<MentoringPairStatus>;
};

/** Статус наставнической пары/группы (lifecycle: draft → active → completed | terminated). */
export type MentoringPairStatus =
  /** Действует: assigned by order, programme under way. */
  | 'ACTIVE'
  /** Завершена: programme completed. */
  | 'COMPLETED'
  /** Черновик: pair being formed, no order yet. */
  | 'DRAFT'
  /** Прекращена досрочно. */
  | 'TERMINATED';

/** Организация, as the mentoring domain sees it: its pairs and groups. */
export type Organization = {
  __typename?: 'Organization';
  /** Число действующих наставнических пар/групп (status ACTIVE); an aggregate, public. */
  activeMentoringPairCount: Scalars['Int']['output'];
  /** Identifier of the organization in the registry. */
  id: Scalars['ID']['output'];
  /** Наставнические пары и группы of the organization, newest start first; FORBIDDEN outside the viewer's territory. */
  mentoringPairs: MentoringPairConnection;
};


/** Организация, as the mentoring domain sees it: its pairs and groups. */
export type OrganizationMentoringPairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MentoringPairStatus>;
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
 * Наставничество (mentoring): формы наставничества, наставнические пары и группы.
 * Forms (role models), mentoring pairs and groups, and what they add to organizations.
 */
export type Query = {
  __typename?: 'Query';
  /** Формы наставничества (role models) of the target model, in catalogue order. */
  mentoringForms: Array<MentoringForm>;
  /** Наставническая пара или группа по id, if it lies in the viewer's territory. */
  mentoringPair?: Maybe<MentoringPair>;
  /** Наставнические пары и группы in the viewer's territory, filtered, newest start first. */
  mentoringPairs: MentoringPairConnection;
};


/**
 * Наставничество (mentoring): формы наставничества, наставнические пары и группы.
 * Forms (role models), mentoring pairs and groups, and what they add to organizations.
 */
export type QueryMentoringPairArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Наставничество (mentoring): формы наставничества, наставнические пары и группы.
 * Forms (role models), mentoring pairs and groups, and what they add to organizations.
 */
export type QueryMentoringPairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentoringPairFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  MentoringPair: MentoringPair;
  Organization: Organization;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  MentoringPair:
    ( { __typename: 'MentoringPair' }
    & GraphQLRecursivePick<FederationTypes['MentoringPair'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  MentoringForm: ResolverTypeWrapper<MentoringFormEntity>;
  MentoringFormCode: MentoringFormCode;
  MentoringPair: ResolverTypeWrapper<MentoringPairEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  MentoringPairConnection: ResolverTypeWrapper<Omit<MentoringPairConnection, 'edges'> & { edges: Array<ResolversTypes['MentoringPairEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MentoringPairEdge: ResolverTypeWrapper<Omit<MentoringPairEdge, 'node'> & { node: ResolversTypes['MentoringPair'] }>;
  MentoringPairFilter: MentoringPairFilter;
  MentoringPairStatus: MentoringPairStatus;
  Organization: ResolverTypeWrapper<EntityReferenceEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  MentoringForm: MentoringFormEntity;
  MentoringPair: MentoringPairEntity;
  ID: Scalars['ID']['output'];
  MentoringPairConnection: Omit<MentoringPairConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentoringPairEdge']> };
  Int: Scalars['Int']['output'];
  MentoringPairEdge: Omit<MentoringPairEdge, 'node'> & { node: ResolversParentTypes['MentoringPair'] };
  MentoringPairFilter: MentoringPairFilter;
  Organization: EntityReferenceEntity;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
}>;

export type AccessDirectiveArgs = {
  roles: Array<Scalars['String']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = Context, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type MentoringFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringForm'] = ResolversParentTypes['MentoringForm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['MentoringFormCode'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MentoringPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringPair'] = ResolversParentTypes['MentoringPair'], FederationReferenceType extends FederationReferenceTypes['MentoringPair'] = FederationReferenceTypes['MentoringPair']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MentoringPair']> | FederationReferenceType, FederationReferenceType, ContextType>;
  form?: Resolver<ResolversTypes['MentoringForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  plannedEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MentoringPairStatus'], ParentType, ContextType>;
}>;

export type MentoringPairConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringPairConnection'] = ResolversParentTypes['MentoringPairConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MentoringPairEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MentoringPairEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringPairEdge'] = ResolversParentTypes['MentoringPairEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MentoringPair'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMentoringPairCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentoringPairs?: Resolver<ResolversTypes['MentoringPairConnection'], ParentType, ContextType, Partial<OrganizationMentoringPairsArgs>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  mentoringForms?: Resolver<Array<ResolversTypes['MentoringForm']>, ParentType, ContextType>;
  mentoringPair?: Resolver<Maybe<ResolversTypes['MentoringPair']>, ParentType, ContextType, RequireFields<QueryMentoringPairArgs, 'id'>>;
  mentoringPairs?: Resolver<ResolversTypes['MentoringPairConnection'], ParentType, ContextType, Partial<QueryMentoringPairsArgs>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  MentoringForm?: MentoringFormResolvers<ContextType>;
  MentoringPair?: MentoringPairResolvers<ContextType>;
  MentoringPairConnection?: MentoringPairConnectionResolvers<ContextType>;
  MentoringPairEdge?: MentoringPairEdgeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
