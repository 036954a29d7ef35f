import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EmploymentAgreementMapper, MentorProfileMapper, TrainingRecordMapper } from './../modules/mentors/schema.mappers.js';
import type { ImportReportMapper } from './../modules/mentor-base/schema.mappers.js';
import type { MentoringFormMapper, MentoringFormatMapper, MentoringProjectMapper, MonitoringCriterionMapper, MonitoringMeasureMapper } from './../modules/catalogues/schema.mappers.js';
import type { MentoringPairMapper, PairMenteeMapper } from './../modules/pairs/schema.mappers.js';
import type { MentoringSystemMapper } from './../modules/systems/schema.mappers.js';
import type { MunicipalityMapper, RegionMapper } from './../modules/territories/schema.mappers.js';
import type { OrganizationMapper, OrganizationMentoringMapper } from './../modules/organizations/schema.mappers.js';
import type { PersonMapper, PersonMentoringMapper } from './../modules/people/schema.mappers.js';
import type { PracticeMapper } from './../modules/practices/schema.mappers.js';
import type { ProgrammeMapper, ProgrammeActivityMapper } from './../modules/programmes/schema.mappers.js';
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

/** Кто дал письменное согласие на участие в паре/группе. */
export type ConsentGiver =
  /** Иной законный представитель участника младше 18 лет. */
  | 'LEGAL_REPRESENTATIVE'
  /** Родитель участника младше 18 лет. */
  | 'PARENT'
  /** Сам участник (an adult, or a minor's own consent is not enough: see PARENT). */
  | 'PARTICIPANT';

/** Происхождение записи (data origin). */
export type DataOrigin =
  /** Внесено пользователями: operational data entered or imported by the system's users. */
  | 'ENTERED'
  /** Из документа-источника: the record states only what a seed document prints. */
  | 'SEED'
  /** Синтетические демо-данные: fictional, made up for the demonstration; no fact about any real person or order. */
  | 'SYNTHETIC';

/** Дополнительное соглашение к трудовому договору наставника (seed 003 §4, меры стимулирования). */
export type EmploymentAgreement = {
  __typename?: 'EmploymentAgreement';
  /** Дата соглашения. */
  date: Scalars['Date']['output'];
  /** Номер соглашения. */
  number: Scalars['String']['output'];
};

/** Мероприятие планирования (event), as the mentoring domain sees it: only its id (planning resolves it). */
export type Event = {
  __typename?: 'Event';
  /** Identifier of the event in planning. */
  id: Scalars['ID']['output'];
};

/** Файл выгрузки. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** Содержимое файла, base64. */
  contentBase64: Scalars['String']['output'];
  /** MIME type. */
  contentType: Scalars['String']['output'];
  /** Имя файла, e.g. «База наставников — Знаменский район.xlsx». */
  fileName: Scalars['String']['output'];
  /** Число строк данных (without the header). */
  rowCount: Scalars['Int']['output'];
};

/** Файл импорта, carried in the request. */
export type ImportFile = {
  /** Содержимое файла, base64 (до 28 000 000 символов, a file of about 20 MB; up to 28,000,000 characters). */
  contentBase64: Scalars['String']['input'];
  /** Формат файла. */
  format: ImportFormat;
};

/** Формат файла импорта. */
export type ImportFormat =
  /** CSV: UTF-8 or Windows-1251, ';' or ',' separated, header row first. */
  | 'CSV'
  /** XLSX: the first worksheet, header row first. */
  | 'XLSX';

/** Отчёт об импорте. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** True when the changes were written (false for a dry run or an all-or-nothing import with rejections). */
  applied: Scalars['Boolean']['output'];
  /** Создано. */
  created: Scalars['Int']['output'];
  /** Отклонено. */
  rejected: Scalars['Int']['output'];
  /** Row results, optionally only those of one status. */
  rows: Array<ImportRowResult>;
  /** Rows in the file. */
  total: Scalars['Int']['output'];
  /** Без изменений. */
  unchanged: Scalars['Int']['output'];
  /** Изменено. */
  updated: Scalars['Int']['output'];
};


/** Отчёт об импорте. */
export type ImportReportrowsArgs = {
  status?: InputMaybe<ImportRowStatus>;
};

/** Result of one row of an import file. */
export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** Natural key of the row (ИНН; ФИО, дата рождения, ИНН организации). */
  key?: Maybe<Scalars['String']['output']>;
  /** Номер строки as the spreadsheet shows it (header is 1). */
  line: Scalars['Int']['output'];
  /** Why a row was rejected, in words a person understands. */
  messages: Array<Scalars['String']['output']>;
  /** Итог. */
  status: ImportRowStatus;
};

/** Итог строки импорта. */
export type ImportRowStatus =
  /** Создана новая запись. */
  | 'CREATED'
  /** Строка отклонена (see messages). */
  | 'REJECTED'
  /** Запись уже такая: nothing to change. */
  | 'UNCHANGED'
  /** Существующая запись изменена. */
  | 'UPDATED';

/** Filter of mentors; all given conditions must hold. */
export type MentorFilter = {
  /** Часть названия компетенции (part of a competency), case-insensitive: 2–100 characters without control characters. */
  competencyContains?: InputMaybe<Scalars['String']['input']>;
  /** Практикует форму. */
  form?: InputMaybe<MentoringFormCode>;
  /** ОКТМО муниципального образования. */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /**
   * Часть ФИО наставника (part of the surname, first name or patronymic, as the registry prints the full name),
   * case-insensitive: 2–100 characters without control characters. Matches only mentors whose full name the viewer may
   * see — anonymous viewers and other regions' systems: those whose publication consent lists fullName; staff: those the
   * person rule shows them; analysts, who see no names: no one — so a search never tells that a hidden mentor has a name.
   */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Организация (registry id). */
  organizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Код субъекта РФ. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Статус наставника. */
  status?: InputMaybe<MentorStatus>;
};

/** Профиль наставника: competencies, forms, capacity, training. Part of the municipal «База наставников». */
export type MentorProfile = {
  __typename?: 'MentorProfile';
  /** Важные для программы достижения наставника. */
  achievements?: Maybe<Scalars['String']['output']>;
  /** Наставляемых сейчас (in active pairs and groups). */
  activeMenteeCount: Scalars['Int']['output'];
  /** Наибольшее число наставляемых одновременно. */
  capacity: Scalars['Int']['output'];
  /** Основные компетенции наставника. */
  competencies: Array<Scalars['String']['output']>;
  /** Происхождение записи: SYNTHETIC for demo mentors. */
  dataOrigin: DataOrigin;
  /** Дата последнего дополнительного соглашения к трудовому договору наставника; null until recorded. */
  employmentAgreementDate?: Maybe<Scalars['Date']['output']>;
  /** Номер последнего дополнительного соглашения к трудовому договору наставника (seed 003 §4); null until recorded. */
  employmentAgreementNumber?: Maybe<Scalars['String']['output']>;
  /** Все дополнительные соглашения к трудовому договору наставника, latest first: a later agreement does not erase an earlier one. */
  employmentAgreements: Array<EmploymentAgreement>;
  /** Формы наставничества, которые практикует наставник. */
  forms: Array<MentoringForm>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Основное место работы; null when the registry did not answer (fail soft: the profile stays). */
  organization?: Maybe<Organization>;
  /** Наставник (registry person); null when the viewer may not see them. */
  person?: Maybe<Person>;
  /** Статус наставника. */
  status: MentorStatus;
  /** Обучение наставника, newest first: the records entered on the profile and the courses (ПК/ДПО) the person completed in planning. */
  trainings: Array<TrainingRecord>;
  /** Версия записи for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of mentors. */
export type MentorProfileConnection = {
  __typename?: 'MentorProfileConnection';
  /** Mentors of this page with their cursors. */
  edges: Array<MentorProfileEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of mentors matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A mentor with their cursor. */
export type MentorProfileEdge = {
  __typename?: 'MentorProfileEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The mentor. */
  node: MentorProfile;
};

/** A new mentor profile. */
export type MentorProfileInput = {
  /** Важные для программы достижения (до 2000 символов; up to 2000 characters). */
  achievements?: InputMaybe<Scalars['String']['input']>;
  /** Наибольшее число наставляемых одновременно (1–20). */
  capacity: Scalars['Int']['input'];
  /** Основные компетенции (each до 200 символов; up to 200 characters). */
  competencies: Array<Scalars['String']['input']>;
  /** Формы, которые практикует наставник (at least one). */
  forms: Array<MentoringFormCode>;
  /** Основное место работы (registry id). */
  organizationId: Scalars['UUID']['input'];
  /** Лицо (registry id); must work in the organization. */
  personId: Scalars['UUID']['input'];
  /** Статус; CANDIDATE by default. */
  status?: InputMaybe<MentorStatus>;
};

/** Changes to a mentor profile; omitted fields stay as they are. */
export type MentorProfilePatch = {
  /** Важные для программы достижения (до 2000 символов; up to 2000 characters). */
  achievements?: InputMaybe<Scalars['String']['input']>;
  /** Наибольшее число наставляемых (not below the current number). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Основные компетенции (each до 200 символов; up to 200 characters). */
  competencies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Формы. */
  forms?: InputMaybe<Array<MentoringFormCode>>;
  /** Статус. */
  status?: InputMaybe<MentorStatus>;
};

/** Статус наставника. */
export type MentorStatus =
  /** Активен: ведёт пары или группы. */
  | 'ACTIVE'
  /** Кандидат в наставники. */
  | 'CANDIDATE'
  /** Выбыл. */
  | 'LEFT'
  /** Обучен (прошёл подготовку). */
  | 'TRAINED';

/** Форма наставничества: «способ реализации системы наставничества через организацию работы наставнической пары/группы» (seed 003). */
export type MentoringForm = {
  __typename?: 'MentoringForm';
  /** Другие документы, naming the same form (merged entries). */
  alsoIn: Array<Source>;
  /** Code of the form. */
  code: MentoringFormCode;
  /** Определение формы in the seed's own words; null where no seed defines it. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Источник определения: the passage holding the definition; null with it. */
  definitionSource?: Maybe<Source>;
  /** Кто наставляемый: the kind of person the form's name puts second; createPair holds every mentee to it. */
  menteeKind: ParticipantKind;
  /** Кто наставник: the kind of person the form's name puts first; createMentorProfile and createPair hold the mentor to it. */
  mentorKind: ParticipantKind;
  /** Наименование формы, as the source prints it. */
  name: Scalars['String']['output'];
  /** Источник: the passage that names the form. */
  source: Source;
};

/** Код формы наставничества (role model): the forms of seed 003 §3 and seed 004, nothing else. */
export type MentoringFormCode =
  /** «Работодатель-ученик» (seed 004). */
  | 'EMPLOYER_PUPIL'
  /** «работодатель — студент» (seed 003 §3; seed 004 «Работодатель-студент»). */
  | 'EMPLOYER_STUDENT'
  /** «руководитель образовательной организации — педагог» (seed 003 §3; defined there as «руководитель образовательной организации - учитель»). */
  | 'HEAD_TEACHER'
  /** «педагог — педагог» (seed 003 §3). */
  | 'PEDAGOGUE_PEDAGOGUE'
  /** «Ученик-ученик» (seed 004). */
  | 'PUPIL_PUPIL'
  /** «Студент-ученик» (seed 004). */
  | 'STUDENT_PUPIL'
  /** «учитель — учитель» (seed 003 §3 defines it; seed 004 «Учитель-учитель»). */
  | 'TEACHER_TEACHER'
  /** «педагог — молодой педагог образовательной организации» (seed 003 §3). */
  | 'TEACHER_YOUNG_TEACHER';

/** Вид наставничества (format): how a pair or group works. Seed 003 §3 names and defines these as «форма» («Традиционная форма наставничества»); the system calls them виды to tell them from the role forms («педагог — педагог» …). The definition is seed 003's, verbatim. */
export type MentoringFormat = {
  __typename?: 'MentoringFormat';
  /** Другие документы, naming the same format. */
  alsoIn: Array<Source>;
  /** Code of the format. */
  code: MentoringFormatCode;
  /** Определение in the seed's own words. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Источник определения. */
  definitionSource?: Maybe<Source>;
  /** Наименование, as seed 003 prints it. */
  name: Scalars['String']['output'];
  /** Источник: the passage that names it. */
  source: Source;
};

/** Код вида наставничества (format): what seed 003 §3 defines as a «форма» of work («Традиционная форма наставничества», «Наставничество в группе» …); called вид here to tell it from the role forms. */
export type MentoringFormatCode =
  /** Наставничество в группе. */
  | 'GROUP'
  /** Реверсивное наставничество. */
  | 'REVERSE'
  /** Краткосрочное или целеполагающее наставничество. */
  | 'SHORT_TERM'
  /** Ситуационное наставничество. */
  | 'SITUATIONAL'
  /** Скоростное наставничество. */
  | 'SPEED'
  /** Традиционная форма наставничества («один-на-один»). */
  | 'TRADITIONAL'
  /** Виртуальное (дистанционное) наставничество. */
  | 'VIRTUAL';

/** Наставническая пара или группа: one mentor and one or more mentees working under a personalised programme. */
export type MentoringPair = {
  __typename?: 'MentoringPair';
  /** Происхождение записи: SYNTHETIC for demo pairs, ENTERED for users' pairs. */
  dataOrigin: DataOrigin;
  /** Фактическая дата завершения или прекращения. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Форма наставничества; null only for a project pair that has none (the «500+» pairs of seed 002). */
  form?: Maybe<MentoringForm>;
  /** Виды наставничества. */
  formats: Array<MentoringFormat>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Группа: more than one mentee. */
  isGroup: Scalars['Boolean']['output'];
  /** Наставляемые with their workplaces. */
  mentees: Array<PairMentee>;
  /** Наставник (registry person); null when the viewer may not see them. */
  mentor?: Maybe<Person>;
  /** Письменное согласие наставника; null until recorded. */
  mentorConsent?: Maybe<ParticipantConsent>;
  /** Дата письменного согласия наставника (mentorConsent.givenOn). */
  mentorConsentDate?: Maybe<Scalars['Date']['output']>;
  /** Дата приказа о закреплении. */
  orderDate?: Maybe<Scalars['Date']['output']>;
  /** Номер приказа о закреплении. */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** Образовательная организация where the pair works; null when the registry did not answer (fail soft: the pair stays). */
  organization?: Maybe<Organization>;
  /** Плановая дата завершения. */
  plannedEndDate?: Maybe<Scalars['Date']['output']>;
  /** Персонализированная программа наставничества, once drawn up. */
  programme?: Maybe<Programme>;
  /** Проект, in which the pair works (e.g. «500+»); null for most pairs. */
  project?: Maybe<MentoringProject>;
  /** Дата начала (start of the programme). */
  startDate: Scalars['Date']['output'];
  /** Статус пары/группы. */
  status: MentoringPairStatus;
  /** Причина досрочного прекращения. */
  terminationReason?: Maybe<Scalars['String']['output']>;
  /** Версия записи for optimistic locking. */
  version: Scalars['Int']['output'];
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
  /** Наставник (registry person id). */
  mentorPersonId?: InputMaybe<Scalars['UUID']['input']>;
  /** Организация (registry id). */
  organizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Проект (e.g. «500+»). */
  project?: InputMaybe<MentoringProjectCode>;
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

/** Проект, в рамках которого действуют наставнические (менторские) пары, not a form of the положение: seed 002's «500+». */
export type MentoringProject = {
  __typename?: 'MentoringProject';
  /** Другие документы, naming the same project. */
  alsoIn: Array<Source>;
  /** Code of the project. */
  code: MentoringProjectCode;
  /** Определение in a seed's own words; null where no seed defines it. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Источник определения. */
  definitionSource?: Maybe<Source>;
  /** Наименование проекта, as the seed prints it. */
  name: Scalars['String']['output'];
  /** Источник: the passage that names the project and its pairs. */
  source: Source;
};

/** Код проекта, в рамках которого действуют пары. */
export type MentoringProjectCode =
  /** Проект «500+» (seed 002): менторские пары руководителей общеобразовательных организаций. */
  | 'PROJECT_500_PLUS';

/** Система наставничества организации: what makes it implement the target model. */
export type MentoringSystem = {
  __typename?: 'MentoringSystem';
  /** Куратор (registry person): the recorded curator only while their SCHOOL_CURATOR appointment is in force in the registry, else null; also null when the viewer may not see them. */
  curator?: Maybe<Person>;
  /** Происхождение записи: SYNTHETIC for demo systems. */
  dataOrigin: DataOrigin;
  /** Создано методическое объединение наставников. */
  hasMethodicalAssociation: Scalars['Boolean']['output'];
  /** Реализует целевую модель — this system's rule, not a seed's: the положение is adopted by an order (number and date) and a curator is recorded whose SCHOOL_CURATOR appointment is in force. */
  implementsModel: Scalars['Boolean']['output'];
  /** Дата приказа об утверждении положения. */
  regulationOrderDate?: Maybe<Scalars['Date']['output']>;
  /** Номер приказа об утверждении положения о наставничестве. */
  regulationOrderNumber?: Maybe<Scalars['String']['output']>;
  /** Положение на сайте (URL). */
  regulationUrl?: Maybe<Scalars['String']['output']>;
  /** Версия записи for optimistic locking. */
  version: Scalars['Int']['output'];
  /** Раздел «Целевая модель наставничества» на сайте (URL). */
  websiteSectionUrl?: Maybe<Scalars['String']['output']>;
};

/** An organization's mentoring system, as a patch: omitted fields stay as they are, null clears a field. */
export type MentoringSystemInput = {
  /** Куратор (registry person id): only the person the head appointed (the registry's SCHOOL_CURATOR appointment in force here), whose employment here has begun; null only when no SCHOOL_CURATOR appointment is in force here. */
  curatorPersonId?: InputMaybe<Scalars['UUID']['input']>;
  /** Создано методическое объединение наставников (false when a new system omits it). */
  hasMethodicalAssociation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Дата приказа. */
  regulationOrderDate?: InputMaybe<Scalars['Date']['input']>;
  /** Номер приказа об утверждении положения (до 255 символов; up to 255 characters). */
  regulationOrderNumber?: InputMaybe<Scalars['String']['input']>;
  /** Положение на сайте (http(s) URL, до 255 символов; up to 255 characters). */
  regulationUrl?: InputMaybe<Scalars['String']['input']>;
  /** Раздел «Целевая модель наставничества» на сайте (http(s) URL, до 255 символов; up to 255 characters). */
  websiteSectionUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Показатель мониторинга as seed 003 §7 words it: its stage and the seed's own words. */
export type MonitoringCriterion = {
  __typename?: 'MonitoringCriterion';
  /** Другие документы, naming the same measure. */
  alsoIn: Array<Source>;
  /** Code of the measure. */
  code: MonitoringMeasureCode;
  /** Определение in a seed's own words; null: seed 003 lists the measures without defining them. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Источник определения. */
  definitionSource?: Maybe<Source>;
  /** Что оценивается, in the seed's words. */
  name: Scalars['String']['output'];
  /** Этап мониторинга. */
  phase: MonitoringPhase;
  /** Источник: the stage's heading and the item. */
  source: Source;
};

/** Значение показателя мониторинга. */
export type MonitoringMeasure = {
  __typename?: 'MonitoringMeasure';
  /** Показатель as catalogued (seed 003 §7). */
  criterion: MonitoringCriterion;
  /** Показатель. */
  measure: MonitoringMeasureCode;
  /** Значение (percent or score as the organization measures it). */
  value: Scalars['Float']['output'];
};

/** Показатель мониторинга программы: the eleven of seed 003 §7. */
export type MonitoringMeasureCode =
  /** «динамику успеваемости обучающихся» (процесс). */
  | 'ACADEMIC_PROGRESS'
  /** «качество и темпы адаптации молодого/менее опытного/сменившего место работы специалиста на новом месте работы» (влияние). */
  | 'ADAPTATION'
  /** «улучшение образовательных результатов и у наставляемого, и у наставника» (влияние). */
  | 'EDUCATIONAL_RESULTS'
  /** «процент обучающихся наставляемого, успешно прошедших ВПР/ОГЭ/ЕГЭ» (процесс). */
  | 'EXAM_SUCCESS_RATE'
  /** «увеличение числа педагогов и обучающихся, планирующих стать наставниками и наставляемыми в ближайшем будущем» (влияние). */
  | 'FUTURE_MENTORING'
  /** «степень включенности наставляемого педагога в инновационную деятельность образовательной организации» (влияние). */
  | 'INNOVATION_INVOLVEMENT'
  /** «динамику участия обучающихся в олимпиадах» (процесс). */
  | 'OLYMPIAD_PARTICIPATION'
  /** «социально-профессиональную активность наставляемого» (процесс). */
  | 'PROFESSIONAL_ACTIVITY'
  /** «результативность реализации персонализированной программы наставничества и сопутствующие риски» (процесс). */
  | 'PROGRAMME_EFFECTIVENESS'
  /** «эффективность реализации образовательных и культурных проектов совместно с наставляемым» (процесс). */
  | 'PROJECTS_EFFECTIVENESS'
  /** «повышение уровня мотивированности и осознанности наставляемых в вопросах саморазвития и профессионального самообразования» (влияние). */
  | 'SELF_DEVELOPMENT_MOTIVATION';

/** A monitoring value. */
export type MonitoringMeasureInput = {
  /** Показатель. */
  measure: MonitoringMeasureCode;
  /** Значение: a percentage or a score, from 0 to 100. */
  value: Scalars['Float']['input'];
};

/** Этап мониторинга программы наставничества (seed 003 §7: «Мониторинг программы наставничества состоит из двух основных этапов»). */
export type MonitoringPhase =
  /** «Мониторинг влияния персонализированной программы наставничества на всех ее участников». */
  | 'INFLUENCE'
  /** «Мониторинг процесса реализации персонализированной программы наставничества». */
  | 'PROCESS';

/** Этап мониторинга. */
export type MonitoringStage =
  /** По итогам программы. */
  | 'AFTER'
  /** До входа в программу. */
  | 'BEFORE';

/** Муниципальное образование, as the mentoring domain sees it: aggregates of its organizations' mentoring. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Число действующих наставнических пар/групп (status ACTIVE) in the municipality's organizations; an aggregate, public; null when suppressed: 1–4 pairs (each has a наставник, so a small count of people) for viewers outside the territory (roles other than its regional operator, municipal coordinator, or curator and head), rounded to base 5 for them otherwise (0 stays 0), as Query.statistics counts PAIRS; exact within the viewer's working territory; null also when the mentoring domain did not answer (then an error names this path). */
  activeMentoringPairCount?: Maybe<Scalars['Int']['output']>;
  /** Identifier of the municipality in the registry. */
  id: Scalars['ID']['output'];
};

/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Закрепить пару/группу приказом руководителя: seed 003 — the head «издает приказ(ы) о закреплении наставнических пар/групп
   * с письменного согласия их участников», so only the head of the pair's organization issues it, and only when every participant's
   * written consent (recordPairConsent) is on file — for a participant under 18 on the order date, that of a parent or legal
   * representative; for an adult on that date, their own. The mentor's capacity is never exceeded, and a mentee is in at most one active pair of the same form or
   * project — also when activations race.
   */
  activatePair: MentoringPair;
  /** Добавить мероприятие программы (within the programme's dates). */
  addProgrammeActivity: ProgrammeActivity;
  /** Добавить запись об обучении наставника. */
  addTraining: TrainingRecord;
  /** Завершить пару/группу after its programme. */
  completePair: MentoringPair;
  /** Отметить выполнение мероприятия. */
  completeProgrammeActivity: ProgrammeActivity;
  /** Завести профиль наставника for a person working in an organization of the territory. */
  createMentorProfile: MentorProfile;
  /** Сформировать пару или группу (черновик): mentor, mentees, form, formats, dates (programme of 3–12 months). */
  createPair: MentoringPair;
  /** Добавить практику в банк эффективных практик. */
  createPractice: Practice;
  /**
   * Импорт формы «База наставников» (same columns as the export): mentors are matched to registry people by ФИО and workplace,
   * profiles created or updated, and pairs with the listed mentees drawn up as drafts. A row whose mentor or mentees are not
   * the kinds the form's name says (MentoringForm.mentorKind, menteeKind) is rejected. Idempotent; one transaction.
   */
  importMentorBase: ImportReport;
  /**
   * Записать дополнительное соглашение к трудовому договору наставника (seed 003 §4: «Дополнительное соглашение к трудовому договору
   * наставника или иной вариант, предусматривающий доплату наставнику»): its number and date. Only for a mentor employed by the
   * profile's organization (a pupil or student mentor has no employment contract), dated not before that employment began and
   * not in the future. Agreements are kept as a history: a new one is added, none is overwritten; the same number and date twice is CONFLICT.
   */
  recordMentorAgreement: MentorProfile;
  /** Записать мониторинг до входа в программу или по её итогам. */
  recordMonitoring: Programme;
  /**
   * Записать письменное согласие участника пары/группы (seed 003 §4: «с письменного согласия их участников»): the mentor's or a mentee's,
   * given by the participant, or for a participant under 18 by a parent or legal representative — judged on the order date when the head
   * activates the pair. Dated not in the future, not before the draft was formed and not before the person's birth. Only for a draft;
   * a new record replaces the participant's old one and raises the pair's `version`.
   */
  recordPairConsent: MentoringPair;
  /** Записать удовлетворённость наставляемого и наставника (0–100). */
  recordSatisfaction: Programme;
  /**
   * Записать систему наставничества организации (положение, куратор, МО, раздел сайта) as a patch: fields not given stay as they are,
   * a field given as null is cleared. The curator is not chosen here: seed 003 — the curator «назначается руководителем образовательной
   * организации из числа заместителей руководителя (методистов)», so only the person holding the registry's SCHOOL_CURATOR appointment
   * in force at this organization, already working there, is accepted; null (no curator) is accepted only while no SCHOOL_CURATOR
   * appointment is in force there (the appointment ends in the registry).
   */
  saveMentoringSystem: MentoringSystem;
  /** Составить или изменить персонализированную программу of a pair (3–12 months). */
  saveProgramme: Programme;
  /** Прекратить пару/группу досрочно, with the reason. */
  terminatePair: MentoringPair;
  /** Изменить профиль наставника; `version` is the one read. */
  updateMentorProfile: MentorProfile;
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationactivatePairArgs = {
  id: Scalars['UUID']['input'];
  orderDate: Scalars['Date']['input'];
  orderNumber: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationaddProgrammeActivityArgs = {
  dueDate: Scalars['Date']['input'];
  programmeId: Scalars['UUID']['input'];
  title: Scalars['String']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationaddTrainingArgs = {
  input: TrainingInput;
  mentorId: Scalars['UUID']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationcompletePairArgs = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationcompleteProgrammeActivityArgs = {
  completedOn: Scalars['Date']['input'];
  id: Scalars['UUID']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationcreateMentorProfileArgs = {
  input: MentorProfileInput;
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationcreatePairArgs = {
  input: PairInput;
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationcreatePracticeArgs = {
  input: PracticeInput;
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationimportMentorBaseArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  file: ImportFile;
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationrecordMentorAgreementArgs = {
  date: Scalars['Date']['input'];
  mentorId: Scalars['UUID']['input'];
  number: Scalars['String']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationrecordMonitoringArgs = {
  measures: Array<MonitoringMeasureInput>;
  programmeId: Scalars['UUID']['input'];
  stage: MonitoringStage;
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationrecordPairConsentArgs = {
  givenBy: ConsentGiver;
  givenOn: Scalars['Date']['input'];
  pairId: Scalars['UUID']['input'];
  personId: Scalars['UUID']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationrecordSatisfactionArgs = {
  mentee: Scalars['Int']['input'];
  mentor: Scalars['Int']['input'];
  programmeId: Scalars['UUID']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationsaveMentoringSystemArgs = {
  input: MentoringSystemInput;
  organizationId: Scalars['UUID']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationsaveProgrammeArgs = {
  input: ProgrammeInput;
  pairId: Scalars['UUID']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationterminatePairArgs = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Изменения наставничества. Each mutation is atomic and limited to the viewer's territory (the organization of the pair, mentor or programme). */
export type MutationupdateMentorProfileArgs = {
  id: Scalars['UUID']['input'];
  patch: MentorProfilePatch;
  version: Scalars['Int']['input'];
};

/** Организация, as the mentoring domain sees it. */
export type Organization = {
  __typename?: 'Organization';
  /** Число действующих наставнических пар/групп (status ACTIVE); an aggregate, public; null when suppressed: 1–4 pairs (each has a наставник, so a small count of people) for viewers outside the territory (roles other than its regional operator, municipal coordinator, or curator and head), rounded to base 5 for them otherwise (0 stays 0), as Query.statistics counts PAIRS; exact within the viewer's working territory; null also when the mentoring domain did not answer (then an error names this path). */
  activeMentoringPairCount?: Maybe<Scalars['Int']['output']>;
  /** Identifier of the organization in the registry. */
  id: Scalars['ID']['output'];
  /** Наставничество в организации: pairs, programmes and mentors; FORBIDDEN outside the viewer's territory; null with that error, or when the mentoring domain did not answer. */
  mentoring?: Maybe<OrganizationMentoring>;
  /** Система наставничества (положение, куратор, МО, раздел сайта); public, as organizations publish it; null when none is recorded or when the mentoring domain did not answer (then the error names this path). */
  mentoringSystem?: Maybe<MentoringSystem>;
};

/** An organization's pairs, programmes and mentors. */
export type OrganizationMentoring = {
  __typename?: 'OrganizationMentoring';
  /** Наставники with this main workplace. */
  mentors: MentorProfileConnection;
  /** Пары и группы, newest start first. */
  pairs: MentoringPairConnection;
  /** Персонализированные программы, by start. */
  programmes: ProgrammeConnection;
};


/** An organization's pairs, programmes and mentors. */
export type OrganizationMentoringmentorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization's pairs, programmes and mentors. */
export type OrganizationMentoringpairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MentoringPairStatus>;
};


/** An organization's pairs, programmes and mentors. */
export type OrganizationMentoringprogrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A new pair or group (draft). */
export type PairInput = {
  /** Форма наставничества; the mentor must practise it. Required unless the pair belongs to a project. */
  form?: InputMaybe<MentoringFormCode>;
  /** Виды наставничества (GROUP is added for several mentees). */
  formats: Array<MentoringFormatCode>;
  /** Наставляемые with their workplaces or schools. */
  mentees: Array<PairMenteeInput>;
  /** Наставник (registry person id) with a mentor profile. */
  mentorPersonId: Scalars['UUID']['input'];
  /** Организация, where the pair works (registry id). */
  organizationId: Scalars['UUID']['input'];
  /** Плановое окончание: 3 to 12 months after the start. */
  plannedEndDate: Scalars['Date']['input'];
  /** Проект (e.g. «500+»): a project pair may have no form. */
  project?: InputMaybe<MentoringProjectCode>;
  /** Начало. */
  startDate: Scalars['Date']['input'];
};

/** Наставляемый of a pair or group. */
export type PairMentee = {
  __typename?: 'PairMentee';
  /** Письменное согласие (the mentee's, or a parent's or legal representative's for a minor); null until recorded. */
  consent?: Maybe<ParticipantConsent>;
  /** Место работы или учёбы наставляемого; null when the registry did not answer (fail soft). */
  organization?: Maybe<Organization>;
  /** Наставляемый (registry person); null when the viewer may not see them. */
  person?: Maybe<Person>;
};

/** A mentee of a new pair. */
export type PairMenteeInput = {
  /** Место работы или учёбы (registry id). */
  organizationId: Scalars['UUID']['input'];
  /** Лицо (registry id). */
  personId: Scalars['UUID']['input'];
};

/** Письменное согласие участника пары/группы (seed 003: «с письменного согласия их участников»). */
export type ParticipantConsent = {
  __typename?: 'ParticipantConsent';
  /** Кто дал согласие: the participant, or for a minor a parent or legal representative. */
  givenBy: ConsentGiver;
  /** Дата согласия. */
  givenOn: Scalars['Date']['output'];
};

/** Кто участвует в форме наставничества, as the form's name says, read from the registry on the day. */
export type ParticipantKind =
  /** Работодатель: a person employed by an organization of the kind EMPLOYER (предприятие-работодатель). */
  | 'EMPLOYER_STAFF'
  /** Педагогический работник («педагог», «учитель»): a pedagogical employment in an educational organization. */
  | 'PEDAGOGICAL_STAFF'
  /** Ученик: a pupil of a school (enrolled in a school grade). */
  | 'PUPIL'
  /** Руководитель образовательной организации: the registry's SCHOOL_HEAD appointment in force, or a head's position (директор, руководитель, заведующий). */
  | 'SCHOOL_HEAD'
  /** Студент: a student of a college (СПО) or university. */
  | 'STUDENT';

/** Физическое лицо, as the mentoring domain sees it: a mentor profile and participation. */
export type Person = {
  __typename?: 'Person';
  /** Identifier of the person in the registry. */
  id: Scalars['ID']['output'];
  /** Профиль наставника, if the person is a mentor the viewer may see; also null when the mentoring domain did not answer (the error names this path). */
  mentorProfile?: Maybe<MentorProfile>;
  /** Участие в наставничестве: pairs and groups as mentor and as mentee, in the viewer's territory; null when the mentoring domain did not answer (the error names this path). */
  mentoring?: Maybe<PersonMentoring>;
};

/** A person's pairs and groups. */
export type PersonMentoring = {
  __typename?: 'PersonMentoring';
  /** Как наставляемый. */
  asMentee: Array<MentoringPair>;
  /** Как наставник. */
  asMentor: Array<MentoringPair>;
};

/** Эффективная практика наставничества. */
export type Practice = {
  __typename?: 'Practice';
  /** Авторы: an author the viewer may not see (territory; for anonymous viewers, no consent to publication) is null, the others stay. */
  authors: Array<Maybe<Person>>;
  /** Награды: as recorded by users (demo practices claim none); for a contest's winner, its result, e.g. «Победитель конкурса «…» 2021». */
  awards: Array<Scalars['String']['output']>;
  /** Происхождение записи: SYNTHETIC for demo practices (and for a contest's demo data), SEED or ENTERED otherwise. */
  dataOrigin: DataOrigin;
  /** Форма наставничества. */
  form?: Maybe<MentoringForm>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Материалы (URL). */
  materialsUrl?: Maybe<Scalars['String']['output']>;
  /** Организация; null when the registry did not answer (fail soft: the practice stays). */
  organization?: Maybe<Organization>;
  /** Откуда практика в банке: BANK, or CONTEST for a contest's winner (its id is the contest application's id). */
  origin: PracticeOrigin;
  /** Краткое описание. */
  summary: Scalars['String']['output'];
  /** Название. */
  title: Scalars['String']['output'];
  /** Год (for a contest's winner, the contest's year). */
  year: Scalars['Int']['output'];
};

/** A page of practices. */
export type PracticeConnection = {
  __typename?: 'PracticeConnection';
  /** Practices of this page with their cursors. */
  edges: Array<PracticeEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of practices matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A practice with its cursor. */
export type PracticeEdge = {
  __typename?: 'PracticeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The practice. */
  node: Practice;
};

/** Filter of practices; all given conditions must hold. */
export type PracticeFilter = {
  /** Форма наставничества. */
  form?: InputMaybe<MentoringFormCode>;
  /** Организация. */
  organizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Код субъекта РФ of the organization. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Words of the title or summary, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Год. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A practice for the bank. */
export type PracticeInput = {
  /** Авторы (registry person ids). */
  authorPersonIds: Array<Scalars['UUID']['input']>;
  /** Награды (each до 500 символов; up to 500 characters). */
  awards?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Форма наставничества. */
  form?: InputMaybe<MentoringFormCode>;
  /** Материалы (http(s) URL, до 255 символов; up to 255 characters). */
  materialsUrl?: InputMaybe<Scalars['String']['input']>;
  /** Организация (registry id). */
  organizationId: Scalars['UUID']['input'];
  /** Краткое описание (до 4000 символов; up to 4000 characters). */
  summary: Scalars['String']['input'];
  /** Название (до 500 символов; up to 500 characters). */
  title: Scalars['String']['input'];
  /** Год. */
  year: Scalars['Int']['input'];
};

/** Откуда практика в банке (where a practice of the bank comes from). */
export type PracticeOrigin =
  /** Внесена в банк (createPractice, demo data). */
  | 'BANK'
  /** Победитель или призёр конкурса лучших практик: proposed with a contest application, in the bank once the results are published. */
  | 'CONTEST';

/** Персонализированная программа наставничества (3–12 months). */
export type Programme = {
  __typename?: 'Programme';
  /** Мероприятия with due dates and completion, by due date. */
  activities: Array<ProgrammeActivity>;
  /** Доля выполненных мероприятий, 0–1; null without activities. */
  completion?: Maybe<Scalars['Float']['output']>;
  /** Профессиональные затруднения (дефициты) наставляемого. */
  deficits: Array<Scalars['String']['output']>;
  /** Направления. */
  directions: Array<ProgrammeDirection>;
  /** Окончание. */
  endDate: Scalars['Date']['output'];
  /** Цели программы. */
  goals: Array<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Удовлетворённость наставляемого, 0–100. */
  menteeSatisfaction?: Maybe<Scalars['Int']['output']>;
  /** Удовлетворённость наставника, 0–100. */
  mentorSatisfaction?: Maybe<Scalars['Int']['output']>;
  /** Мониторинг по итогам программы. */
  monitoringAfter: Array<MonitoringMeasure>;
  /** Мониторинг до входа в программу. */
  monitoringBefore: Array<MonitoringMeasure>;
  /** Пара или группа. */
  pair: MentoringPair;
  /** Начало. */
  startDate: Scalars['Date']['output'];
  /** Версия записи for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** Мероприятие программы. */
export type ProgrammeActivity = {
  __typename?: 'ProgrammeActivity';
  /** Дата выполнения; null while open. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Срок. */
  dueDate: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Содержание мероприятия. */
  title: Scalars['String']['output'];
};

/** A page of programmes. */
export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  /** Programmes of this page with their cursors. */
  edges: Array<ProgrammeEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of programmes matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Направление персонализированной программы. */
export type ProgrammeDirection =
  /** Организация урочной и внеурочной деятельности. */
  | 'CLASS_AND_EXTRACURRICULAR'
  /** Методика обучения и преподавания. */
  | 'METHODOLOGY'
  /** Психолого-педагогическое сопровождение. */
  | 'PSYCHOLOGICAL_SUPPORT'
  /** Предметное содержание. */
  | 'SUBJECT_CONTENT'
  /** Воспитательная деятельность. */
  | 'UPBRINGING';

/** A programme with its cursor. */
export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The programme. */
  node: Programme;
};

/** A personalised programme. */
export type ProgrammeInput = {
  /** Профессиональные затруднения (each до 1000 символов; up to 1000 characters). */
  deficits: Array<Scalars['String']['input']>;
  /** Направления. */
  directions: Array<ProgrammeDirection>;
  /** Окончание: 3 to 12 months after the start. */
  endDate: Scalars['Date']['input'];
  /** Цели (at least one; each до 1000 символов; up to 1000 characters). */
  goals: Array<Scalars['String']['input']>;
  /** Начало. */
  startDate: Scalars['Date']['input'];
};

/**
 * Наставничество (mentoring): формы и виды наставничества, наставники, пары и группы, персонализированные программы.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Форма «База наставников» (приложение 3 к приказу № 96-Д): one row per mentor of the territory with their current mentees,
   * in the exact columns of the form, as XLSX or CSV. A coordinator exports their municipality, an operator the region or one of its municipalities.
   */
  mentorBase?: Maybe<ExportFile>;
  /** Виды наставничества (formats): the seven ways of working that seed 003 §3 defines (the seed calls them «форма», e.g. «Традиционная форма наставничества»; this system calls them виды to tell them from the role forms), with the seed's definitions verbatim, in the seed's order. */
  mentoringFormats?: Maybe<Array<MentoringFormat>>;
  /** Формы наставничества (role models): those of seed 003 §3 and seed 004, word for word, merged where both name one; in catalogue order. */
  mentoringForms?: Maybe<Array<MentoringForm>>;
  /** Наставническая пара или группа по id, if it lies in the viewer's territory. */
  mentoringPair?: Maybe<MentoringPair>;
  /** Наставнические пары и группы in the viewer's territory, filtered, newest start first. */
  mentoringPairs?: Maybe<MentoringPairConnection>;
  /** Проекты, в рамках которых действуют пары, that are not a form of the положение (seed 002: «500+»). */
  mentoringProjects?: Maybe<Array<MentoringProject>>;
  /** Наставники: staff roles see their territory, analysts their region or the nation, anonymous viewers only mentors who consented to publish their profile. */
  mentors?: Maybe<MentorProfileConnection>;
  /** Показатели мониторинга программ наставничества: the eleven of seed 003 §7, verbatim, process stage first. */
  monitoringMeasures?: Maybe<Array<MonitoringCriterion>>;
  /**
   * Банк эффективных практик наставничества: the practices entered into the bank and the winners and prize-winners of
   * published best-practice contests (origin CONTEST), searched and filtered together, newest year first.
   */
  practices?: Maybe<PracticeConnection>;
};


/**
 * Наставничество (mentoring): формы и виды наставничества, наставники, пары и группы, персонализированные программы.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerymentorBaseArgs = {
  format: ImportFormat;
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Наставничество (mentoring): формы и виды наставничества, наставники, пары и группы, персонализированные программы.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerymentoringPairArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Наставничество (mentoring): формы и виды наставничества, наставники, пары и группы, персонализированные программы.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerymentoringPairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentoringPairFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Наставничество (mentoring): формы и виды наставничества, наставники, пары и группы, персонализированные программы.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerymentorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Наставничество (mentoring): формы и виды наставничества, наставники, пары и группы, персонализированные программы.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerypracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Субъект РФ, as the mentoring domain sees it: aggregates of its organizations' mentoring. */
export type Region = {
  __typename?: 'Region';
  /** Число действующих наставнических пар/групп (status ACTIVE) in the region's organizations; an aggregate, public; null when suppressed: 1–4 pairs (each has a наставник, so a small count of people) for viewers outside the territory (roles other than its regional operator, municipal coordinator, or curator and head), rounded to base 5 for them otherwise (0 stays 0), as Query.statistics counts PAIRS; exact within the viewer's working territory; null also when the mentoring domain did not answer (then an error names this path). */
  activeMentoringPairCount?: Maybe<Scalars['Int']['output']>;
  /** Identifier of the region in the registry. */
  id: Scalars['ID']['output'];
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

/** A training record. */
export type TrainingInput = {
  /** Дата окончания (not in the future). */
  completedOn: Scalars['Date']['input'];
  /** Объём, часов (1–1000). */
  hours: Scalars['Int']['input'];
  /** Программа (до 500 символов; up to 500 characters). */
  programme: Scalars['String']['input'];
  /** Кто обучал (до 255 символов; up to 255 characters). */
  provider?: InputMaybe<Scalars['String']['input']>;
};

/** Обучение наставника: programme, hours, date — entered on the profile, or a completed course (курсы ПК/ДПО) of planning. */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  /** Дата окончания (for a course, its end date). */
  completedOn: Scalars['Date']['output'];
  /** Курсы (event) whose completion this is; null for an entered record. */
  event?: Maybe<Event>;
  /** Объём, часов; null where the source gives none. */
  hours?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier: the record's, or for a course the participation's in planning. */
  id: Scalars['ID']['output'];
  /** Программа (e.g. ДПО «Наставничество в системе „учитель – учитель“: от модели к технологии реализации»). */
  programme: Scalars['String']['output'];
  /** Кто обучал (e.g. ЦНППМ ГАУ ДПО СОИРО). */
  provider?: Maybe<Scalars['String']['output']>;
  /** Откуда запись: ENTERED on the profile, or COURSE completed in planning. */
  source: TrainingSource;
};

/** Откуда запись об обучении. */
export type TrainingSource =
  /** Курсы ПК/ДПО, освоенные по данным планирования: a COURSE event whose participation is COMPLETED (planning_pub.course_completion), read when asked, never copied. */
  | 'COURSE'
  /** Внесена в профиль наставника (addTraining, or the mentor base import). */
  | 'ENTERED';

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
  MentorProfile: MentorProfile;
  MentoringPair: MentoringPair;
  Municipality: Municipality;
  Organization: Organization;
  Person: Person;
  Practice: Practice;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  MentorProfile:
    ( { __typename: 'MentorProfile' }
    & GraphQLRecursivePick<FederationTypes['MentorProfile'], {"id":true}> );
  MentoringPair:
    ( { __typename: 'MentoringPair' }
    & GraphQLRecursivePick<FederationTypes['MentoringPair'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Practice:
    ( { __typename: 'Practice' }
    & GraphQLRecursivePick<FederationTypes['Practice'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ConsentGiver: ResolverTypeWrapper<'PARTICIPANT' | 'PARENT' | 'LEGAL_REPRESENTATIVE'>;
  DataOrigin: ResolverTypeWrapper<'SEED' | 'SYNTHETIC' | 'ENTERED'>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EmploymentAgreement: ResolverTypeWrapper<EmploymentAgreementMapper>;
  Event: ResolverTypeWrapper<Event>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ImportFile: ImportFile;
  ImportFormat: ResolverTypeWrapper<'CSV' | 'XLSX'>;
  ImportReport: ResolverTypeWrapper<ImportReportMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ImportRowResult: ResolverTypeWrapper<Omit<ImportRowResult, 'status'> & { status: ResolversTypes['ImportRowStatus'] }>;
  ImportRowStatus: ResolverTypeWrapper<'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED'>;
  MentorFilter: MentorFilter;
  MentorProfile: ResolverTypeWrapper<MentorProfileMapper>;
  MentorProfileConnection: ResolverTypeWrapper<Omit<MentorProfileConnection, 'edges'> & { edges: Array<ResolversTypes['MentorProfileEdge']> }>;
  MentorProfileEdge: ResolverTypeWrapper<Omit<MentorProfileEdge, 'node'> & { node: ResolversTypes['MentorProfile'] }>;
  MentorProfileInput: MentorProfileInput;
  MentorProfilePatch: MentorProfilePatch;
  MentorStatus: ResolverTypeWrapper<'CANDIDATE' | 'TRAINED' | 'ACTIVE' | 'LEFT'>;
  MentoringForm: ResolverTypeWrapper<MentoringFormMapper>;
  MentoringFormCode: ResolverTypeWrapper<'PEDAGOGUE_PEDAGOGUE' | 'HEAD_TEACHER' | 'EMPLOYER_STUDENT' | 'TEACHER_YOUNG_TEACHER' | 'TEACHER_TEACHER' | 'PUPIL_PUPIL' | 'STUDENT_PUPIL' | 'EMPLOYER_PUPIL'>;
  MentoringFormat: ResolverTypeWrapper<MentoringFormatMapper>;
  MentoringFormatCode: ResolverTypeWrapper<'TRADITIONAL' | 'GROUP' | 'VIRTUAL' | 'SHORT_TERM' | 'REVERSE' | 'SITUATIONAL' | 'SPEED'>;
  MentoringPair: ResolverTypeWrapper<MentoringPairMapper>;
  MentoringPairConnection: ResolverTypeWrapper<Omit<MentoringPairConnection, 'edges'> & { edges: Array<ResolversTypes['MentoringPairEdge']> }>;
  MentoringPairEdge: ResolverTypeWrapper<Omit<MentoringPairEdge, 'node'> & { node: ResolversTypes['MentoringPair'] }>;
  MentoringPairFilter: MentoringPairFilter;
  MentoringPairStatus: ResolverTypeWrapper<'DRAFT' | 'ACTIVE' | 'COMPLETED' | 'TERMINATED'>;
  MentoringProject: ResolverTypeWrapper<MentoringProjectMapper>;
  MentoringProjectCode: ResolverTypeWrapper<'PROJECT_500_PLUS'>;
  MentoringSystem: ResolverTypeWrapper<MentoringSystemMapper>;
  MentoringSystemInput: MentoringSystemInput;
  MonitoringCriterion: ResolverTypeWrapper<MonitoringCriterionMapper>;
  MonitoringMeasure: ResolverTypeWrapper<MonitoringMeasureMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MonitoringMeasureCode: ResolverTypeWrapper<'PROGRAMME_EFFECTIVENESS' | 'PROJECTS_EFFECTIVENESS' | 'EXAM_SUCCESS_RATE' | 'ACADEMIC_PROGRESS' | 'OLYMPIAD_PARTICIPATION' | 'PROFESSIONAL_ACTIVITY' | 'EDUCATIONAL_RESULTS' | 'SELF_DEVELOPMENT_MOTIVATION' | 'INNOVATION_INVOLVEMENT' | 'ADAPTATION' | 'FUTURE_MENTORING'>;
  MonitoringMeasureInput: MonitoringMeasureInput;
  MonitoringPhase: ResolverTypeWrapper<'PROCESS' | 'INFLUENCE'>;
  MonitoringStage: ResolverTypeWrapper<'BEFORE' | 'AFTER'>;
  Municipality: ResolverTypeWrapper<MunicipalityMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  OrganizationMentoring: ResolverTypeWrapper<OrganizationMentoringMapper>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PairInput: PairInput;
  PairMentee: ResolverTypeWrapper<PairMenteeMapper>;
  PairMenteeInput: PairMenteeInput;
  ParticipantConsent: ResolverTypeWrapper<Omit<ParticipantConsent, 'givenBy'> & { givenBy: ResolversTypes['ConsentGiver'] }>;
  ParticipantKind: ResolverTypeWrapper<'PEDAGOGICAL_STAFF' | 'SCHOOL_HEAD' | 'EMPLOYER_STAFF' | 'PUPIL' | 'STUDENT'>;
  Person: ResolverTypeWrapper<PersonMapper>;
  PersonMentoring: ResolverTypeWrapper<PersonMentoringMapper>;
  Practice: ResolverTypeWrapper<PracticeMapper>;
  PracticeConnection: ResolverTypeWrapper<Omit<PracticeConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeEdge']> }>;
  PracticeEdge: ResolverTypeWrapper<Omit<PracticeEdge, 'node'> & { node: ResolversTypes['Practice'] }>;
  PracticeFilter: PracticeFilter;
  PracticeInput: PracticeInput;
  PracticeOrigin: ResolverTypeWrapper<'BANK' | 'CONTEST'>;
  Programme: ResolverTypeWrapper<ProgrammeMapper>;
  ProgrammeActivity: ResolverTypeWrapper<ProgrammeActivityMapper>;
  ProgrammeConnection: ResolverTypeWrapper<Omit<ProgrammeConnection, 'edges'> & { edges: Array<ResolversTypes['ProgrammeEdge']> }>;
  ProgrammeDirection: ResolverTypeWrapper<'SUBJECT_CONTENT' | 'METHODOLOGY' | 'UPBRINGING' | 'CLASS_AND_EXTRACURRICULAR' | 'PSYCHOLOGICAL_SUPPORT'>;
  ProgrammeEdge: ResolverTypeWrapper<Omit<ProgrammeEdge, 'node'> & { node: ResolversTypes['Programme'] }>;
  ProgrammeInput: ProgrammeInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  Source: ResolverTypeWrapper<Source>;
  TrainingInput: TrainingInput;
  TrainingRecord: ResolverTypeWrapper<TrainingRecordMapper>;
  TrainingSource: ResolverTypeWrapper<'ENTERED' | 'COURSE'>;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  EmploymentAgreement: EmploymentAgreementMapper;
  Event: Event;
  ID: Scalars['ID']['output'];
  ExportFile: ExportFile;
  ImportFile: ImportFile;
  ImportReport: ImportReportMapper;
  Boolean: Scalars['Boolean']['output'];
  ImportRowResult: ImportRowResult;
  MentorFilter: MentorFilter;
  MentorProfile: MentorProfileMapper;
  MentorProfileConnection: Omit<MentorProfileConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentorProfileEdge']> };
  MentorProfileEdge: Omit<MentorProfileEdge, 'node'> & { node: ResolversParentTypes['MentorProfile'] };
  MentorProfileInput: MentorProfileInput;
  MentorProfilePatch: MentorProfilePatch;
  MentoringForm: MentoringFormMapper;
  MentoringFormat: MentoringFormatMapper;
  MentoringPair: MentoringPairMapper;
  MentoringPairConnection: Omit<MentoringPairConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentoringPairEdge']> };
  MentoringPairEdge: Omit<MentoringPairEdge, 'node'> & { node: ResolversParentTypes['MentoringPair'] };
  MentoringPairFilter: MentoringPairFilter;
  MentoringProject: MentoringProjectMapper;
  MentoringSystem: MentoringSystemMapper;
  MentoringSystemInput: MentoringSystemInput;
  MonitoringCriterion: MonitoringCriterionMapper;
  MonitoringMeasure: MonitoringMeasureMapper;
  Float: Scalars['Float']['output'];
  MonitoringMeasureInput: MonitoringMeasureInput;
  Municipality: MunicipalityMapper;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapper;
  OrganizationMentoring: OrganizationMentoringMapper;
  PageInfo: PageInfo;
  PairInput: PairInput;
  PairMentee: PairMenteeMapper;
  PairMenteeInput: PairMenteeInput;
  ParticipantConsent: ParticipantConsent;
  Person: PersonMapper;
  PersonMentoring: PersonMentoringMapper;
  Practice: PracticeMapper;
  PracticeConnection: Omit<PracticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeEdge']> };
  PracticeEdge: Omit<PracticeEdge, 'node'> & { node: ResolversParentTypes['Practice'] };
  PracticeFilter: PracticeFilter;
  PracticeInput: PracticeInput;
  Programme: ProgrammeMapper;
  ProgrammeActivity: ProgrammeActivityMapper;
  ProgrammeConnection: Omit<ProgrammeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgrammeEdge']> };
  ProgrammeEdge: Omit<ProgrammeEdge, 'node'> & { node: ResolversParentTypes['Programme'] };
  ProgrammeInput: ProgrammeInput;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  Source: Source;
  TrainingInput: TrainingInput;
  TrainingRecord: TrainingRecordMapper;
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

export type personDirectiveArgs = { };

export type personDirectiveResolver<Result, Parent, ContextType = Context, Args = personDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type personalDirectiveArgs = {
  publishAs?: Maybe<Scalars['String']['input']>;
  subject?: Maybe<Scalars['String']['input']>;
};

export type personalDirectiveResolver<Result, Parent, ContextType = Context, Args = personalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ConsentGiverResolvers = EnumResolverSignature<{ LEGAL_REPRESENTATIVE?: any, PARENT?: any, PARTICIPANT?: any }, ResolversTypes['ConsentGiver']>;

export type DataOriginResolvers = EnumResolverSignature<{ ENTERED?: any, SEED?: any, SYNTHETIC?: any }, ResolversTypes['DataOrigin']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EmploymentAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentAgreement'] = ResolversParentTypes['EmploymentAgreement']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = ResolversObject<{
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportFormatResolvers = EnumResolverSignature<{ CSV?: any, XLSX?: any }, ResolversTypes['ImportFormat']>;

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = ResolversObject<{
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType, Partial<ImportReportrowsArgs>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportRowResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = ResolversObject<{
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportRowStatus'], ParentType, ContextType>;
}>;

export type ImportRowStatusResolvers = EnumResolverSignature<{ CREATED?: any, REJECTED?: any, UNCHANGED?: any, UPDATED?: any }, ResolversTypes['ImportRowStatus']>;

export type MentorProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorProfile'] = ResolversParentTypes['MentorProfile'], FederationReferenceType extends FederationReferenceTypes['MentorProfile'] = FederationReferenceTypes['MentorProfile']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MentorProfile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  achievements?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  activeMenteeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  competencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  employmentAgreementDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  employmentAgreementNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employmentAgreements?: Resolver<Array<ResolversTypes['EmploymentAgreement']>, ParentType, ContextType>;
  forms?: Resolver<Array<ResolversTypes['MentoringForm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MentorStatus'], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['TrainingRecord']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MentorProfileConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorProfileConnection'] = ResolversParentTypes['MentorProfileConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MentorProfileEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MentorProfileEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorProfileEdge'] = ResolversParentTypes['MentorProfileEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MentorProfile'], ParentType, ContextType>;
}>;

export type MentorStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CANDIDATE?: any, LEFT?: any, TRAINED?: any }, ResolversTypes['MentorStatus']>;

export type MentoringFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringForm'] = ResolversParentTypes['MentoringForm']> = ResolversObject<{
  alsoIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['MentoringFormCode'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definitionSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  menteeKind?: Resolver<ResolversTypes['ParticipantKind'], ParentType, ContextType>;
  mentorKind?: Resolver<ResolversTypes['ParticipantKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type MentoringFormCodeResolvers = EnumResolverSignature<{ EMPLOYER_PUPIL?: any, EMPLOYER_STUDENT?: any, HEAD_TEACHER?: any, PEDAGOGUE_PEDAGOGUE?: any, PUPIL_PUPIL?: any, STUDENT_PUPIL?: any, TEACHER_TEACHER?: any, TEACHER_YOUNG_TEACHER?: any }, ResolversTypes['MentoringFormCode']>;

export type MentoringFormatResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringFormat'] = ResolversParentTypes['MentoringFormat']> = ResolversObject<{
  alsoIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['MentoringFormatCode'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definitionSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type MentoringFormatCodeResolvers = EnumResolverSignature<{ GROUP?: any, REVERSE?: any, SHORT_TERM?: any, SITUATIONAL?: any, SPEED?: any, TRADITIONAL?: any, VIRTUAL?: any }, ResolversTypes['MentoringFormatCode']>;

export type MentoringPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringPair'] = ResolversParentTypes['MentoringPair'], FederationReferenceType extends FederationReferenceTypes['MentoringPair'] = FederationReferenceTypes['MentoringPair']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MentoringPair']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['MentoringForm']>, ParentType, ContextType>;
  formats?: Resolver<Array<ResolversTypes['MentoringFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mentees?: Resolver<Array<ResolversTypes['PairMentee']>, ParentType, ContextType>;
  mentor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  mentorConsent?: Resolver<Maybe<ResolversTypes['ParticipantConsent']>, ParentType, ContextType>;
  mentorConsentDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  orderDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  orderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  plannedEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['MentoringProject']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MentoringPairStatus'], ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type MentoringPairStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, COMPLETED?: any, DRAFT?: any, TERMINATED?: any }, ResolversTypes['MentoringPairStatus']>;

export type MentoringProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringProject'] = ResolversParentTypes['MentoringProject']> = ResolversObject<{
  alsoIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['MentoringProjectCode'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definitionSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type MentoringProjectCodeResolvers = EnumResolverSignature<{ PROJECT_500_PLUS?: any }, ResolversTypes['MentoringProjectCode']>;

export type MentoringSystemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentoringSystem'] = ResolversParentTypes['MentoringSystem']> = ResolversObject<{
  curator?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  hasMethodicalAssociation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  implementsModel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regulationOrderDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  regulationOrderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regulationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  websiteSectionUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MonitoringCriterionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringCriterion'] = ResolversParentTypes['MonitoringCriterion']> = ResolversObject<{
  alsoIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['MonitoringMeasureCode'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definitionSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['MonitoringPhase'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type MonitoringMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringMeasure'] = ResolversParentTypes['MonitoringMeasure']> = ResolversObject<{
  criterion?: Resolver<ResolversTypes['MonitoringCriterion'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['MonitoringMeasureCode'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MonitoringMeasureCodeResolvers = EnumResolverSignature<{ ACADEMIC_PROGRESS?: any, ADAPTATION?: any, EDUCATIONAL_RESULTS?: any, EXAM_SUCCESS_RATE?: any, FUTURE_MENTORING?: any, INNOVATION_INVOLVEMENT?: any, OLYMPIAD_PARTICIPATION?: any, PROFESSIONAL_ACTIVITY?: any, PROGRAMME_EFFECTIVENESS?: any, PROJECTS_EFFECTIVENESS?: any, SELF_DEVELOPMENT_MOTIVATION?: any }, ResolversTypes['MonitoringMeasureCode']>;

export type MonitoringPhaseResolvers = EnumResolverSignature<{ INFLUENCE?: any, PROCESS?: any }, ResolversTypes['MonitoringPhase']>;

export type MonitoringStageResolvers = EnumResolverSignature<{ AFTER?: any, BEFORE?: any }, ResolversTypes['MonitoringStage']>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMentoringPairCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activatePair?: Resolver<ResolversTypes['MentoringPair'], ParentType, ContextType, RequireFields<MutationactivatePairArgs, 'id' | 'orderDate' | 'orderNumber' | 'version'>>;
  addProgrammeActivity?: Resolver<ResolversTypes['ProgrammeActivity'], ParentType, ContextType, RequireFields<MutationaddProgrammeActivityArgs, 'dueDate' | 'programmeId' | 'title'>>;
  addTraining?: Resolver<ResolversTypes['TrainingRecord'], ParentType, ContextType, RequireFields<MutationaddTrainingArgs, 'input' | 'mentorId'>>;
  completePair?: Resolver<ResolversTypes['MentoringPair'], ParentType, ContextType, RequireFields<MutationcompletePairArgs, 'endedOn' | 'id' | 'version'>>;
  completeProgrammeActivity?: Resolver<ResolversTypes['ProgrammeActivity'], ParentType, ContextType, RequireFields<MutationcompleteProgrammeActivityArgs, 'completedOn' | 'id'>>;
  createMentorProfile?: Resolver<ResolversTypes['MentorProfile'], ParentType, ContextType, RequireFields<MutationcreateMentorProfileArgs, 'input'>>;
  createPair?: Resolver<ResolversTypes['MentoringPair'], ParentType, ContextType, RequireFields<MutationcreatePairArgs, 'input'>>;
  createPractice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationcreatePracticeArgs, 'input'>>;
  importMentorBase?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationimportMentorBaseArgs, 'allOrNothing' | 'dryRun' | 'file'>>;
  recordMentorAgreement?: Resolver<ResolversTypes['MentorProfile'], ParentType, ContextType, RequireFields<MutationrecordMentorAgreementArgs, 'date' | 'mentorId' | 'number'>>;
  recordMonitoring?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationrecordMonitoringArgs, 'measures' | 'programmeId' | 'stage'>>;
  recordPairConsent?: Resolver<ResolversTypes['MentoringPair'], ParentType, ContextType, RequireFields<MutationrecordPairConsentArgs, 'givenBy' | 'givenOn' | 'pairId' | 'personId'>>;
  recordSatisfaction?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationrecordSatisfactionArgs, 'mentee' | 'mentor' | 'programmeId'>>;
  saveMentoringSystem?: Resolver<ResolversTypes['MentoringSystem'], ParentType, ContextType, RequireFields<MutationsaveMentoringSystemArgs, 'input' | 'organizationId'>>;
  saveProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationsaveProgrammeArgs, 'input' | 'pairId'>>;
  terminatePair?: Resolver<ResolversTypes['MentoringPair'], ParentType, ContextType, RequireFields<MutationterminatePairArgs, 'endedOn' | 'id' | 'reason' | 'version'>>;
  updateMentorProfile?: Resolver<ResolversTypes['MentorProfile'], ParentType, ContextType, RequireFields<MutationupdateMentorProfileArgs, 'id' | 'patch' | 'version'>>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMentoringPairCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentoring?: Resolver<Maybe<ResolversTypes['OrganizationMentoring']>, ParentType, ContextType>;
  mentoringSystem?: Resolver<Maybe<ResolversTypes['MentoringSystem']>, ParentType, ContextType>;
}>;

export type OrganizationMentoringResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationMentoring'] = ResolversParentTypes['OrganizationMentoring']> = ResolversObject<{
  mentors?: Resolver<ResolversTypes['MentorProfileConnection'], ParentType, ContextType, Partial<OrganizationMentoringmentorsArgs>>;
  pairs?: Resolver<ResolversTypes['MentoringPairConnection'], ParentType, ContextType, Partial<OrganizationMentoringpairsArgs>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<OrganizationMentoringprogrammesArgs>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PairMenteeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairMentee'] = ResolversParentTypes['PairMentee']> = ResolversObject<{
  consent?: Resolver<Maybe<ResolversTypes['ParticipantConsent']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type ParticipantConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipantConsent'] = ResolversParentTypes['ParticipantConsent']> = ResolversObject<{
  givenBy?: Resolver<ResolversTypes['ConsentGiver'], ParentType, ContextType>;
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ParticipantKindResolvers = EnumResolverSignature<{ EMPLOYER_STAFF?: any, PEDAGOGICAL_STAFF?: any, PUPIL?: any, SCHOOL_HEAD?: any, STUDENT?: any }, ResolversTypes['ParticipantKind']>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentorProfile?: Resolver<Maybe<ResolversTypes['MentorProfile']>, ParentType, ContextType>;
  mentoring?: Resolver<Maybe<ResolversTypes['PersonMentoring']>, ParentType, ContextType>;
}>;

export type PersonMentoringResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonMentoring'] = ResolversParentTypes['PersonMentoring']> = ResolversObject<{
  asMentee?: Resolver<Array<ResolversTypes['MentoringPair']>, ParentType, ContextType>;
  asMentor?: Resolver<Array<ResolversTypes['MentoringPair']>, ParentType, ContextType>;
}>;

export type PracticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice'], FederationReferenceType extends FederationReferenceTypes['Practice'] = FederationReferenceTypes['Practice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Practice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  authors?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType>;
  awards?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['MentoringForm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materialsUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['PracticeOrigin'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PracticeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PracticeConnection'] = ResolversParentTypes['PracticeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PracticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PracticeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PracticeEdge'] = ResolversParentTypes['PracticeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
}>;

export type PracticeOriginResolvers = EnumResolverSignature<{ BANK?: any, CONTEST?: any }, ResolversTypes['PracticeOrigin']>;

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['ProgrammeActivity']>, ParentType, ContextType>;
  completion?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  deficits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  directions?: Resolver<Array<ResolversTypes['ProgrammeDirection']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  menteeSatisfaction?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mentorSatisfaction?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  monitoringAfter?: Resolver<Array<ResolversTypes['MonitoringMeasure']>, ParentType, ContextType>;
  monitoringBefore?: Resolver<Array<ResolversTypes['MonitoringMeasure']>, ParentType, ContextType>;
  pair?: Resolver<ResolversTypes['MentoringPair'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgrammeActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeActivity'] = ResolversParentTypes['ProgrammeActivity']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProgrammeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgrammeDirectionResolvers = EnumResolverSignature<{ CLASS_AND_EXTRACURRICULAR?: any, METHODOLOGY?: any, PSYCHOLOGICAL_SUPPORT?: any, SUBJECT_CONTENT?: any, UPBRINGING?: any }, ResolversTypes['ProgrammeDirection']>;

export type ProgrammeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  mentorBase?: Resolver<Maybe<ResolversTypes['ExportFile']>, ParentType, ContextType, RequireFields<QuerymentorBaseArgs, 'format'>>;
  mentoringFormats?: Resolver<Maybe<Array<ResolversTypes['MentoringFormat']>>, ParentType, ContextType>;
  mentoringForms?: Resolver<Maybe<Array<ResolversTypes['MentoringForm']>>, ParentType, ContextType>;
  mentoringPair?: Resolver<Maybe<ResolversTypes['MentoringPair']>, ParentType, ContextType, RequireFields<QuerymentoringPairArgs, 'id'>>;
  mentoringPairs?: Resolver<Maybe<ResolversTypes['MentoringPairConnection']>, ParentType, ContextType, Partial<QuerymentoringPairsArgs>>;
  mentoringProjects?: Resolver<Maybe<Array<ResolversTypes['MentoringProject']>>, ParentType, ContextType>;
  mentors?: Resolver<Maybe<ResolversTypes['MentorProfileConnection']>, ParentType, ContextType, Partial<QuerymentorsArgs>>;
  monitoringMeasures?: Resolver<Maybe<Array<ResolversTypes['MonitoringCriterion']>>, ParentType, ContextType>;
  practices?: Resolver<Maybe<ResolversTypes['PracticeConnection']>, ParentType, ContextType, Partial<QuerypracticesArgs>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMentoringPairCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrainingRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingRecord'] = ResolversParentTypes['TrainingRecord']> = ResolversObject<{
  completedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['TrainingSource'], ParentType, ContextType>;
}>;

export type TrainingSourceResolvers = EnumResolverSignature<{ COURSE?: any, ENTERED?: any }, ResolversTypes['TrainingSource']>;

export interface UUIDScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  ConsentGiver?: ConsentGiverResolvers;
  DataOrigin?: DataOriginResolvers;
  Date?: GraphQLScalarType;
  EmploymentAgreement?: EmploymentAgreementResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  ImportFormat?: ImportFormatResolvers;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  ImportRowStatus?: ImportRowStatusResolvers;
  MentorProfile?: MentorProfileResolvers<ContextType>;
  MentorProfileConnection?: MentorProfileConnectionResolvers<ContextType>;
  MentorProfileEdge?: MentorProfileEdgeResolvers<ContextType>;
  MentorStatus?: MentorStatusResolvers;
  MentoringForm?: MentoringFormResolvers<ContextType>;
  MentoringFormCode?: MentoringFormCodeResolvers;
  MentoringFormat?: MentoringFormatResolvers<ContextType>;
  MentoringFormatCode?: MentoringFormatCodeResolvers;
  MentoringPair?: MentoringPairResolvers<ContextType>;
  MentoringPairConnection?: MentoringPairConnectionResolvers<ContextType>;
  MentoringPairEdge?: MentoringPairEdgeResolvers<ContextType>;
  MentoringPairStatus?: MentoringPairStatusResolvers;
  MentoringProject?: MentoringProjectResolvers<ContextType>;
  MentoringProjectCode?: MentoringProjectCodeResolvers;
  MentoringSystem?: MentoringSystemResolvers<ContextType>;
  MonitoringCriterion?: MonitoringCriterionResolvers<ContextType>;
  MonitoringMeasure?: MonitoringMeasureResolvers<ContextType>;
  MonitoringMeasureCode?: MonitoringMeasureCodeResolvers;
  MonitoringPhase?: MonitoringPhaseResolvers;
  MonitoringStage?: MonitoringStageResolvers;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationMentoring?: OrganizationMentoringResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PairMentee?: PairMenteeResolvers<ContextType>;
  ParticipantConsent?: ParticipantConsentResolvers<ContextType>;
  ParticipantKind?: ParticipantKindResolvers;
  Person?: PersonResolvers<ContextType>;
  PersonMentoring?: PersonMentoringResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  PracticeConnection?: PracticeConnectionResolvers<ContextType>;
  PracticeEdge?: PracticeEdgeResolvers<ContextType>;
  PracticeOrigin?: PracticeOriginResolvers;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeActivity?: ProgrammeActivityResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeDirection?: ProgrammeDirectionResolvers;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  TrainingRecord?: TrainingRecordResolvers<ContextType>;
  TrainingSource?: TrainingSourceResolvers;
  UUID?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: accessDirectiveResolver<any, any, ContextType>;
  maxLength?: maxLengthDirectiveResolver<any, any, ContextType>;
  person?: personDirectiveResolver<any, any, ContextType>;
  personal?: personalDirectiveResolver<any, any, ContextType>;
}>;
