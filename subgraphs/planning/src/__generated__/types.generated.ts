import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CalendarEntryMapper } from './../modules/calendars/schema.mappers.js';
import type { ContestMapper, ContestApplicationMapper, ContestJurorMapper, ContestNominationMapper, ContestPracticeProposalMapper, ContestScoreMapper, ContestStageMapper, MentoringPairMapper, PracticeMapper } from './../modules/contests/schema.mappers.js';
import type { EventMapper, EventOrganizationParticipationMapper, EventParticipationMapper, EventParticipationsMapper, PersonMapper } from './../modules/events/schema.mappers.js';
import type { MunicipalityMapper, OrganizationMapper, RegionMapper, RoadmapMapper, RoadmapItemMapper } from './../modules/roadmaps/schema.mappers.js';
import type { ReportSubmissionMapper, ReportingObligationMapper, SubmissionSummaryMapper, TerritorySubmissionStateMapper } from './../modules/submissions/schema.mappers.js';
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

/** Запись календаря (calendar entry): an event on its dates, a roadmap item's deadline, or a reporting obligation's due date. */
export type CalendarEntry = {
  __typename?: 'CalendarEntry';
  /** Выполнено: a deadline whose item (a recurring item: that occurrence) has a valid completion record, or a due date every municipality concerned has a valid submission for; false for events. */
  completed: Scalars['Boolean']['output'];
  /** Описание: the event's description, the roadmap item's expected result, or (REPORT_DUE) the submission state in words; null when none is given. */
  description?: Maybe<Scalars['String']['output']>;
  /** Дата окончания (an event's last day; a deadline's or due date's day). */
  endDate: Scalars['Date']['output'];
  /** Мероприятие, for an EVENT entry; null for a deadline. */
  event?: Maybe<Event>;
  /** Формат проведения of an event; null for deadlines, due dates and where the source does not say. */
  format?: Maybe<EventFormat>;
  /** Stable identifier: the same entry has the same id in every calendar and in the iCalendar feed (its UID). */
  id: Scalars['ID']['output'];
  /** Вид: EVENT, DEADLINE or REPORT_DUE. */
  kind: CalendarEntryKind;
  /**
   * Последнее изменение (last modified, ISO 8601 timestamp) as the iCalendar feed's LAST-MODIFIED: for a deadline the
   * latest completion record's recording or withdrawal; for a due date the obligation's last edit or a submission's
   * recording or withdrawal, whichever is later; null when nothing is known (events keep no change time).
   */
  lastModified?: Maybe<Scalars['String']['output']>;
  /** Муниципальное образование the entry belongs to; null for a regional one (a region's REPORT_DUE entry included). */
  municipality?: Maybe<Municipality>;
  /** Организация whose roadmap or event it is; null for a regional or municipal one. */
  organization?: Maybe<Organization>;
  /** Просрочено: a deadline before today with no valid completion record, or a due date before today with a submission missing; false for events and for deadlines met or to come. */
  overdue: Scalars['Boolean']['output'];
  /** Открытое мероприятие: true for an event open to all; false for other events, deadlines and due dates. */
  public: Scalars['Boolean']['output'];
  /** Субъект РФ the entry belongs to. */
  region?: Maybe<Region>;
  /** Отчётное обязательство (reporting obligation), for a REPORT_DUE entry; null otherwise. */
  reportingObligation?: Maybe<ReportingObligation>;
  /** Организатор (an event's organizer as printed or entered) or ответственный (a deadline's responsible as printed); null when none is given. */
  responsible?: Maybe<Scalars['String']['output']>;
  /** Мероприятие дорожной карты, for a DEADLINE entry; null otherwise. */
  roadmapItem?: Maybe<RoadmapItem>;
  /** Дата начала (an event's first day; a deadline's or due date's day). */
  startDate: Scalars['Date']['output'];
  /** Наименование: the event's title, the roadmap item's activity as printed, or the obligation's document title. */
  title: Scalars['String']['output'];
};

/** A page of calendar entries, by date (start date, then kind, then id). */
export type CalendarEntryConnection = {
  __typename?: 'CalendarEntryConnection';
  /** Entries of this page with their cursors. */
  edges: Array<CalendarEntryEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of entries matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A calendar entry with its cursor. */
export type CalendarEntryEdge = {
  __typename?: 'CalendarEntryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: CalendarEntry;
};

/** Вид записи календаря. */
export type CalendarEntryKind =
  /** Срок мероприятия дорожной карты (deadline of a roadmap item): its due date, else its period's end; for a recurring item every occurrence of its RRULE in its period, each an entry of its own. */
  | 'DEADLINE'
  /** Мероприятие (event) held on these dates. */
  | 'EVENT'
  /**
   * Срок сдачи документа (a reporting obligation's due date): in a municipality's calendar its own state (completed with a
   * valid submission, overdue past the date without one); in a region's one entry for all its municipalities (completed
   * when every one submitted, overdue past the date when some have not; the description counts them).
   */
  | 'REPORT_DUE';

/** Чей календарь: a region, a municipality or an organization — exactly one. */
export type CalendarScopeInput = {
  /** ОКТМО муниципального образования: the municipality with its organizations. */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /** Организация (registry organization id): its roadmaps, the events it keeps, organizes or is registered for. */
  organizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Код субъекта РФ (e.g. "67"): the region with its municipalities and organizations. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** Конкурс (contest): «Педагогический дуэт», конкурс лучших практик наставничества. */
export type Contest = {
  __typename?: 'Contest';
  /**
   * Заявки (applications), in the order they were made: the contest's keepers see all, and so does the region's
   * operator for a municipal contest of their region (they read it, the municipality runs it); a school's curator or
   * head their school's; everybody else only once the results are published.
   */
  applications: ContestApplicationConnection;
  /** Происхождение: SEED as a seed prints it, SYNTHETIC for demo data, ENTERED by users. */
  dataOrigin: DataOrigin;
  /** Мероприятие (event of kind CONTEST) the contest belongs to; null when none is named. */
  event?: Maybe<Event>;
  /** Идентификатор (stable identifier). */
  id: Scalars['ID']['output'];
  /** Жюри: its members; a person the viewer may not see is null (the one person rule). */
  jury: Array<ContestJuror>;
  /** Вид конкурса. */
  kind: ContestKind;
  /** Муниципальное образование, for a municipal contest; null for a regional one. */
  municipality?: Maybe<Municipality>;
  /** Номинации, in the contest's order; empty when it has none. */
  nominations: Array<ContestNomination>;
  /** Примечание: what the source says, and does not say, about the contest; null when there is nothing to add. */
  note?: Maybe<Scalars['String']['output']>;
  /** Субъект РФ whose staff run the contest, or in which its municipality lies. */
  region?: Maybe<Region>;
  /** Итоги подведены и опубликованы: from then on everybody sees applications, totals and results. */
  resultsPublished: Scalars['Boolean']['output'];
  /** Шкала оценок (score scale); null where the source declares none (no scores can be entered then). */
  scale?: Maybe<ContestScale>;
  /** Сроки as the source prints them (e.g. «сентябрь-октябрь 2021 г.»); null for a contest entered by users. */
  schedule?: Maybe<Scalars['String']['output']>;
  /** Оценка завершена: no more scores; results may be published. */
  scoringClosed: Scalars['Boolean']['output'];
  /** Источник: the passage that names the contest, in its own words; null for a contest entered by users. */
  source?: Maybe<Source>;
  /** Этапы: приём заявок, оценка, подведение итогов, with their dates; a stage the source does not date has null dates. */
  stages: Array<ContestStage>;
  /** Наименование as printed or entered. */
  title: Scalars['String']['output'];
  /** Версия записи (optimistic locking): pass it to closeContestScoring and publishContestResults. */
  version: Scalars['Int']['output'];
  /** Год проведения. */
  year: Scalars['Int']['output'];
};


/** Конкурс (contest): «Педагогический дуэт», конкурс лучших практик наставничества. */
export type ContestapplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Заявка на конкурс: a mentoring pair, or a practice of the bank. */
export type ContestApplication = {
  __typename?: 'ContestApplication';
  /** Конкурс. */
  contest: Contest;
  /** Происхождение: SYNTHETIC for demo data, ENTERED by users. */
  dataOrigin: DataOrigin;
  /** Идентификатор (stable identifier). */
  id: Scalars['ID']['output'];
  /** Номинация; null when the contest has none. */
  nomination?: Maybe<ContestNomination>;
  /** Организация-заявитель: the school that applied. */
  organization: Organization;
  /** Наставническая пара (Педагогический дуэт); null for a practice's application. */
  pair?: Maybe<MentoringPair>;
  /**
   * Практика (конкурс лучших практик): the bank's practice applied with, or the practice proposed with the application
   * (its id is the application's id; mentoring resolves it once it won and the results are published); null for a pair's
   * application.
   */
  practice?: Maybe<Practice>;
  /** Предложенная практика as the school entered it; null unless the application proposes a practice. */
  proposal?: Maybe<ContestPracticeProposal>;
  /** Итог: WINNER, PRIZE_WINNER or PARTICIPANT; null until the results are published (every application has one then). */
  result?: Maybe<ContestResult>;
  /** Оценки жюри, one per juror: only the contest's keepers and, for a municipal contest, the region's operator see them (null for everybody else). */
  scores?: Maybe<Array<ContestScore>>;
  /** Сумма оценок жюри; null until the results are published (the keepers and, for a municipal contest, the region's operator see it while scoring). */
  totalScore?: Maybe<Scalars['Int']['output']>;
};

/** Страница заявок (a page of applications). */
export type ContestApplicationConnection = {
  __typename?: 'ContestApplicationConnection';
  /** Заявки страницы с курсорами (applications of this page with their cursors). */
  edges: Array<ContestApplicationEdge>;
  /** Состояние страницы (pagination state). */
  pageInfo: PageInfo;
  /** Всего заявок, видимых зрителю (number of applications the viewer may see, across all pages). */
  totalCount: Scalars['Int']['output'];
};

/** Заявка с курсором (an application with its cursor). */
export type ContestApplicationEdge = {
  __typename?: 'ContestApplicationEdge';
  /** Курсор (opaque cursor of this edge). */
  cursor: Scalars['String']['output'];
  /** Заявка (the application). */
  node: ContestApplication;
};

/** Страница конкурсов (a page of contests). */
export type ContestConnection = {
  __typename?: 'ContestConnection';
  /** Конкурсы страницы с курсорами (contests of this page with their cursors). */
  edges: Array<ContestEdge>;
  /** Состояние страницы (pagination state). */
  pageInfo: PageInfo;
  /** Всего конкурсов по условиям отбора (number of contests matching, across all pages). */
  totalCount: Scalars['Int']['output'];
};

/** Конкурс с курсором (a contest with its cursor). */
export type ContestEdge = {
  __typename?: 'ContestEdge';
  /** Курсор (opaque cursor of this edge). */
  cursor: Scalars['String']['output'];
  /** Конкурс (the contest). */
  node: Contest;
};

/** Условия отбора конкурсов (filter of contests); all given conditions must hold. */
export type ContestFilter = {
  /** Вид конкурса. */
  kind?: InputMaybe<ContestKind>;
  /** Код субъекта РФ (e.g. "67"): contests of the region, its municipalities' included. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Год проведения. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Член жюри конкурса. */
export type ContestJuror = {
  __typename?: 'ContestJuror';
  /** Происхождение: SYNTHETIC for demo data, ENTERED by users. */
  dataOrigin: DataOrigin;
  /** Идентификатор (stable identifier). */
  id: Scalars['ID']['output'];
  /** Член жюри (registry person); null when the viewer may not see them. */
  person?: Maybe<Person>;
};

/** Вид конкурса. */
export type ContestKind =
  /**
   * Конкурс лучших практик наставничества (seed 004): practices already in the bank of practices apply, or practices
   * proposed with the application; published results show on the practice (Practice.contestResults), and a proposed
   * practice that won or took a prize enters the bank (Query.practices, origin CONTEST).
   */
  | 'BEST_PRACTICE'
  /** Конкурс «Педагогический дуэт»: mentor–mentee pairs apply (seed 000 «Конкурс «Педагогический дуэт»»). */
  | 'PEDAGOGICAL_DUET';

/** Номинация конкурса. */
export type ContestNomination = {
  __typename?: 'ContestNomination';
  /** Идентификатор (stable identifier). */
  id: Scalars['ID']['output'];
  /** Название номинации. */
  title: Scalars['String']['output'];
};

/** Практика, предложенная с заявкой на конкурс лучших практик (a practice proposed with an application). */
export type ContestPracticeProposal = {
  __typename?: 'ContestPracticeProposal';
  /** Авторы: an author the viewer may not see (territory; for anonymous viewers, no consent to publication) is null, the others stay. */
  authors: Array<Maybe<Person>>;
  /** Форма наставничества (mentoring's form code, e.g. TEACHER_TEACHER); null when none is given. */
  formCode?: Maybe<Scalars['String']['output']>;
  /** Материалы (http(s) URL); null when none is given. */
  materialsUrl?: Maybe<Scalars['String']['output']>;
  /** Краткое описание. */
  summary: Scalars['String']['output'];
  /** Название. */
  title: Scalars['String']['output'];
};

/** Практика, предложенная с заявкой: validated like the bank's own practices (createPractice). */
export type ContestPracticeProposalInput = {
  /** Авторы (registry person ids; at least one, at most 50), people the viewer may see. */
  authorPersonIds: Array<Scalars['UUID']['input']>;
  /** Форма наставничества: a code of mentoring's catalogue of forms (mentoring_pub.mentoring_form), e.g. TEACHER_TEACHER. */
  formCode?: InputMaybe<Scalars['String']['input']>;
  /** Материалы (http(s) URL, до 255 символов; up to 255 characters). */
  materialsUrl?: InputMaybe<Scalars['String']['input']>;
  /** Краткое описание (до 4000 символов; up to 4000 characters). */
  summary: Scalars['String']['input'];
  /** Название (до 500 символов; up to 500 characters). */
  title: Scalars['String']['input'];
};

/** Итог участия в конкурсе. */
export type ContestResult =
  /** Участник. */
  | 'PARTICIPANT'
  /** Призёр. */
  | 'PRIZE_WINNER'
  /** Победитель. */
  | 'WINNER';

/** Итог одной заявки. */
export type ContestResultInput = {
  /** Идентификатор заявки (application id) of this contest. */
  applicationId: Scalars['UUID']['input'];
  /** Итог. */
  result: ContestResult;
};

/** Шкала оценок: integers from min to max in steps of step. */
export type ContestScale = {
  __typename?: 'ContestScale';
  /** Наибольшая оценка. */
  max: Scalars['Int']['output'];
  /** Наименьшая оценка. */
  min: Scalars['Int']['output'];
  /** Шаг шкалы (1 for every integer). */
  step: Scalars['Int']['output'];
};

/** Шкала оценок: 0 ≤ min < max ≤ 1000, step ≥ 1 dividing max − min. */
export type ContestScaleInput = {
  /** Наибольшая оценка. */
  max: Scalars['Int']['input'];
  /** Наименьшая оценка. */
  min: Scalars['Int']['input'];
  /** Шаг шкалы; 1 when omitted. */
  step?: InputMaybe<Scalars['Int']['input']>;
};

/** Оценка члена жюри. */
export type ContestScore = {
  __typename?: 'ContestScore';
  /** Происхождение: SYNTHETIC for demo data, ENTERED by users. */
  dataOrigin: DataOrigin;
  /** Идентификатор (stable identifier). */
  id: Scalars['ID']['output'];
  /** Член жюри. */
  juror: ContestJuror;
  /** Оценка on the contest's scale. */
  score: Scalars['Int']['output'];
};

/** Этап конкурса с датами. */
export type ContestStage = {
  __typename?: 'ContestStage';
  /** Окончание (for RESULTS: the day results are due); null when the source gives no date. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Этап. */
  kind: ContestStageKind;
  /** Начало; null when the source gives no date. */
  startDate?: Maybe<Scalars['Date']['output']>;
};

/** Этап конкурса. */
export type ContestStageKind =
  /** Приём заявок. */
  | 'APPLICATIONS'
  /** Оценка (работа жюри). */
  | 'EVALUATION'
  /** Подведение итогов. */
  | 'RESULTS';

/** Новый конкурс. */
export type CreateContestInput = {
  /**
   * Приём заявок: начало — a calendar day, compared with today's date in UTC: applications are taken from this day on.
   * Every stage date lies within the year before to the year after the contest's year (BAD_USER_INPUT otherwise).
   */
  applicationsFrom: Scalars['Date']['input'];
  /** Приём заявок: окончание — a calendar day, compared with today's date in UTC: the last day applications are taken. */
  applicationsUntil: Scalars['Date']['input'];
  /** Оценка: начало, not before applications close (a calendar day, UTC). */
  evaluationFrom: Scalars['Date']['input'];
  /** Оценка: окончание (a calendar day). */
  evaluationUntil: Scalars['Date']['input'];
  /** Мероприятие (event of kind CONTEST) the contest belongs to. */
  eventId?: InputMaybe<Scalars['UUID']['input']>;
  /** Вид конкурса. */
  kind: ContestKind;
  /** Номинации (не больше 50, каждая до 500 символов; at most 50, each up to 500 characters), distinct; none when omitted. */
  nominations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Подведение итогов: not before the evaluation ends (a calendar day). */
  resultsOn: Scalars['Date']['input'];
  /** Шкала оценок. */
  scale: ContestScaleInput;
  /** Наименование (до 500 символов; up to 500 characters). */
  title: Scalars['String']['input'];
  /** Год проведения (2000–2100). */
  year: Scalars['Int']['input'];
};

/** Новое мероприятие. */
export type CreateEventInput = {
  /** Целевая аудитория: levels of education; none when omitted. */
  audienceLevels?: InputMaybe<Array<EventAudienceLevel>>;
  /** Целевая аудитория: roles; none when omitted. */
  audienceRoles?: InputMaybe<Array<EventAudienceRole>>;
  /** Описание (до 4000 символов; up to 4000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Дата окончания: not before the start. */
  endDate: Scalars['Date']['input'];
  /** Формат проведения. */
  format: EventFormat;
  /** Объём, часов: required for a course (COURSE), 1–1000; refused for other kinds. */
  hours?: InputMaybe<Scalars['Int']['input']>;
  /** Вид мероприятия. */
  kind: EventKind;
  /** Организатор by name, for a body outside the registry (до 500 символов; up to 500 characters). */
  organizerName?: InputMaybe<Scalars['String']['input']>;
  /** Организатор: a registry organization (in any region); or give organizerName, or both. */
  organizerOrganizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Программа of a course (до 4000 символов; up to 4000 characters): required for a course, refused for other kinds. */
  programme?: InputMaybe<Scalars['String']['input']>;
  /** Открытое мероприятие (open to all): shown in calendars and the iCalendar feed without a token; false when omitted. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** Мероприятие дорожной карты that the event fulfils: of a roadmap the viewer keeps. */
  roadmapItemId?: InputMaybe<Scalars['UUID']['input']>;
  /** Дата начала. */
  startDate: Scalars['Date']['input'];
  /** Наименование (до 500 символов; up to 500 characters). */
  title: Scalars['String']['input'];
};

/** Новое отчётное обязательство. */
export type CreateReportingObligationInput = {
  /** Срок представления. */
  dueDate: Scalars['Date']['input'];
  /** Вид документа. */
  kind: ReportingDocumentKind;
  /** Мероприятие дорожной карты the obligation comes from: a row of the region's regional roadmap. */
  roadmapItemId?: InputMaybe<Scalars['UUID']['input']>;
  /** Наименование документа (до 500 символов; up to 500 characters). */
  title: Scalars['String']['input'];
};

/** Новая дорожная карта: exactly one owner — regionId, municipalityId or organizationId. */
export type CreateRoadmapInput = {
  /** Утверждена: the approving order as printed, e.g. «Приказ … от 08.11.2022 №933-Од» (до 2000 символов; up to 2000 characters). */
  approvedBy?: InputMaybe<Scalars['String']['input']>;
  /** Год окончания периода: not before the start, at most 10 years after it. */
  endYear: Scalars['Int']['input'];
  /** Муниципальное образование (registry municipality id), for a municipal roadmap. */
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  /** Примечание (до 4000 символов; up to 4000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Организация (registry organization id), for an organization's roadmap. */
  organizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Субъект РФ (registry region id), for a regional roadmap. */
  regionId?: InputMaybe<Scalars['UUID']['input']>;
  /** Год начала периода (2000–2100). */
  startYear: Scalars['Int']['input'];
  /** Наименование (до 1000 символов; up to 1000 characters). */
  title: Scalars['String']['input'];
};

/** Происхождение записи (data origin). */
export type DataOrigin =
  /** Внесено пользователями: operational data entered or imported by the system's users. */
  | 'ENTERED'
  /** Из документа-источника: the record states only what a seed document prints. */
  | 'SEED'
  /** Синтетические демо-данные: fictional, made up for the demonstration; no fact about any real person or order. */
  | 'SYNTHETIC';

/** Мероприятие (event): a webinar, seminar, course, start session, conference, festival or contest of the target model. */
export type Event = {
  __typename?: 'Event';
  /** Целевая аудитория: levels of education; empty where the source names none. */
  audienceLevels: Array<EventAudienceLevel>;
  /** Целевая аудитория: roles; empty where the source names none. */
  audienceRoles: Array<EventAudienceRole>;
  /** Происхождение: SEED as a seed prints it, ENTERED by users. */
  dataOrigin: DataOrigin;
  /** Описание; null when none is given. */
  description?: Maybe<Scalars['String']['output']>;
  /** Дата окончания: the system's reading of the schedule (a printed month reads as its last day); null when the source names no date. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Формат проведения; null where the source does not say. */
  format?: Maybe<EventFormat>;
  /** Объём программы, часов (курсы ПК/ДПО); null for other kinds and where the source prints none. */
  hours?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Вид мероприятия. */
  kind: EventKind;
  /** Муниципальное образование, for a municipal event; null for a regional one. */
  municipality?: Maybe<Municipality>;
  /** Примечание: what the source says, and does not say, about the event; null when there is nothing to add. */
  note?: Maybe<Scalars['String']['output']>;
  /** Организатор: the registry organization that runs the event; null when it is a body outside the registry (see organizerName). */
  organizer?: Maybe<Organization>;
  /** Организатор as printed or entered, for a body outside the registry or beside the organization; null when only the organization is given. */
  organizerName?: Maybe<Scalars['String']['output']>;
  /** Участие (participation): counts and organizations for everybody; people only for the staff of their territory. */
  participations: EventParticipations;
  /** Программа (дополнительная профессиональная программа) of a course, its title as printed; null for other kinds. */
  programme?: Maybe<Scalars['String']['output']>;
  /** Открытое мероприятие (open to all): shown in calendars and the iCalendar feed without a token. False unless its keeper says so (or, for the seeds' events, the seed does). */
  public: Scalars['Boolean']['output'];
  /** Субъект РФ whose staff keep the event. */
  region?: Maybe<Region>;
  /** Мероприятие дорожной карты that the event fulfils; null when none is named. */
  roadmapItem?: Maybe<RoadmapItem>;
  /** Сроки as the source prints them (e.g. «Январь 2023», «с 27 по 30 сентября 2021 года»); null for an event entered by users, whose dates are exact. */
  schedule?: Maybe<Scalars['String']['output']>;
  /** Источник: the passage that names the event, in its own words; null for an event entered by users. */
  source?: Maybe<Source>;
  /** Дата начала: the system's reading of the schedule (a printed month reads as its first day); null when the source names no date. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Наименование as its source prints it. */
  title: Scalars['String']['output'];
  /** Версия записи (optimistic locking). */
  version: Scalars['Int']['output'];
};

/** Уровень образования аудитории (level), as the registry's organization kinds group them. */
export type EventAudienceLevel =
  /** Дополнительное образование. */
  | 'ADDITIONAL'
  /** Общее образование (общеобразовательные организации). */
  | 'GENERAL'
  /** Дошкольное образование. */
  | 'PRESCHOOL'
  /** Среднее профессиональное образование (СПО). */
  | 'VOCATIONAL';

/** Целевая аудитория: whom the event addresses, by their part in the model. */
export type EventAudienceRole =
  /** Кураторы наставничества в ОО (кураторы). */
  | 'CURATORS'
  /** Руководители образовательных организаций (руководители ОО). */
  | 'HEADS'
  /** Наставляемые (e.g. молодые педагоги). */
  | 'MENTEES'
  /** Наставники и кандидаты в наставники. */
  | 'MENTORS'
  /** Методисты, специалисты ИМЦ. */
  | 'METHODISTS'
  /** Муниципальные координаторы. */
  | 'MUNICIPAL_COORDINATORS'
  /** Педагогическая общественность. */
  | 'PEDAGOGICAL_COMMUNITY'
  /** Педагогические работники, учителя. */
  | 'TEACHERS';

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** Events of this page with their cursors. */
  edges: Array<EventEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of events matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An event with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Filter of events; all given conditions must hold. */
export type EventFilter = {
  /** Events not ended before this date (undated events are left out). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Вид мероприятия. */
  kind?: InputMaybe<EventKind>;
  /** ОКТМО муниципального образования: events kept in the municipality. */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /** Код субъекта РФ (e.g. "67"): events kept in the region, its municipalities' included. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Events begun by this date (undated events are left out). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Формат проведения (format). */
export type EventFormat =
  /** Смешанный: очно и онлайн. */
  | 'MIXED'
  /** Очно (offline). */
  | 'OFFLINE'
  /** Онлайн (дистанционно). */
  | 'ONLINE';

/** Вид мероприятия, as the seeds name them. */
export type EventKind =
  /** Конференция (seed 004 «Городская конференция по итогам пилотного проекта»). */
  | 'CONFERENCE'
  /** Конкурс (seed 000 «Конкурс «Педагогический дуэт»», seed 004 «конкурса лучших практик наставничества»). */
  | 'CONTEST'
  /** Курсы повышения квалификации, дополнительная профессиональная программа (ПК/ДПО), with hours and a programme (seed 000 «ПК», seed 002). */
  | 'COURSE'
  /** Фестиваль (seed 000 «Фестиваль «Наставник.fest67@»»). */
  | 'FESTIVAL'
  /** Мастер-класс (seed 004 «мастер-классы»). */
  | 'MASTER_CLASS'
  /** Онлайн-семинар (seed 004 «онлайн-семинара для кураторов ИМЦ»). */
  | 'ONLINE_SEMINAR'
  /** Круглый стол (seed 004 «круглые столы»). */
  | 'ROUND_TABLE'
  /** Семинар (seed 004 «Серия обучающих семинаров», «межрегионального семинара в режиме онлайн»). */
  | 'SEMINAR'
  /** Старт-сессия (seed 000 «Старт-сессия для руководителей ОО»). */
  | 'START_SESSION'
  /** Вебинар (seed 000 «Вебинары», seed 004 «Информационно-просветительские вебинары»). */
  | 'WEBINAR';

/** Участие организации в мероприятии. */
export type EventOrganizationParticipation = {
  __typename?: 'EventOrganizationParticipation';
  /** Происхождение: SYNTHETIC when any of its rows is demo data. */
  dataOrigin: DataOrigin;
  /** Организация. */
  organization: Organization;
  /** Лучший статус: COMPLETED over ATTENDED over REGISTERED, of the organization's own registration and its people's. */
  status: EventParticipationStatus;
};

/** Регистрация и участие (participation): an organization, or a person of it, in an event. */
export type EventParticipation = {
  __typename?: 'EventParticipation';
  /** Происхождение: SYNTHETIC for demo data, ENTERED by users. */
  dataOrigin: DataOrigin;
  /** Мероприятие. */
  event: Event;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Организация. */
  organization: Organization;
  /** Участник (person); null for the organization's own registration and for a person the viewer may not see. */
  person?: Maybe<Person>;
  /** Статус участия. */
  status: EventParticipationStatus;
  /** Версия записи: pass it to recordAttendance. */
  version: Scalars['Int']['output'];
};

/** Статус участия (participation status). */
export type EventParticipationStatus =
  /** Принял(а) участие: attendance recorded by the event's keepers. */
  | 'ATTENDED'
  /** Освоил(а) программу: a course (ПК/ДПО) completed. */
  | 'COMPLETED'
  /** Зарегистрирован(а): registered, attendance not recorded. */
  | 'REGISTERED';

/** Участие в мероприятии: counts, the organizations, and — for the staff of their territory — the people. */
export type EventParticipations = {
  __typename?: 'EventParticipations';
  /** Организации-участники, each with its best status; public. */
  organizations: Array<EventOrganizationParticipation>;
  /** Организаций приняли участие: organizations that attended or one of whose people did. */
  organizationsAttended: Scalars['Int']['output'];
  /** Организаций зарегистрировано: organizations with any registration (their own or their people's). */
  organizationsRegistered: Scalars['Int']['output'];
  /**
   * Участники — люди (people's registrations): only of organizations in the viewer's territory (a regional operator's region,
   * a municipal coordinator's municipality), only people the viewer may see.
   */
  people?: Maybe<Array<EventParticipation>>;
  /** Участников приняли участие (people who attended or completed); null for 1–4 people (small cell). */
  peopleAttended?: Maybe<Scalars['Int']['output']>;
  /** Участников освоили программу (people who completed a course); null for 1–4 people (small cell). */
  peopleCompleted?: Maybe<Scalars['Int']['output']>;
  /** Участников зарегистрировано (people registered, whatever their status); null for 1–4 people (small cell, never shown: it could single people out). */
  peopleRegistered?: Maybe<Scalars['Int']['output']>;
};

/** Наставническая пара или группа, as planning sees it: only its id (mentoring resolves it). */
export type MentoringPair = {
  __typename?: 'MentoringPair';
  /** Identifier of the pair in the mentoring domain. */
  id: Scalars['ID']['output'];
};

/** Муниципальное образование, as the planning domain sees it: its municipal roadmaps. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Календарь муниципального образования (with its organizations) for a period of at most 366 days: see Query.calendar. */
  calendar?: Maybe<CalendarEntryConnection>;
  /** Identifier of the municipality in the registry. */
  id: Scalars['ID']['output'];
  /** Муниципальные дорожные карты, oldest first; an empty list when there are none, null when the planning domain did not answer (the error names this path). */
  roadmaps?: Maybe<Array<Roadmap>>;
};


/** Муниципальное образование, as the planning domain sees it: its municipal roadmaps. */
export type MunicipalitycalendarArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Включить в жюри (add a juror): a registry person, once per contest, at most 50 jurors (BAD_USER_INPUT beyond); by
   * the contest's keepers, before scoring closes. A juror serves the whole contest: the conflict of interest is checked
   * per score (scoreContestApplication).
   */
  addContestJuror: ContestJuror;
  /** Добавить мероприятие (add an item) at the end of a roadmap, by its owners; it takes the next number (№ п/п). */
  addRoadmapItem: RoadmapItem;
  /**
   * Подать заявку (apply): a school's curator or head, for a mentoring pair of their school (Педагогический дуэт), or
   * for the конкурс лучших практик either a practice of their school already in the bank of practices (practiceId) or
   * a practice proposed with the application (proposal; the school is its organization; once it wins or takes a prize
   * and the results are published it enters the bank, Query.practices), while the application stage is open and neither
   * the scoring is closed nor the results published (CONFLICT otherwise). One application per pair (or practice) per
   * contest (CONFLICT otherwise). Exactly one of pairId, practiceId, proposal (BAD_USER_INPUT otherwise).
   */
  applyToContest: ContestApplication;
  /**
   * Завершить оценку (close the scoring): only after the application stage has ended (applicationsUntil before today,
   * UTC; CONFLICT otherwise) — scoring belongs to the evaluation stage; no score or application is taken after it;
   * results may be published. By the contest's keepers.
   */
  closeContestScoring: Contest;
  /**
   * Объявить конкурс (create a contest): a regional operator for their region, a municipal coordinator for their
   * municipality, who then run it (nominations, jury, scores, closing the scoring, results).
   */
  createContest: Contest;
  /**
   * Создать мероприятие (create an event): a regional operator for their region, a municipal coordinator for their municipality.
   * The event fulfils a roadmap item only of a roadmap the viewer keeps (the region's regional or the municipality's municipal roadmap).
   */
  createEvent: Event;
  /**
   * Установить отчётное обязательство (e.g. «Муниципальный план» до 25 декабря 2022): the regional operator of the region
   * requires a document of every municipality of the region by a date. It may come from a row of the region's regional roadmap.
   */
  createReportingObligation: ReportingObligation;
  /**
   * Создать дорожную карту (create a roadmap) of exactly one owner: a region (its regional operator), a municipality (its
   * municipal coordinator or its region's operator) or an organization (its head or curator, its municipality's
   * coordinator or its region's operator). The level follows from the owner given.
   */
  createRoadmap: Roadmap;
  /**
   * Подвести итоги (publish the results): only after scoring closes (CONFLICT before), once. Applications not named
   * are УЧАСТНИК (PARTICIPANT) in the same transaction, so no published application is left without a result. By the contest's keepers; afterwards everybody, anonymous viewers too, sees the results.
   */
  publishContestResults: Contest;
  /**
   * Отметить участие (record attendance) of a registration, once the event has begun: ATTENDED, or COMPLETED for a course
   * (курсы ПК/ДПО: the programme was completed). Recorded by the event's keepers — the regional operator of its region,
   * the municipal coordinator of its municipality. `version` is the registration's version as read (optimistic locking).
   */
  recordAttendance: EventParticipation;
  /**
   * Отметить мероприятие выполненным: the completion date (not before the roadmap period begins, not in the future) and its evidence —
   * a text, a web address or both. An item has at most one valid completion record — a recurring item one per occurrence
   * (deadline), named by `occurrenceOn`: withdraw it first to record another (CONFLICT otherwise).
   */
  recordRoadmapItemCompletion: RoadmapItem;
  /**
   * Зарегистрировать на мероприятие (register) an organization, or a person of it: a regional operator registers organizations
   * of their region, a municipal coordinator of their municipality, a school's curator or head their own — before the event ends;
   * after it, only the event's keepers (its region's operator, its municipality's coordinator), to record who came unregistered.
   * A person must work or study at the organization now. An organization or person registers once per event (CONFLICT otherwise).
   */
  registerForEvent: EventParticipation;
  /**
   * Удалить мероприятие, by its roadmap's owners: not a seed row, not one with a completion record (valid or withdrawn),
   * an event fulfilling it, or an item implementing it (CONFLICT). Returns its roadmap.
   */
  removeRoadmapItem: Roadmap;
  /**
   * Выставить оценку (score an application) for a juror of the contest, within its scale, until scoring closes.
   * Entered by the contest's keepers naming the juror: the platform's tokens name a role and territory, not a registry
   * person, so a juror cannot yet sign in as themselves. Конфликт интересов (CONFLICT): a juror does not score a pair
   * they are a member of (mentor or mentee) or a practice they wrote (a bank practice or a proposal), nor one of the
   * organization they work at or of any organization where a member of the pair (an author of the practice) works now. One score per juror per application
   * (CONFLICT).
   */
  scoreContestApplication: ContestScore;
  /**
   * Представить документ (submit a plan or report) for a municipality: its municipal coordinator, or the regional operator of
   * the region on its behalf (recorded as such). The submission date is today (the UTC calendar day), unless the regional
   * operator gives `submittedOn` for a paper submission received earlier. One valid submission per municipality and
   * obligation: withdraw it first to submit another (CONFLICT otherwise).
   */
  submitReport: ReportSubmission;
  /**
   * Изменить мероприятие (update an event): its keepers — the regional operator of its region for a regional event, the municipal
   * coordinator of its municipality for a municipal one. Only the fields given change; a nullable field given as null is cleared.
   * The same rules as createEvent hold for the result. A seed event's printed words (title, dates, organizer's name, hours,
   * programme) are never rewritten (CONFLICT); of a seed event, the format, audience, roadmap row and description may only be
   * filled in where the seed leaves them blank (CONFLICT otherwise). Once attendance is recorded (ATTENDED or COMPLETED), what
   * people attended stays as it was — dates, title, hours, programme, organizer and organizer's name (CONFLICT): a completed
   * course is a mentor's training as recorded. `version` is the event's version as read (optimistic locking).
   */
  updateEvent: Event;
  /**
   * Изменить дорожную карту: title, period, approving order, note — by its owners (see createRoadmap). A seed roadmap's
   * printed title, order and period are never rewritten (CONFLICT). A new period is a CONFLICT when an item's dates, a
   * valid completion record's occurrence or completion date (before the new start) would fall outside it, or a recurring
   * item would lose occurrences or yield more than 400 of them: change the items or withdraw the records first.
   * `version` is the roadmap's version as read (optimistic locking).
   */
  updateRoadmap: Roadmap;
  /**
   * Изменить мероприятие, by its roadmap's owners. A seed row's printed words (activity, schedule, responsible, expected
   * result) are never rewritten (CONFLICT); its structured reading (section, dates, recurrence, registry references, the
   * item implemented) may be set. While the item has a valid completion record its schedule (dueDate, periodStart,
   * periodEnd, recurrence) does not change (CONFLICT: withdraw the records first — they answer the old deadlines).
   * `version` is the item's version as read (optimistic locking).
   */
  updateRoadmapItem: RoadmapItem;
  /** Отозвать отметку о выполнении (e.g. recorded by mistake), with the reason; the record is kept as withdrawn and the item's status is derived again. */
  withdrawRoadmapItemCompletion: RoadmapItem;
  /**
   * Отозвать представленный документ (e.g. sent by mistake), with the reason: the record is kept as withdrawn and the
   * municipality's state is derived again. The municipality's coordinator or the region's operator.
   */
  withdrawSubmission: ReportSubmission;
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationaddContestJurorArgs = {
  contestId: Scalars['UUID']['input'];
  personId: Scalars['UUID']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationaddRoadmapItemArgs = {
  input: RoadmapItemInput;
  roadmapId: Scalars['UUID']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationapplyToContestArgs = {
  contestId: Scalars['UUID']['input'];
  nominationId?: InputMaybe<Scalars['UUID']['input']>;
  pairId?: InputMaybe<Scalars['UUID']['input']>;
  practiceId?: InputMaybe<Scalars['UUID']['input']>;
  proposal?: InputMaybe<ContestPracticeProposalInput>;
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationcloseContestScoringArgs = {
  contestId: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationcreateContestArgs = {
  input: CreateContestInput;
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationcreateEventArgs = {
  input: CreateEventInput;
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationcreateReportingObligationArgs = {
  input: CreateReportingObligationInput;
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationcreateRoadmapArgs = {
  input: CreateRoadmapInput;
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationpublishContestResultsArgs = {
  contestId: Scalars['UUID']['input'];
  results: Array<ContestResultInput>;
  version: Scalars['Int']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationrecordAttendanceArgs = {
  participationId: Scalars['UUID']['input'];
  status: EventParticipationStatus;
  version: Scalars['Int']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationrecordRoadmapItemCompletionArgs = {
  input: RoadmapItemCompletionInput;
  itemId: Scalars['UUID']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationregisterForEventArgs = {
  eventId: Scalars['UUID']['input'];
  organizationId: Scalars['UUID']['input'];
  personId?: InputMaybe<Scalars['UUID']['input']>;
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationremoveRoadmapItemArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationscoreContestApplicationArgs = {
  applicationId: Scalars['UUID']['input'];
  jurorPersonId: Scalars['UUID']['input'];
  score: Scalars['Int']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationsubmitReportArgs = {
  input: SubmitReportInput;
  municipalityId: Scalars['UUID']['input'];
  obligationId: Scalars['UUID']['input'];
  submittedOn?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationupdateEventArgs = {
  id: Scalars['UUID']['input'];
  input: UpdateEventInput;
  version: Scalars['Int']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationupdateRoadmapArgs = {
  id: Scalars['UUID']['input'];
  input: UpdateRoadmapInput;
  version: Scalars['Int']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationupdateRoadmapItemArgs = {
  id: Scalars['UUID']['input'];
  input: RoadmapItemInput;
  version: Scalars['Int']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationwithdrawRoadmapItemCompletionArgs = {
  itemId: Scalars['UUID']['input'];
  occurrenceOn?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
};


/**
 * Отметки о выполнении мероприятий дорожных карт (completion records): the only way an item becomes DONE.
 * A regional operator records them for the roadmaps of their region, a municipal coordinator for those of their municipality.
 * Мероприятия (events): created by the region's operator or the municipality's coordinator, who also record attendance;
 * organizations register themselves and their people.
 */
export type MutationwithdrawSubmissionArgs = {
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};

/** Организация, as the planning domain sees it: its own roadmaps (дорожная карта образовательной организации). */
export type Organization = {
  __typename?: 'Organization';
  /** Identifier of the organization in the registry. */
  id: Scalars['ID']['output'];
  /** Дорожные карты организации, oldest first; an empty list when there are none, null when the planning domain did not answer (the error names this path). */
  roadmaps?: Maybe<Array<Roadmap>>;
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

/** Физическое лицо, as the planning domain sees it: only its id (the registry resolves it). */
export type Person = {
  __typename?: 'Person';
  /** Identifier of the person in the registry. */
  id: Scalars['ID']['output'];
};

/** Эффективная практика наставничества (mentoring's bank of practices): planning adds the contests it took part in. */
export type Practice = {
  __typename?: 'Practice';
  /** Итоги конкурсов лучших практик (published results only), newest first; null when planning did not answer. */
  contestResults?: Maybe<Array<ContestApplication>>;
  /** Identifier of the practice in the mentoring domain. */
  id: Scalars['ID']['output'];
};

/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Календарь (calendar) of a territory or an organization: events overlapping the period, roadmap deadlines and reporting
   * obligations' due dates (сроки сдачи документов) in it, by date. A region's calendar includes its municipalities' and
   * organizations' entries, a municipality's its organizations'; obligations are in regions' and municipalities' calendars
   * only. Without a token only open events (Event.public); deadlines and due dates only for staff whose territory they concern.
   */
  calendar?: Maybe<CalendarEntryConnection>;
  /** Конкурс по id (contest); null when there is none. */
  contest?: Maybe<Contest>;
  /** Конкурсы (contests), filtered, newest year first, then title: страница конкурсов. */
  contests?: Maybe<ContestConnection>;
  /** Мероприятие по id (event); null when there is none. */
  event?: Maybe<Event>;
  /** Мероприятия (events), filtered, ordered by start date (undated ones last), then title. */
  events?: Maybe<EventConnection>;
  /**
   * Ближайшие сроки (next deadlines): deadlines of the scope's roadmaps from today on with no valid completion record, and
   * reporting obligations' due dates from today on with a submission missing (REPORT_DUE), soonest first. Only what the
   * viewer's territory concerns.
   */
  nextDeadlines?: Maybe<CalendarEntryConnection>;
  /**
   * Просроченные сроки (overdue): deadlines of the scope's roadmaps that passed before today with no valid completion record,
   * and reporting obligations' due dates passed with a submission missing (REPORT_DUE), oldest first. Only what the
   * viewer's territory concerns.
   */
  overdueDeadlines?: Maybe<CalendarEntryConnection>;
  /** Отчётное обязательство по id (reporting obligation id); null when there is none. */
  reportingObligation?: Maybe<ReportingObligation>;
  /** Дорожная карта по id. */
  roadmap?: Maybe<Roadmap>;
  /** Дорожные карты, filtered, ordered by start year and title. */
  roadmaps?: Maybe<RoadmapConnection>;
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerycalendarArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  feedFirst?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  scope: CalendarScopeInput;
  to: Scalars['Date']['input'];
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerycontestArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerycontestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryeventArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryeventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerynextDeadlinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: CalendarScopeInput;
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryoverdueDeadlinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: CalendarScopeInput;
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryreportingObligationArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryroadmapArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Планирование (planning): дорожные карты региона, муниципалитета и образовательной организации, мероприятия и участие в них.
 * Roadmaps at region, municipality and organization level with their items; events (webinars, seminars, courses, start sessions, festivals, contests…) and who took part.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryroadmapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoadmapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Субъект РФ, as the planning domain sees it: its regional roadmaps. */
export type Region = {
  __typename?: 'Region';
  /** Календарь субъекта РФ (with its municipalities and organizations) for a period of at most 366 days: see Query.calendar. */
  calendar?: Maybe<CalendarEntryConnection>;
  /** Identifier of the region in the registry. */
  id: Scalars['ID']['output'];
  /** Отчётные обязательства региона (plans and reports its municipalities owe), by due date; null when the planning domain did not answer. */
  reportingObligations?: Maybe<ReportingObligationConnection>;
  /** Региональные дорожные карты, oldest first; an empty list when there are none, null when the planning domain did not answer (the error names this path). */
  roadmaps?: Maybe<Array<Roadmap>>;
};


/** Субъект РФ, as the planning domain sees it: its regional roadmaps. */
export type RegioncalendarArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Субъект РФ, as the planning domain sees it: its regional roadmaps. */
export type RegionreportingObligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Представленный документ: a municipality's plan or report against an obligation. */
export type ReportSubmission = {
  __typename?: 'ReportSubmission';
  /** Происхождение: SYNTHETIC for demo data, ENTERED by users. */
  dataOrigin: DataOrigin;
  /** Дата документа; null when not given. */
  documentDate?: Maybe<Scalars['Date']['output']>;
  /** Номер документа (e.g. of the order approving the plan); null when not given. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Наименование документа as submitted; null when only its address or number is given. */
  documentTitle?: Maybe<Scalars['String']['output']>;
  /** Адрес документа (http or https); null when not given. */
  documentUrl?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Муниципальное образование, whose document it is. */
  municipality: Municipality;
  /** Обязательство. */
  obligation: ReportingObligation;
  /** Представлено региональным оператором за муниципальное образование. */
  onBehalf: Scalars['Boolean']['output'];
  /** Кто представил, by role: MUNICIPAL_COORDINATOR, or REGIONAL_OPERATOR on the municipality's behalf; null for demo data. */
  submittedByRole?: Maybe<Scalars['String']['output']>;
  /** Дата представления: the UTC calendar day it was recorded, or the day the regional operator gave for a paper submission received earlier. */
  submittedOn: Scalars['Date']['output'];
  /** Причина отзыва; null for a valid submission. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** Когда отозван (ISO 8601 instant); null for a valid submission. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

/** Вид документа, который субъект РФ требует от муниципальных образований. */
export type ReportingDocumentKind =
  /** Информация, справка (по запросу). */
  | 'INFORMATION'
  /** Иной документ. */
  | 'OTHER'
  /** План (муниципальный план мероприятий; seed 000 «Муниципальный план»). */
  | 'PLAN'
  /** Отчёт (seed 000 «отчет», «предоставлены отчеты»). */
  | 'REPORT';

/** Отчётное обязательство: a document every municipality of a region owes the region by a date (план, отчёт). */
export type ReportingObligation = {
  __typename?: 'ReportingObligation';
  /** Происхождение: SEED as a seed prints it, ENTERED by users. */
  dataOrigin: DataOrigin;
  /** Срок представления (due date): a submission on this day is on time; the day is compared as a UTC calendar day, so it ends at 24:00 UTC (03:00 Moscow time next day). */
  dueDate: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Вид документа. */
  kind: ReportingDocumentKind;
  /** Субъект РФ that requires the document of its municipalities. */
  region: Region;
  /** Мероприятие дорожной карты the obligation comes from; null when none is named. */
  roadmapItem?: Maybe<RoadmapItem>;
  /** Источник: the passage that sets the obligation, in its own words; null for an obligation entered by users. */
  source?: Maybe<Source>;
  /** Сводка: how many of the region's municipalities submitted on time, late, not at all, or are not yet due. */
  summary: SubmissionSummary;
  /** Муниципальные образования региона and their states, by name; every municipality of the region in the registry. */
  territories: TerritorySubmissionConnection;
  /** Наименование документа as its source prints it (or as entered). */
  title: Scalars['String']['output'];
  /** Версия записи (optimistic locking). */
  version: Scalars['Int']['output'];
};


/** Отчётное обязательство: a document every municipality of a region owes the region by a date (план, отчёт). */
export type ReportingObligationterritoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<SubmissionState>;
};

/** A page of reporting obligations. */
export type ReportingObligationConnection = {
  __typename?: 'ReportingObligationConnection';
  /** Obligations of this page with their cursors. */
  edges: Array<ReportingObligationEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of obligations, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A reporting obligation with its cursor. */
export type ReportingObligationEdge = {
  __typename?: 'ReportingObligationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The obligation. */
  node: ReportingObligation;
};

/** План мероприятий («дорожная карта») по внедрению целевой модели наставничества. */
export type Roadmap = {
  __typename?: 'Roadmap';
  /** Утверждена: the order that approved the roadmap, as its source prints it; null when the source names none. */
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** Происхождение: SEED for a roadmap as a seed document prints it, ENTERED for one entered by users. */
  dataOrigin: DataOrigin;
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
  /** Примечание: what the source says, and does not say, about the roadmap's standing (e.g. that it names no approving order); null when there is nothing to add. */
  note?: Maybe<Scalars['String']['output']>;
  /** Организация, for an organization's roadmap. */
  organization?: Maybe<Organization>;
  /** Субъект РФ, for a regional roadmap. */
  region?: Maybe<Region>;
  /** Источник: the document and the place where the roadmap is printed, in its own words; null for a roadmap entered by users. */
  source?: Maybe<Source>;
  /** Год начала периода. */
  startYear: Scalars['Int']['output'];
  /** Наименование дорожной карты as its source prints it. */
  title: Scalars['String']['output'];
  /** Версия записи (optimistic locking): pass it to updateRoadmap. */
  version: Scalars['Int']['output'];
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

/** Мероприятие дорожной карты: one row of the plan as its source prints it. */
export type RoadmapItem = {
  __typename?: 'RoadmapItem';
  /** Мероприятие: the activity as printed (a cell the extracted table splits across lines is reassembled). */
  activity: Scalars['String']['output'];
  /** Отметка о выполнении: the valid completion record (of a recurring item, the one of its latest occurrence), or null when none is recorded. */
  completion?: Maybe<RoadmapItemCompletion>;
  /** Отметки о выполнении: every valid completion record, by occurrence then completion date. */
  completions: Array<RoadmapItemCompletion>;
  /** Происхождение: SEED for a row as a seed document prints it, ENTERED for one entered by users. */
  dataOrigin: DataOrigin;
  /** Крайний срок as a date, read by the system from the schedule's words (the last day of a printed month, quarter or range; the first deadline of a recurring item); null when the schedule names none. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Мероприятия (events) that fulfil this roadmap item, by start date (undated ones last); an empty list when none is recorded. */
  events: Array<Event>;
  /** Ожидаемый результат as printed; null where the source prints no such column or leaves the cell blank. */
  expectedResult?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Реализуется: the items one level down that implement this one, by roadmap and number. */
  implementedBy: Array<RoadmapItem>;
  /** Реализует: the item one level up that this one implements (a municipal item — its region's regional item; a school's — its municipality's or region's item); null when none is linked. */
  implements?: Maybe<RoadmapItem>;
  /** Ближайший срок: the first deadline on or after today within the roadmap's period; null when none is ahead. */
  nextDueDate?: Maybe<Scalars['Date']['output']>;
  /** № п/п: the row's place in the roadmap. */
  number: Scalars['Int']['output'];
  /** Сроки: every deadline of the item within its roadmap's period (dueDate, or the period's end, and the recurrence's occurrences), ascending. */
  occurrences: Array<Scalars['Date']['output']>;
  /** Окончание периода выполнения: the system's reading of the schedule's words; null when they name none. */
  periodEnd?: Maybe<Scalars['Date']['output']>;
  /** Начало периода выполнения: the system's reading of the schedule's words (e.g. «Январь 2023» from 2023-01-01); null when they name none. */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /**
   * Повторение: an RFC 5545 RRULE (e.g. FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1 for «ежеквартально»), the system's
   * reading of the schedule's words or the owner's entry; its occurrences are deadlines from the period's start (else the
   * first deadline, else the roadmap's start) to the period's end (else the roadmap's end). Null for an item that does not recur.
   */
  recurrence?: Maybe<Scalars['String']['output']>;
  /** Ответственный (Ответственные) as printed, with the source's spelling; null where the source leaves the cell blank. */
  responsible?: Maybe<Scalars['String']['output']>;
  /** Ответственные организации реестра (registry organizations) beside the printed text; an empty list when none is linked. */
  responsibleOrganizations: Array<Maybe<Organization>>;
  /** Ответственные лица реестра (registry people) beside the printed text; a person the viewer may not see is null. */
  responsiblePeople: Array<Maybe<Person>>;
  /** Дорожная карта of this item. */
  roadmap: Roadmap;
  /** Срок (Сроки, Дата проведения, Срок исполнения) as printed, e.g. «до 12 ноября 2021, далее – ежегодно», «постоянно»; null where the source leaves the cell blank. */
  schedule?: Maybe<Scalars['String']['output']>;
  /** Раздел: the heading under which the seed's table groups the row (null where it prints none), or the owner's choice. */
  section?: Maybe<RoadmapSection>;
  /** Источник: the row in its source's own words — its cells in printed order, one per line; null for an item entered by users. */
  source?: Maybe<Source>;
  /** Статус, derived: DONE only with completion records, otherwise from the dates (see RoadmapItemStatus). */
  status: RoadmapItemStatus;
  /** Версия записи (optimistic locking): pass it to updateRoadmapItem and removeRoadmapItem. */
  version: Scalars['Int']['output'];
};

/** Отметка о выполнении мероприятия (completion record): the evidence that makes an item DONE. */
export type RoadmapItemCompletion = {
  __typename?: 'RoadmapItemCompletion';
  /** Дата выполнения. */
  completedOn: Scalars['Date']['output'];
  /** Подтверждение in words; null when only a web address was given. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** Подтверждение: web address of the evidence; null when only words were given. */
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  /** Срок (occurrence) of a recurring item that this record answers; null for an item that does not recur. */
  occurrenceOn?: Maybe<Scalars['Date']['output']>;
  /** Когда отмечено: ISO 8601 instant. */
  recordedAt: Scalars['String']['output'];
  /** Кем отмечено: the subject of the token of whoever recorded it (a login of the region's identity provider): only for the staff who may record on this roadmap (a regional roadmap's regional operator, a municipal roadmap's municipal coordinator, a school roadmap's school head or curator); null for staff of other territories. */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** Роль того, кто отметил: REGIONAL_OPERATOR, MUNICIPAL_COORDINATOR, SCHOOL_HEAD or SCHOOL_CURATOR. */
  recordedByRole: Scalars['String']['output'];
};

/** Отметка о выполнении мероприятия: what was done, when, and what shows it. */
export type RoadmapItemCompletionInput = {
  /** Дата выполнения: not before 1 January of the roadmap's first year, not after today. */
  completedOn: Scalars['Date']['input'];
  /** Подтверждение (evidence) in words, e.g. the order or report that shows the item done (до 4000 символов; up to 4000 characters). Required unless evidenceUrl is given. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** Подтверждение: an http(s) address of the published evidence (до 255 символов; up to 255 characters). Required unless evidence is given. */
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  /** Срок (occurrence) that the record answers: required for a recurring item (one of its nextDueDate/occurrences), refused for one that does not recur. */
  occurrenceOn?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Мероприятие as entered: for addRoadmapItem the activity is required; for updateRoadmapItem a field left out stays as it
 * is and a nullable field given as null is cleared. Dates lie within the roadmap's period, and periodStart ≤ dueDate ≤
 * periodEnd (BAD_USER_INPUT otherwise).
 */
export type RoadmapItemInput = {
  /** Мероприятие (до 4000 символов; up to 4000 characters). */
  activity?: InputMaybe<Scalars['String']['input']>;
  /** Крайний срок. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Ожидаемый результат (до 4000 символов; up to 4000 characters). */
  expectedResult?: InputMaybe<Scalars['String']['input']>;
  /** Реализует: the id of the item one level up (a municipal item — an item of its region's regional roadmap; a school's — of its municipality's or region's roadmap). */
  implementsItemId?: InputMaybe<Scalars['UUID']['input']>;
  /** Окончание периода выполнения: not before its start. */
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  /** Начало периода выполнения. */
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Повторение: an RFC 5545 RRULE body such as FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1 (до 500 символов; up to 500
   * characters). Only FREQ (YEARLY, MONTHLY, WEEKLY, DAILY), INTERVAL (1–100), BYMONTH, BYMONTHDAY, BYDAY (a numbered
   * day such as -1FR only with MONTHLY, ±1..5, or YEARLY, ±1..53) and WKST; no DTSTART, UNTIL or COUNT — the item's
   * period (else its deadline, else the roadmap's period) bounds the rule. It yields between 1 and 400 deadlines within
   * the period (BAD_USER_INPUT otherwise, naming the part).
   */
  recurrence?: InputMaybe<Scalars['String']['input']>;
  /** Ответственный in words, for bodies outside the registry (до 2000 символов; up to 2000 characters). */
  responsible?: InputMaybe<Scalars['String']['input']>;
  /** Ответственные организации реестра (registry organization ids; at most 50), of the roadmap owner's region (BAD_USER_INPUT otherwise). */
  responsibleOrganizationIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  /** Ответственные лица реестра (registry person ids; at most 50). */
  responsiblePersonIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  /** Срок in words, e.g. «ежегодно (май, ноябрь)» (до 500 символов; up to 500 characters). */
  schedule?: InputMaybe<Scalars['String']['input']>;
  /** Раздел. */
  section?: InputMaybe<RoadmapSection>;
};

/**
 * Статус мероприятия дорожной карты, derived, never stored: DONE only with completion records; otherwise from the
 * schedule's reading and today's date. No status claims an item was not done: the system knows only what was recorded.
 * A recurring item is answered per occurrence (deadline): each gets its own completion record.
 */
export type RoadmapItemStatus =
  /** Выполнено: a valid completion record exists (a recurring item: one for every deadline within the roadmap's period). */
  | 'DONE'
  /** Выполняется: the item's period runs (for an item without dates — «постоянно», «по запросу», a blank cell — the roadmap's period), no deadline has passed without a record; a recurring item with deadlines still ahead. */
  | 'IN_PROGRESS'
  /** Срок прошёл, выполнение не отмечено: the deadline (for an item without one, its period's or roadmap's end; for a recurring item, the latest deadline passed) is behind and no completion is recorded. It says nothing was recorded, not that the item was not done. */
  | 'OVERDUE'
  /** Запланировано: no completion recorded and the item's time has not begun (before its period or, for a bare deadline, up to it). */
  | 'PLANNED';

/** Уровень дорожной карты: whose plan it is. */
export type RoadmapLevel =
  /** Муниципальная дорожная карта (план мероприятий ОМСУ). */
  | 'MUNICIPALITY'
  /** Дорожная карта образовательной организации. */
  | 'ORGANIZATION'
  /** Региональная дорожная карта (субъект РФ). */
  | 'REGION';

/** Раздел дорожной карты: the heading under which a seed's table groups rows, or the one its owner chose. */
export type RoadmapSection =
  /** Координационные мероприятия. */
  | 'COORDINATION'
  /** Информационные мероприятия. */
  | 'INFORMATIONAL'
  /** Мониторинг. */
  | 'MONITORING'
  /** Нормативное обеспечение. */
  | 'NORMATIVE'
  /** Организационно-методические мероприятия. */
  | 'ORGANIZATIONAL_METHODICAL'
  /** Отчётность. */
  | 'REPORTING';

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

/**
 * Состояние представления документа муниципальным образованием, derived, never stored: from the valid submission's date
 * against the due date, and today's date. Days are calendar days in UTC: «today» turns at 00:00 UTC (03:00 Moscow time).
 */
export type SubmissionState =
  /** Не представлен: the due date has passed and no valid submission is recorded. */
  | 'NOT_SUBMITTED'
  /** Срок не наступил, документ не представлен (before the due date). */
  | 'PENDING'
  /** Представлен с опозданием: submitted after the due date. */
  | 'SUBMITTED_LATE'
  /** Представлен в срок: submitted on or before the due date. */
  | 'SUBMITTED_ON_TIME';

/** Сводка по обязательству: counts of the region's municipalities by state. */
export type SubmissionSummary = {
  __typename?: 'SubmissionSummary';
  /**
   * Включает демо-данные (SYNTHETIC): true when any state counted here is synthetic (see TerritorySubmissionState.synthetic),
   * so these counts describe demo submissions, not what real municipalities sent.
   */
  includesSyntheticData: Scalars['Boolean']['output'];
  /** Представили с опозданием. */
  late: Scalars['Int']['output'];
  /** Не представили, срок прошёл (missing). */
  missing: Scalars['Int']['output'];
  /** Представили в срок. */
  onTime: Scalars['Int']['output'];
  /** Срок не наступил, не представили (pending). */
  pending: Scalars['Int']['output'];
  /** Муниципальных образований, которые должны представить документ (all of the region's). */
  total: Scalars['Int']['output'];
};

/** Представляемый документ: a title, a web address or a number (with its date), or several. */
export type SubmitReportInput = {
  /** Дата документа: not after today. */
  documentDate?: InputMaybe<Scalars['Date']['input']>;
  /** Номер документа (до 100 символов; up to 100 characters). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Наименование документа (до 500 символов; up to 500 characters). */
  documentTitle?: InputMaybe<Scalars['String']['input']>;
  /** Адрес документа: http(s) (до 255 символов; up to 255 characters). */
  documentUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A page of municipalities with their states. */
export type TerritorySubmissionConnection = {
  __typename?: 'TerritorySubmissionConnection';
  /** States of this page with their cursors. */
  edges: Array<TerritorySubmissionEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of municipalities matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A municipality's state with its cursor. */
export type TerritorySubmissionEdge = {
  __typename?: 'TerritorySubmissionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The state. */
  node: TerritorySubmissionState;
};

/** Состояние муниципального образования по обязательству. */
export type TerritorySubmissionState = {
  __typename?: 'TerritorySubmissionState';
  /** Муниципальное образование. */
  municipality: Municipality;
  /** Состояние (derived). */
  state: SubmissionState;
  /** Представленный документ (the valid submission); null when none. */
  submission?: Maybe<ReportSubmission>;
  /**
   * Демо-данные (SYNTHETIC): true when the state is not a fact about the municipality — its submission is synthetic demo
   * data, or it has none (NOT_SUBMITTED, PENDING) under an obligation whose recorded submissions are demo data, so «missing»
   * only means the demo recorded nothing for it. False when derived from submissions entered by users.
   */
  synthetic: Scalars['Boolean']['output'];
};

/** Изменения мероприятия: only the fields given change; the kind stays. */
export type UpdateEventInput = {
  /** Целевая аудитория: levels of education; null or an empty list clears them. */
  audienceLevels?: InputMaybe<Array<EventAudienceLevel>>;
  /** Целевая аудитория: roles; null or an empty list clears them. */
  audienceRoles?: InputMaybe<Array<EventAudienceRole>>;
  /** Описание (до 4000 символов; up to 4000 characters); null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Дата окончания: not before the start; not null. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Формат проведения; not null. */
  format?: InputMaybe<EventFormat>;
  /** Объём, часов of a course, 1–1000; not null for a course, refused for other kinds. */
  hours?: InputMaybe<Scalars['Int']['input']>;
  /** Организатор by name (до 500 символов; up to 500 characters); null clears it when organizerOrganizationId remains. */
  organizerName?: InputMaybe<Scalars['String']['input']>;
  /** Организатор: a registry organization (in any region); null clears it when organizerName remains. */
  organizerOrganizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Программа of a course (до 4000 символов; up to 4000 characters); not null for a course, refused for other kinds. */
  programme?: InputMaybe<Scalars['String']['input']>;
  /** Открытое мероприятие (open to all): shown in calendars and the iCalendar feed without a token; not null; unchanged when omitted. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** Мероприятие дорожной карты that the event fulfils, of a roadmap the viewer keeps; null unlinks it. */
  roadmapItemId?: InputMaybe<Scalars['UUID']['input']>;
  /** Дата начала; not null. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Наименование (до 500 символов; up to 500 characters); not null. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Изменения дорожной карты; a field left out stays as it is. */
export type UpdateRoadmapInput = {
  /** Утверждена: the approving order (до 2000 символов; up to 2000 characters); null clears it; a seed roadmap's is never rewritten. */
  approvedBy?: InputMaybe<Scalars['String']['input']>;
  /** Год окончания периода: not before the start, at most 10 years after it. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Примечание (до 4000 символов; up to 4000 characters); null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Год начала периода (2000–2100). */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** Наименование (до 1000 символов; up to 1000 characters); a seed roadmap's is never rewritten. */
  title?: InputMaybe<Scalars['String']['input']>;
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
  Contest: Contest;
  Event: Event;
  Municipality: Municipality;
  Organization: Organization;
  Practice: Practice;
  Region: Region;
  ReportingObligation: ReportingObligation;
  Roadmap: Roadmap;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Contest:
    ( { __typename: 'Contest' }
    & GraphQLRecursivePick<FederationTypes['Contest'], {"id":true}> );
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Practice:
    ( { __typename: 'Practice' }
    & GraphQLRecursivePick<FederationTypes['Practice'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true}> );
  ReportingObligation:
    ( { __typename: 'ReportingObligation' }
    & GraphQLRecursivePick<FederationTypes['ReportingObligation'], {"id":true}> );
  Roadmap:
    ( { __typename: 'Roadmap' }
    & GraphQLRecursivePick<FederationTypes['Roadmap'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CalendarEntry: ResolverTypeWrapper<CalendarEntryMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CalendarEntryConnection: ResolverTypeWrapper<Omit<CalendarEntryConnection, 'edges'> & { edges: Array<ResolversTypes['CalendarEntryEdge']> }>;
  CalendarEntryEdge: ResolverTypeWrapper<Omit<CalendarEntryEdge, 'node'> & { node: ResolversTypes['CalendarEntry'] }>;
  CalendarEntryKind: ResolverTypeWrapper<'EVENT' | 'DEADLINE' | 'REPORT_DUE'>;
  CalendarScopeInput: CalendarScopeInput;
  Contest: ResolverTypeWrapper<ContestMapper>;
  ContestApplication: ResolverTypeWrapper<ContestApplicationMapper>;
  ContestApplicationConnection: ResolverTypeWrapper<Omit<ContestApplicationConnection, 'edges'> & { edges: Array<ResolversTypes['ContestApplicationEdge']> }>;
  ContestApplicationEdge: ResolverTypeWrapper<Omit<ContestApplicationEdge, 'node'> & { node: ResolversTypes['ContestApplication'] }>;
  ContestConnection: ResolverTypeWrapper<Omit<ContestConnection, 'edges'> & { edges: Array<ResolversTypes['ContestEdge']> }>;
  ContestEdge: ResolverTypeWrapper<Omit<ContestEdge, 'node'> & { node: ResolversTypes['Contest'] }>;
  ContestFilter: ContestFilter;
  ContestJuror: ResolverTypeWrapper<ContestJurorMapper>;
  ContestKind: ResolverTypeWrapper<'PEDAGOGICAL_DUET' | 'BEST_PRACTICE'>;
  ContestNomination: ResolverTypeWrapper<ContestNominationMapper>;
  ContestPracticeProposal: ResolverTypeWrapper<ContestPracticeProposalMapper>;
  ContestPracticeProposalInput: ContestPracticeProposalInput;
  ContestResult: ResolverTypeWrapper<'WINNER' | 'PRIZE_WINNER' | 'PARTICIPANT'>;
  ContestResultInput: ContestResultInput;
  ContestScale: ResolverTypeWrapper<ContestScale>;
  ContestScaleInput: ContestScaleInput;
  ContestScore: ResolverTypeWrapper<ContestScoreMapper>;
  ContestStage: ResolverTypeWrapper<ContestStageMapper>;
  ContestStageKind: ResolverTypeWrapper<'APPLICATIONS' | 'EVALUATION' | 'RESULTS'>;
  CreateContestInput: CreateContestInput;
  CreateEventInput: CreateEventInput;
  CreateReportingObligationInput: CreateReportingObligationInput;
  CreateRoadmapInput: CreateRoadmapInput;
  DataOrigin: ResolverTypeWrapper<'SEED' | 'SYNTHETIC' | 'ENTERED'>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Event: ResolverTypeWrapper<EventMapper>;
  EventAudienceLevel: ResolverTypeWrapper<'GENERAL' | 'ADDITIONAL' | 'VOCATIONAL' | 'PRESCHOOL'>;
  EventAudienceRole: ResolverTypeWrapper<'HEADS' | 'CURATORS' | 'MUNICIPAL_COORDINATORS' | 'METHODISTS' | 'TEACHERS' | 'MENTORS' | 'MENTEES' | 'PEDAGOGICAL_COMMUNITY'>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventFormat: ResolverTypeWrapper<'ONLINE' | 'OFFLINE' | 'MIXED'>;
  EventKind: ResolverTypeWrapper<'WEBINAR' | 'SEMINAR' | 'ONLINE_SEMINAR' | 'COURSE' | 'START_SESSION' | 'CONFERENCE' | 'ROUND_TABLE' | 'MASTER_CLASS' | 'FESTIVAL' | 'CONTEST'>;
  EventOrganizationParticipation: ResolverTypeWrapper<EventOrganizationParticipationMapper>;
  EventParticipation: ResolverTypeWrapper<EventParticipationMapper>;
  EventParticipationStatus: ResolverTypeWrapper<'REGISTERED' | 'ATTENDED' | 'COMPLETED'>;
  EventParticipations: ResolverTypeWrapper<EventParticipationsMapper>;
  MentoringPair: ResolverTypeWrapper<MentoringPairMapper>;
  Municipality: ResolverTypeWrapper<MunicipalityMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonMapper>;
  Practice: ResolverTypeWrapper<PracticeMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  ReportSubmission: ResolverTypeWrapper<ReportSubmissionMapper>;
  ReportingDocumentKind: ResolverTypeWrapper<'PLAN' | 'REPORT' | 'INFORMATION' | 'OTHER'>;
  ReportingObligation: ResolverTypeWrapper<ReportingObligationMapper>;
  ReportingObligationConnection: ResolverTypeWrapper<Omit<ReportingObligationConnection, 'edges'> & { edges: Array<ResolversTypes['ReportingObligationEdge']> }>;
  ReportingObligationEdge: ResolverTypeWrapper<Omit<ReportingObligationEdge, 'node'> & { node: ResolversTypes['ReportingObligation'] }>;
  Roadmap: ResolverTypeWrapper<RoadmapMapper>;
  RoadmapConnection: ResolverTypeWrapper<Omit<RoadmapConnection, 'edges'> & { edges: Array<ResolversTypes['RoadmapEdge']> }>;
  RoadmapEdge: ResolverTypeWrapper<Omit<RoadmapEdge, 'node'> & { node: ResolversTypes['Roadmap'] }>;
  RoadmapFilter: RoadmapFilter;
  RoadmapItem: ResolverTypeWrapper<RoadmapItemMapper>;
  RoadmapItemCompletion: ResolverTypeWrapper<RoadmapItemCompletion>;
  RoadmapItemCompletionInput: RoadmapItemCompletionInput;
  RoadmapItemInput: RoadmapItemInput;
  RoadmapItemStatus: ResolverTypeWrapper<'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'OVERDUE'>;
  RoadmapLevel: ResolverTypeWrapper<'REGION' | 'MUNICIPALITY' | 'ORGANIZATION'>;
  RoadmapSection: ResolverTypeWrapper<'NORMATIVE' | 'COORDINATION' | 'ORGANIZATIONAL_METHODICAL' | 'INFORMATIONAL' | 'MONITORING' | 'REPORTING'>;
  Source: ResolverTypeWrapper<Source>;
  SubmissionState: ResolverTypeWrapper<'PENDING' | 'SUBMITTED_ON_TIME' | 'SUBMITTED_LATE' | 'NOT_SUBMITTED'>;
  SubmissionSummary: ResolverTypeWrapper<SubmissionSummaryMapper>;
  SubmitReportInput: SubmitReportInput;
  TerritorySubmissionConnection: ResolverTypeWrapper<Omit<TerritorySubmissionConnection, 'edges'> & { edges: Array<ResolversTypes['TerritorySubmissionEdge']> }>;
  TerritorySubmissionEdge: ResolverTypeWrapper<Omit<TerritorySubmissionEdge, 'node'> & { node: ResolversTypes['TerritorySubmissionState'] }>;
  TerritorySubmissionState: ResolverTypeWrapper<TerritorySubmissionStateMapper>;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UpdateEventInput: UpdateEventInput;
  UpdateRoadmapInput: UpdateRoadmapInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CalendarEntry: CalendarEntryMapper;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  CalendarEntryConnection: Omit<CalendarEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CalendarEntryEdge']> };
  CalendarEntryEdge: Omit<CalendarEntryEdge, 'node'> & { node: ResolversParentTypes['CalendarEntry'] };
  CalendarScopeInput: CalendarScopeInput;
  Contest: ContestMapper;
  ContestApplication: ContestApplicationMapper;
  ContestApplicationConnection: Omit<ContestApplicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContestApplicationEdge']> };
  ContestApplicationEdge: Omit<ContestApplicationEdge, 'node'> & { node: ResolversParentTypes['ContestApplication'] };
  ContestConnection: Omit<ContestConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContestEdge']> };
  ContestEdge: Omit<ContestEdge, 'node'> & { node: ResolversParentTypes['Contest'] };
  ContestFilter: ContestFilter;
  ContestJuror: ContestJurorMapper;
  ContestNomination: ContestNominationMapper;
  ContestPracticeProposal: ContestPracticeProposalMapper;
  ContestPracticeProposalInput: ContestPracticeProposalInput;
  ContestResultInput: ContestResultInput;
  ContestScale: ContestScale;
  ContestScaleInput: ContestScaleInput;
  ContestScore: ContestScoreMapper;
  ContestStage: ContestStageMapper;
  CreateContestInput: CreateContestInput;
  CreateEventInput: CreateEventInput;
  CreateReportingObligationInput: CreateReportingObligationInput;
  CreateRoadmapInput: CreateRoadmapInput;
  Date: Scalars['Date']['output'];
  Event: EventMapper;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventOrganizationParticipation: EventOrganizationParticipationMapper;
  EventParticipation: EventParticipationMapper;
  EventParticipations: EventParticipationsMapper;
  MentoringPair: MentoringPairMapper;
  Municipality: MunicipalityMapper;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapper;
  PageInfo: PageInfo;
  Person: PersonMapper;
  Practice: PracticeMapper;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  ReportSubmission: ReportSubmissionMapper;
  ReportingObligation: ReportingObligationMapper;
  ReportingObligationConnection: Omit<ReportingObligationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportingObligationEdge']> };
  ReportingObligationEdge: Omit<ReportingObligationEdge, 'node'> & { node: ResolversParentTypes['ReportingObligation'] };
  Roadmap: RoadmapMapper;
  RoadmapConnection: Omit<RoadmapConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoadmapEdge']> };
  RoadmapEdge: Omit<RoadmapEdge, 'node'> & { node: ResolversParentTypes['Roadmap'] };
  RoadmapFilter: RoadmapFilter;
  RoadmapItem: RoadmapItemMapper;
  RoadmapItemCompletion: RoadmapItemCompletion;
  RoadmapItemCompletionInput: RoadmapItemCompletionInput;
  RoadmapItemInput: RoadmapItemInput;
  Source: Source;
  SubmissionSummary: SubmissionSummaryMapper;
  SubmitReportInput: SubmitReportInput;
  TerritorySubmissionConnection: Omit<TerritorySubmissionConnection, 'edges'> & { edges: Array<ResolversParentTypes['TerritorySubmissionEdge']> };
  TerritorySubmissionEdge: Omit<TerritorySubmissionEdge, 'node'> & { node: ResolversParentTypes['TerritorySubmissionState'] };
  TerritorySubmissionState: TerritorySubmissionStateMapper;
  UUID: Scalars['UUID']['output'];
  UpdateEventInput: UpdateEventInput;
  UpdateRoadmapInput: UpdateRoadmapInput;
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

export type personDirectiveArgs = { };

export type personDirectiveResolver<Result, Parent, ContextType = Context, Args = personDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CalendarEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEntry'] = ResolversParentTypes['CalendarEntry']> = ResolversObject<{
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['EventFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CalendarEntryKind'], ParentType, ContextType>;
  lastModified?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  reportingObligation?: Resolver<Maybe<ResolversTypes['ReportingObligation']>, ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roadmapItem?: Resolver<Maybe<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CalendarEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEntryConnection'] = ResolversParentTypes['CalendarEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CalendarEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CalendarEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEntryEdge'] = ResolversParentTypes['CalendarEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CalendarEntry'], ParentType, ContextType>;
}>;

export type CalendarEntryKindResolvers = EnumResolverSignature<{ DEADLINE?: any, EVENT?: any, REPORT_DUE?: any }, ResolversTypes['CalendarEntryKind']>;

export type ContestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contest'] = ResolversParentTypes['Contest'], FederationReferenceType extends FederationReferenceTypes['Contest'] = FederationReferenceTypes['Contest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applications?: Resolver<ResolversTypes['ContestApplicationConnection'], ParentType, ContextType, Partial<ContestapplicationsArgs>>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jury?: Resolver<Array<ResolversTypes['ContestJuror']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContestKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  nominations?: Resolver<Array<ResolversTypes['ContestNomination']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  resultsPublished?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scale?: Resolver<Maybe<ResolversTypes['ContestScale']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoringClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['ContestStage']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContestApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestApplication'] = ResolversParentTypes['ContestApplication']> = ResolversObject<{
  contest?: Resolver<ResolversTypes['Contest'], ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nomination?: Resolver<Maybe<ResolversTypes['ContestNomination']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  pair?: Resolver<Maybe<ResolversTypes['MentoringPair']>, ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Practice']>, ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['ContestPracticeProposal']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['ContestResult']>, ParentType, ContextType>;
  scores?: Resolver<Maybe<Array<ResolversTypes['ContestScore']>>, ParentType, ContextType>;
  totalScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ContestApplicationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestApplicationConnection'] = ResolversParentTypes['ContestApplicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ContestApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContestApplicationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestApplicationEdge'] = ResolversParentTypes['ContestApplicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContestApplication'], ParentType, ContextType>;
}>;

export type ContestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestConnection'] = ResolversParentTypes['ContestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ContestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestEdge'] = ResolversParentTypes['ContestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contest'], ParentType, ContextType>;
}>;

export type ContestJurorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestJuror'] = ResolversParentTypes['ContestJuror']> = ResolversObject<{
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type ContestKindResolvers = EnumResolverSignature<{ BEST_PRACTICE?: any, PEDAGOGICAL_DUET?: any }, ResolversTypes['ContestKind']>;

export type ContestNominationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestNomination'] = ResolversParentTypes['ContestNomination']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ContestPracticeProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestPracticeProposal'] = ResolversParentTypes['ContestPracticeProposal']> = ResolversObject<{
  authors?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType>;
  formCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  materialsUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ContestResultResolvers = EnumResolverSignature<{ PARTICIPANT?: any, PRIZE_WINNER?: any, WINNER?: any }, ResolversTypes['ContestResult']>;

export type ContestScaleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestScale'] = ResolversParentTypes['ContestScale']> = ResolversObject<{
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContestScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestScore'] = ResolversParentTypes['ContestScore']> = ResolversObject<{
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  juror?: Resolver<ResolversTypes['ContestJuror'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContestStageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContestStage'] = ResolversParentTypes['ContestStage']> = ResolversObject<{
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContestStageKind'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ContestStageKindResolvers = EnumResolverSignature<{ APPLICATIONS?: any, EVALUATION?: any, RESULTS?: any }, ResolversTypes['ContestStageKind']>;

export type DataOriginResolvers = EnumResolverSignature<{ ENTERED?: any, SEED?: any, SYNTHETIC?: any }, ResolversTypes['DataOrigin']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audienceLevels?: Resolver<Array<ResolversTypes['EventAudienceLevel']>, ParentType, ContextType>;
  audienceRoles?: Resolver<Array<ResolversTypes['EventAudienceRole']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['EventFormat']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participations?: Resolver<ResolversTypes['EventParticipations'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  roadmapItem?: Resolver<Maybe<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventAudienceLevelResolvers = EnumResolverSignature<{ ADDITIONAL?: any, GENERAL?: any, PRESCHOOL?: any, VOCATIONAL?: any }, ResolversTypes['EventAudienceLevel']>;

export type EventAudienceRoleResolvers = EnumResolverSignature<{ CURATORS?: any, HEADS?: any, MENTEES?: any, MENTORS?: any, METHODISTS?: any, MUNICIPAL_COORDINATORS?: any, PEDAGOGICAL_COMMUNITY?: any, TEACHERS?: any }, ResolversTypes['EventAudienceRole']>;

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventFormatResolvers = EnumResolverSignature<{ MIXED?: any, OFFLINE?: any, ONLINE?: any }, ResolversTypes['EventFormat']>;

export type EventKindResolvers = EnumResolverSignature<{ CONFERENCE?: any, CONTEST?: any, COURSE?: any, FESTIVAL?: any, MASTER_CLASS?: any, ONLINE_SEMINAR?: any, ROUND_TABLE?: any, SEMINAR?: any, START_SESSION?: any, WEBINAR?: any }, ResolversTypes['EventKind']>;

export type EventOrganizationParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventOrganizationParticipation'] = ResolversParentTypes['EventOrganizationParticipation']> = ResolversObject<{
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventParticipationStatus'], ParentType, ContextType>;
}>;

export type EventParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventParticipation'] = ResolversParentTypes['EventParticipation']> = ResolversObject<{
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventParticipationStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventParticipationStatusResolvers = EnumResolverSignature<{ ATTENDED?: any, COMPLETED?: any, REGISTERED?: any }, ResolversTypes['EventParticipationStatus']>;

export type EventParticipationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventParticipations'] = ResolversParentTypes['EventParticipations']> = ResolversObject<{
  organizations?: Resolver<Array<ResolversTypes['EventOrganizationParticipation']>, ParentType, ContextType>;
  organizationsAttended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizationsRegistered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<Maybe<Array<ResolversTypes['EventParticipation']>>, ParentType, ContextType>;
  peopleAttended?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peopleCompleted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peopleRegistered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MentoringPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringPair'] = ResolversParentTypes['MentoringPair']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  calendar?: Resolver<Maybe<ResolversTypes['CalendarEntryConnection']>, ParentType, ContextType, RequireFields<MunicipalitycalendarArgs, 'from' | 'to'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roadmaps?: Resolver<Maybe<Array<ResolversTypes['Roadmap']>>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addContestJuror?: Resolver<ResolversTypes['ContestJuror'], ParentType, ContextType, RequireFields<MutationaddContestJurorArgs, 'contestId' | 'personId'>>;
  addRoadmapItem?: Resolver<ResolversTypes['RoadmapItem'], ParentType, ContextType, RequireFields<MutationaddRoadmapItemArgs, 'input' | 'roadmapId'>>;
  applyToContest?: Resolver<ResolversTypes['ContestApplication'], ParentType, ContextType, RequireFields<MutationapplyToContestArgs, 'contestId'>>;
  closeContestScoring?: Resolver<ResolversTypes['Contest'], ParentType, ContextType, RequireFields<MutationcloseContestScoringArgs, 'contestId' | 'version'>>;
  createContest?: Resolver<ResolversTypes['Contest'], ParentType, ContextType, RequireFields<MutationcreateContestArgs, 'input'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationcreateEventArgs, 'input'>>;
  createReportingObligation?: Resolver<ResolversTypes['ReportingObligation'], ParentType, ContextType, RequireFields<MutationcreateReportingObligationArgs, 'input'>>;
  createRoadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationcreateRoadmapArgs, 'input'>>;
  publishContestResults?: Resolver<ResolversTypes['Contest'], ParentType, ContextType, RequireFields<MutationpublishContestResultsArgs, 'contestId' | 'results' | 'version'>>;
  recordAttendance?: Resolver<ResolversTypes['EventParticipation'], ParentType, ContextType, RequireFields<MutationrecordAttendanceArgs, 'participationId' | 'status' | 'version'>>;
  recordRoadmapItemCompletion?: Resolver<ResolversTypes['RoadmapItem'], ParentType, ContextType, RequireFields<MutationrecordRoadmapItemCompletionArgs, 'input' | 'itemId'>>;
  registerForEvent?: Resolver<ResolversTypes['EventParticipation'], ParentType, ContextType, RequireFields<MutationregisterForEventArgs, 'eventId' | 'organizationId'>>;
  removeRoadmapItem?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationremoveRoadmapItemArgs, 'id' | 'version'>>;
  scoreContestApplication?: Resolver<ResolversTypes['ContestScore'], ParentType, ContextType, RequireFields<MutationscoreContestApplicationArgs, 'applicationId' | 'jurorPersonId' | 'score'>>;
  submitReport?: Resolver<ResolversTypes['ReportSubmission'], ParentType, ContextType, RequireFields<MutationsubmitReportArgs, 'input' | 'municipalityId' | 'obligationId'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationupdateEventArgs, 'id' | 'input' | 'version'>>;
  updateRoadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationupdateRoadmapArgs, 'id' | 'input' | 'version'>>;
  updateRoadmapItem?: Resolver<ResolversTypes['RoadmapItem'], ParentType, ContextType, RequireFields<MutationupdateRoadmapItemArgs, 'id' | 'input' | 'version'>>;
  withdrawRoadmapItemCompletion?: Resolver<ResolversTypes['RoadmapItem'], ParentType, ContextType, RequireFields<MutationwithdrawRoadmapItemCompletionArgs, 'itemId' | 'reason'>>;
  withdrawSubmission?: Resolver<ResolversTypes['ReportSubmission'], ParentType, ContextType, RequireFields<MutationwithdrawSubmissionArgs, 'id' | 'reason'>>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roadmaps?: Resolver<Maybe<Array<ResolversTypes['Roadmap']>>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PracticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice'], FederationReferenceType extends FederationReferenceTypes['Practice'] = FederationReferenceTypes['Practice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Practice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contestResults?: Resolver<Maybe<Array<ResolversTypes['ContestApplication']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  calendar?: Resolver<Maybe<ResolversTypes['CalendarEntryConnection']>, ParentType, ContextType, RequireFields<QuerycalendarArgs, 'from' | 'scope' | 'to'>>;
  contest?: Resolver<Maybe<ResolversTypes['Contest']>, ParentType, ContextType, RequireFields<QuerycontestArgs, 'id'>>;
  contests?: Resolver<Maybe<ResolversTypes['ContestConnection']>, ParentType, ContextType, Partial<QuerycontestsArgs>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryeventArgs, 'id'>>;
  events?: Resolver<Maybe<ResolversTypes['EventConnection']>, ParentType, ContextType, Partial<QueryeventsArgs>>;
  nextDeadlines?: Resolver<Maybe<ResolversTypes['CalendarEntryConnection']>, ParentType, ContextType, RequireFields<QuerynextDeadlinesArgs, 'scope'>>;
  overdueDeadlines?: Resolver<Maybe<ResolversTypes['CalendarEntryConnection']>, ParentType, ContextType, RequireFields<QueryoverdueDeadlinesArgs, 'scope'>>;
  reportingObligation?: Resolver<Maybe<ResolversTypes['ReportingObligation']>, ParentType, ContextType, RequireFields<QueryreportingObligationArgs, 'id'>>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryroadmapArgs, 'id'>>;
  roadmaps?: Resolver<Maybe<ResolversTypes['RoadmapConnection']>, ParentType, ContextType, Partial<QueryroadmapsArgs>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  calendar?: Resolver<Maybe<ResolversTypes['CalendarEntryConnection']>, ParentType, ContextType, RequireFields<RegioncalendarArgs, 'from' | 'to'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportingObligations?: Resolver<Maybe<ResolversTypes['ReportingObligationConnection']>, ParentType, ContextType, Partial<RegionreportingObligationsArgs>>;
  roadmaps?: Resolver<Maybe<Array<ResolversTypes['Roadmap']>>, ParentType, ContextType>;
}>;

export type ReportSubmissionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportSubmission'] = ResolversParentTypes['ReportSubmission']> = ResolversObject<{
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  documentDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  obligation?: Resolver<ResolversTypes['ReportingObligation'], ParentType, ContextType>;
  onBehalf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submittedByRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReportingDocumentKindResolvers = EnumResolverSignature<{ INFORMATION?: any, OTHER?: any, PLAN?: any, REPORT?: any }, ResolversTypes['ReportingDocumentKind']>;

export type ReportingObligationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingObligation'] = ResolversParentTypes['ReportingObligation'], FederationReferenceType extends FederationReferenceTypes['ReportingObligation'] = FederationReferenceTypes['ReportingObligation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReportingObligation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportingDocumentKind'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  roadmapItem?: Resolver<Maybe<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['SubmissionSummary'], ParentType, ContextType>;
  territories?: Resolver<ResolversTypes['TerritorySubmissionConnection'], ParentType, ContextType, Partial<ReportingObligationterritoriesArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportingObligationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingObligationConnection'] = ResolversParentTypes['ReportingObligationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReportingObligationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportingObligationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingObligationEdge'] = ResolversParentTypes['ReportingObligationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReportingObligation'], ParentType, ContextType>;
}>;

export type RoadmapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap'], FederationReferenceType extends FederationReferenceTypes['Roadmap'] = FederationReferenceTypes['Roadmap']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Roadmap']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RoadmapLevel'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  completion?: Resolver<Maybe<ResolversTypes['RoadmapItemCompletion']>, ParentType, ContextType>;
  completions?: Resolver<Array<ResolversTypes['RoadmapItemCompletion']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  expectedResult?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  implements?: Resolver<Maybe<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  nextDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occurrences?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleOrganizations?: Resolver<Array<Maybe<ResolversTypes['Organization']>>, ParentType, ContextType>;
  responsiblePeople?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType>;
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['RoadmapSection']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RoadmapItemStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoadmapItemCompletionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoadmapItemCompletion'] = ResolversParentTypes['RoadmapItemCompletion']> = ResolversObject<{
  completedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidenceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurrenceOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedByRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoadmapItemStatusResolvers = EnumResolverSignature<{ DONE?: any, IN_PROGRESS?: any, OVERDUE?: any, PLANNED?: any }, ResolversTypes['RoadmapItemStatus']>;

export type RoadmapLevelResolvers = EnumResolverSignature<{ MUNICIPALITY?: any, ORGANIZATION?: any, REGION?: any }, ResolversTypes['RoadmapLevel']>;

export type RoadmapSectionResolvers = EnumResolverSignature<{ COORDINATION?: any, INFORMATIONAL?: any, MONITORING?: any, NORMATIVE?: any, ORGANIZATIONAL_METHODICAL?: any, REPORTING?: any }, ResolversTypes['RoadmapSection']>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubmissionStateResolvers = EnumResolverSignature<{ NOT_SUBMITTED?: any, PENDING?: any, SUBMITTED_LATE?: any, SUBMITTED_ON_TIME?: any }, ResolversTypes['SubmissionState']>;

export type SubmissionSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmissionSummary'] = ResolversParentTypes['SubmissionSummary']> = ResolversObject<{
  includesSyntheticData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TerritorySubmissionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TerritorySubmissionConnection'] = ResolversParentTypes['TerritorySubmissionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TerritorySubmissionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TerritorySubmissionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TerritorySubmissionEdge'] = ResolversParentTypes['TerritorySubmissionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TerritorySubmissionState'], ParentType, ContextType>;
}>;

export type TerritorySubmissionStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TerritorySubmissionState'] = ResolversParentTypes['TerritorySubmissionState']> = ResolversObject<{
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SubmissionState'], ParentType, ContextType>;
  submission?: Resolver<Maybe<ResolversTypes['ReportSubmission']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface UUIDScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  CalendarEntry?: CalendarEntryResolvers<ContextType>;
  CalendarEntryConnection?: CalendarEntryConnectionResolvers<ContextType>;
  CalendarEntryEdge?: CalendarEntryEdgeResolvers<ContextType>;
  CalendarEntryKind?: CalendarEntryKindResolvers;
  Contest?: ContestResolvers<ContextType>;
  ContestApplication?: ContestApplicationResolvers<ContextType>;
  ContestApplicationConnection?: ContestApplicationConnectionResolvers<ContextType>;
  ContestApplicationEdge?: ContestApplicationEdgeResolvers<ContextType>;
  ContestConnection?: ContestConnectionResolvers<ContextType>;
  ContestEdge?: ContestEdgeResolvers<ContextType>;
  ContestJuror?: ContestJurorResolvers<ContextType>;
  ContestKind?: ContestKindResolvers;
  ContestNomination?: ContestNominationResolvers<ContextType>;
  ContestPracticeProposal?: ContestPracticeProposalResolvers<ContextType>;
  ContestResult?: ContestResultResolvers;
  ContestScale?: ContestScaleResolvers<ContextType>;
  ContestScore?: ContestScoreResolvers<ContextType>;
  ContestStage?: ContestStageResolvers<ContextType>;
  ContestStageKind?: ContestStageKindResolvers;
  DataOrigin?: DataOriginResolvers;
  Date?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventAudienceLevel?: EventAudienceLevelResolvers;
  EventAudienceRole?: EventAudienceRoleResolvers;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventFormat?: EventFormatResolvers;
  EventKind?: EventKindResolvers;
  EventOrganizationParticipation?: EventOrganizationParticipationResolvers<ContextType>;
  EventParticipation?: EventParticipationResolvers<ContextType>;
  EventParticipationStatus?: EventParticipationStatusResolvers;
  EventParticipations?: EventParticipationsResolvers<ContextType>;
  MentoringPair?: MentoringPairResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReportSubmission?: ReportSubmissionResolvers<ContextType>;
  ReportingDocumentKind?: ReportingDocumentKindResolvers;
  ReportingObligation?: ReportingObligationResolvers<ContextType>;
  ReportingObligationConnection?: ReportingObligationConnectionResolvers<ContextType>;
  ReportingObligationEdge?: ReportingObligationEdgeResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  RoadmapConnection?: RoadmapConnectionResolvers<ContextType>;
  RoadmapEdge?: RoadmapEdgeResolvers<ContextType>;
  RoadmapItem?: RoadmapItemResolvers<ContextType>;
  RoadmapItemCompletion?: RoadmapItemCompletionResolvers<ContextType>;
  RoadmapItemStatus?: RoadmapItemStatusResolvers;
  RoadmapLevel?: RoadmapLevelResolvers;
  RoadmapSection?: RoadmapSectionResolvers;
  Source?: SourceResolvers<ContextType>;
  SubmissionState?: SubmissionStateResolvers;
  SubmissionSummary?: SubmissionSummaryResolvers<ContextType>;
  TerritorySubmissionConnection?: TerritorySubmissionConnectionResolvers<ContextType>;
  TerritorySubmissionEdge?: TerritorySubmissionEdgeResolvers<ContextType>;
  TerritorySubmissionState?: TerritorySubmissionStateResolvers<ContextType>;
  UUID?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: accessDirectiveResolver<any, any, ContextType>;
  maxLength?: maxLengthDirectiveResolver<any, any, ContextType>;
  person?: personDirectiveResolver<any, any, ContextType>;
}>;
