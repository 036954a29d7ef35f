import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AppointmentMapper } from './../modules/appointments/schema.mappers.js';
import type { ConsentMapper } from './../modules/consents/schema.mappers.js';
import type { EmploymentMapper, PersonMapper } from './../modules/people/schema.mappers.js';
import type { EnrollmentMapper } from './../modules/students/schema.mappers.js';
import type { ImportReportMapper } from './../modules/imports/schema.mappers.js';
import type { MunicipalityMapper, RegionMapper } from './../modules/territories/schema.mappers.js';
import type { OrganizationMapper } from './../modules/organizations/schema.mappers.js';
import type { PersonalDataReadMapper } from './../modules/access-log/schema.mappers.js';
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

/** Назначение по приказу; history is kept: an appointment ends, it is never deleted. */
export type Appointment = {
  __typename?: 'Appointment';
  /** Происхождение записи: SEED appointments state only what a seed prints (e.g. order № 96-Д of 29.04.2022); demo appointments are SYNTHETIC, each with its own fictional order; made with `appoint`, ENTERED. */
  dataOrigin: DataOrigin;
  /** Окончание; null while in office. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Издавший приказ (issuing body): for a municipal coordinator the отдел образования of the municipality or the region's operator; for a curator or a mentors' association member the school (its head's order); null where not recorded. */
  issuedBy?: Maybe<Organization>;
  /** Вид назначения. */
  kind: AppointmentKind;
  /** Муниципальное образование (координатор). */
  municipality?: Maybe<Municipality>;
  /** Дата приказа; null with the number. */
  orderDate?: Maybe<Scalars['Date']['output']>;
  /** Номер приказа as printed; null where the seeds name the appointment without giving its order (new appointments always have one). */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** Организация (куратор, руководитель, член МО). */
  organization?: Maybe<Organization>;
  /** Назначенное лицо; null when the viewer may not see them (territory, consent). */
  person?: Maybe<Person>;
  /** Субъект РФ (оператор, кандидат в РМА). */
  region?: Maybe<Region>;
  /** Источник: for a SEED appointment, the seed's passage making or naming it; null otherwise. */
  source?: Maybe<Source>;
  /** Начало полномочий; null where the seed gives no start (приказ № 96-Д dates the order, not the start of office: the order date stays the order's); then it counts as in force on any date until it ends. */
  startDate?: Maybe<Scalars['Date']['output']>;
};

/** An appointment by order; exactly the territory its kind needs must be given. */
export type AppointmentInput = {
  /**
   * Издавший приказ (registry id of the issuing organization). MUNICIPAL_COORDINATOR: required — the отдел образования
   * (EDUCATION_AUTHORITY) of that municipality, or the organization of the region's operator. SCHOOL_CURATOR and
   * MENTORS_ASSOCIATION_MEMBER: the school itself (its head's order), which is also taken when omitted. Other kinds
   * (SCHOOL_HEAD, REGIONAL_OPERATOR, RMA_CANDIDATE): refused — no seed says who issues those orders.
   */
  issuedByOrganizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Вид назначения. */
  kind: AppointmentKind;
  /** ОКТМО: for MUNICIPAL_COORDINATOR. */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /** Дата приказа: not in the future, not before the appointed person's birth date. */
  orderDate: Scalars['Date']['input'];
  /** Номер приказа (до 255 символов; up to 255 characters). */
  orderNumber: Scalars['String']['input'];
  /** Организация: for SCHOOL_CURATOR, SCHOOL_HEAD, MENTORS_ASSOCIATION_MEMBER. */
  organizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Назначаемое лицо. */
  personId: Scalars['UUID']['input'];
  /** Код субъекта: for REGIONAL_OPERATOR, RMA_CANDIDATE. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Начало полномочий (not before the order). */
  startDate: Scalars['Date']['input'];
};

/** Вид назначения; `Query.appointmentKinds` gives each with the seed's name, source and rule. */
export type AppointmentKind =
  /** Член методического объединения наставников образовательной организации (seed 003). */
  | 'MENTORS_ASSOCIATION_MEMBER'
  /** Муниципальный координатор (seed 003): the отдел образования «назначает муниципального координатора наставнических программ». */
  | 'MUNICIPAL_COORDINATOR'
  /** Оператор (seed 000 «ЦНППМ – оператор»; Центр развития наставничества СПб АППО, seed 004). */
  | 'REGIONAL_OPERATOR'
  /** Кандидат в РМА (региональный методический актив, seed 000). */
  | 'RMA_CANDIDATE'
  /** Куратор реализации программ наставничества (seed 003): «назначается руководителем образовательной организации из числа заместителей руководителя (методистов)». */
  | 'SCHOOL_CURATOR'
  /** Руководитель образовательной организации. */
  | 'SCHOOL_HEAD';

/** Вид назначения в каталоге (catalogue entry): the seed's name for it, the passage naming it and the seed's own rule. */
export type AppointmentKindEntry = {
  __typename?: 'AppointmentKindEntry';
  /** Другие документы, naming the same thing in their own words. */
  alsoIn: Array<Source>;
  /** Код вида назначения, as `Appointment.kind` and `AppointmentInput.kind` take it. */
  code: AppointmentKind;
  /** Определение или правило: the seed's own words (who appoints, from whom), verbatim; null where no seed gives one. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Источник определения; null with the definition. */
  definitionSource?: Maybe<Source>;
  /** Наименование: the seed's words. */
  name: Scalars['String']['output'];
  /** Источник: the passage of the seed that names this kind. */
  source: Source;
};

/** Согласие лица на обработку или распространение персональных данных. */
export type Consent = {
  __typename?: 'Consent';
  /** Как получено. */
  channel: ConsentChannel;
  /** For publication: the items that may be published (fullName, position, organization, mentorProfile — the mentor profile in public mentor lists). */
  fields: Array<Scalars['String']['output']>;
  /** Дата согласия. */
  givenOn: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Вид согласия. */
  kind: ConsentKind;
  /** Версия текста согласия. */
  textVersion: Scalars['String']['output'];
  /** Дата отзыва; null while valid. */
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
};

/** Как получено согласие. */
export type ConsentChannel =
  /** В электронной форме. */
  | 'ELECTRONIC'
  /** Письменно на бумаге. */
  | 'PAPER';

/** A consent given by a person. */
export type ConsentInput = {
  /** Как получено. */
  channel: ConsentChannel;
  /** For PUBLICATION: the items that may be published (fullName, position, organization, mentorProfile — the mentor profile in public mentor lists). */
  fields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Дата согласия. */
  givenOn: Scalars['Date']['input'];
  /** Вид согласия. */
  kind: ConsentKind;
  /** Версия текста согласия (до 255 символов; up to 255 characters). */
  textVersion: Scalars['String']['input'];
};

/** Вид согласия (152-ФЗ). */
export type ConsentKind =
  /** Согласие на обработку персональных данных. */
  | 'PROCESSING'
  /** Согласие на распространение (публикацию), ст. 10.1: lists what may be published. */
  | 'PUBLICATION';

/** Происхождение записи (data origin). */
export type DataOrigin =
  /** Внесено пользователями: operational data entered or imported by the system's users. */
  | 'ENTERED'
  /** Из документа-источника: the record states only what a seed document prints. */
  | 'SEED'
  /** Синтетические демо-данные: fictional, made up for the demonstration; no fact about any real person or order. */
  | 'SYNTHETIC';

/** Трудоустройство: a person's position in an organization. */
export type Employment = {
  __typename?: 'Employment';
  /** Дата увольнения; null while employed. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Педагогический работник or not. */
  isPedagogical: Scalars['Boolean']['output'];
  /** Организация. */
  organization: Organization;
  /** Должность. */
  position: Scalars['String']['output'];
  /** Дата приёма; null where it is not known (the seeds print none for the officials they name). */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Начало педагогического стажа. */
  teachingExperienceStart?: Maybe<Scalars['Date']['output']>;
};

/** A position in an organization. */
export type EmploymentInput = {
  /** Педагогический работник. */
  isPedagogical: Scalars['Boolean']['input'];
  /** Организация (registry id). */
  organizationId: Scalars['UUID']['input'];
  /** Должность (до 255 символов; up to 255 characters). */
  position: Scalars['String']['input'];
  /** Дата приёма. */
  startDate: Scalars['Date']['input'];
  /** Начало педагогического стажа (may precede this employment). */
  teachingExperienceStart?: InputMaybe<Scalars['Date']['input']>;
};

/** Обучение: a person's enrollment as a student (обучающийся). */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** Дата выбытия; null while studying. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Номер класса (1–11) или курса (1–4). */
  level: Scalars['Int']['output'];
  /** Класс или курс. */
  levelKind: EnrollmentLevel;
  /** Организация. */
  organization: Organization;
  /** Дата зачисления. */
  startDate: Scalars['Date']['output'];
};

/** Уровень обучения. */
export type EnrollmentLevel =
  /** Класс общеобразовательной организации (1–11). */
  | 'SCHOOL_GRADE'
  /** Курс профессиональной образовательной организации (СПО, 1–4). */
  | 'SPO_COURSE';

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

/** Муниципальное образование (municipality): район, округ, внутригородской район. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Муниципальные координаторы in force on the date (today by default). */
  appointments: Array<Appointment>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Вид муниципального образования. */
  kind: MunicipalityKind;
  /** Наименование муниципального образования. */
  name: Scalars['String']['output'];
  /** Код ОКТМО (8 digits). */
  oktmo: Scalars['String']['output'];
  /** Число организаций of the municipality, optionally of one kind (e.g. GENERAL_EDUCATION: школы): an aggregate, counted for every municipality of a request at once. */
  organizationCount: Scalars['Int']['output'];
  /** Организации located in the municipality. */
  organizations: OrganizationConnection;
  /** Субъект РФ the municipality belongs to. */
  region: Region;
  /** Версия записи for optimistic locking: pass it to updateMunicipality. */
  version: Scalars['Int']['output'];
};


/** Муниципальное образование (municipality): район, округ, внутригородской район. */
export type MunicipalityappointmentsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};


/** Муниципальное образование (municipality): район, округ, внутригородской район. */
export type MunicipalityorganizationCountArgs = {
  kind?: InputMaybe<OrganizationKind>;
};


/** Муниципальное образование (municipality): район, округ, внутригородской район. */
export type MunicipalityorganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of municipalities. */
export type MunicipalityConnection = {
  __typename?: 'MunicipalityConnection';
  /** Municipalities of this page with their cursors. */
  edges: Array<MunicipalityEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of municipalities matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A municipality with its cursor. */
export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The municipality. */
  node: Municipality;
};

/** Filter of municipalities; all given conditions must hold. */
export type MunicipalityFilter = {
  /** Part of the name, case-insensitive. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Код субъекта РФ. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** A new municipality. */
export type MunicipalityInput = {
  /** Вид муниципального образования. */
  kind: MunicipalityKind;
  /** Наименование (до 255 символов; up to 255 characters). */
  name: Scalars['String']['input'];
  /** Код ОКТМО: 8 digits, starting with the region's two-digit ОКТМО prefix; unique. */
  oktmo: Scalars['String']['input'];
  /** Код субъекта РФ (the operator's own). */
  regionCode: Scalars['String']['input'];
};

/** Вид муниципального образования (kind of municipality). */
export type MunicipalityKind =
  /** Внутригородской район города федерального значения (e.g. районы Санкт-Петербурга). */
  | 'CITY_DISTRICT'
  /** Муниципальный район. */
  | 'MUNICIPAL_DISTRICT'
  /** Муниципальный округ. */
  | 'MUNICIPAL_OKRUG'
  /** Городской округ (e.g. город Смоленск, город Десногорск). */
  | 'URBAN_OKRUG';

/** Changes to a municipality; omitted fields stay as they are. */
export type MunicipalityPatch = {
  /** Вид муниципального образования. */
  kind?: InputMaybe<MunicipalityKind>;
  /** Наименование (до 255 символов; up to 255 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Добавить место работы (a person may hold several). */
  addEmployment: Employment;
  /**
   * Назначить по приказу, by the rules of seed 003: the head of a school appoints its curator («назначается руководителем
   * образовательной организации из числа заместителей руководителя (методистов)»: a deputy of the head for teaching or
   * upbringing — not one for administration and supplies — or a methodist, working at the school on the order date and now;
   * one curator and one head per school at a time, a second is CONFLICT) and the members of its mentors' association (who work at the school); a municipal coordinator is appointed by the
   * отдел образования of the municipality («назначает муниципального координатора наставнических программ») or the region's
   * operator — recorded by the region's operator with `issuedByOrganizationId`, never by a coordinator; coordinators appoint
   * heads of their municipality's schools; operators heads, operators and РМА candidates of their region. A coordinator is an
   * adult employed now. The order is dated today or earlier and not before the person's birth; the office starts on or after it.
   */
  appoint: Appointment;
  /** Добавить муниципальное образование of the operator's region (e.g. a new муниципальный округ). */
  createMunicipality: Municipality;
  /** Добавить организацию (оператор — в своём регионе, координатор — в своём муниципалитете). */
  createOrganization: Organization;
  /** Добавить работника вместе с местом работы in an organization of the viewer's territory. */
  createPerson: Person;
  /** Завершить назначение on the date (history stays). */
  endAppointment: Appointment;
  /** Завершить трудоустройство (увольнение) on the date. */
  endEmployment: Employment;
  /** Зачислить обучающегося (a new person) in an organization of the viewer's territory. */
  enrollStudent: Person;
  /**
   * Импорт организаций из CSV или XLSX (columns in README), idempotent by ИНН, in one transaction.
   * With allOrNothing (default) a single rejected row leaves everything unchanged; dryRun only reports.
   */
  importOrganizations: ImportReport;
  /**
   * Импорт работников из CSV или XLSX (columns in README), idempotent by ФИО + дата рождения + организация, in one transaction.
   * With allOrNothing (default) a single rejected row leaves everything unchanged; dryRun only reports.
   */
  importStaff: ImportReport;
  /** Зарегистрировать согласие лица. */
  recordConsent: Consent;
  /** Изменить наименование или вид муниципального образования (e.g. район → муниципальный округ); `version` is the one read. */
  updateMunicipality: Municipality;
  /** Изменить организацию; `version` is the one read (optimistic locking). */
  updateOrganization: Organization;
  /** Изменить ФИО, дату рождения, контакты; `version` is the one read. */
  updatePerson: Person;
  /** Отзыв согласия: effective at once (a withdrawn publication consent hides the person from the public). */
  withdrawConsent: Consent;
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationaddEmploymentArgs = {
  input: EmploymentInput;
  personId: Scalars['UUID']['input'];
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationappointArgs = {
  input: AppointmentInput;
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationcreateMunicipalityArgs = {
  input: MunicipalityInput;
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationcreateOrganizationArgs = {
  input: OrganizationInput;
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationcreatePersonArgs = {
  input: PersonInput;
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationendAppointmentArgs = {
  endDate: Scalars['Date']['input'];
  id: Scalars['UUID']['input'];
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationendEmploymentArgs = {
  endDate: Scalars['Date']['input'];
  id: Scalars['UUID']['input'];
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationenrollStudentArgs = {
  input: StudentInput;
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationimportOrganizationsArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  file: ImportFile;
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationimportStaffArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  file: ImportFile;
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationrecordConsentArgs = {
  input: ConsentInput;
  personId: Scalars['UUID']['input'];
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationupdateMunicipalityArgs = {
  id: Scalars['UUID']['input'];
  patch: MunicipalityPatch;
  version: Scalars['Int']['input'];
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationupdateOrganizationArgs = {
  id: Scalars['UUID']['input'];
  patch: OrganizationPatch;
  version: Scalars['Int']['input'];
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationupdatePersonArgs = {
  id: Scalars['UUID']['input'];
  patch: PersonPatch;
  version: Scalars['Int']['input'];
};


/** Изменения реестра. Each mutation is atomic and limited to the viewer's territory. */
export type MutationwithdrawConsentArgs = {
  date: Scalars['Date']['input'];
  id: Scalars['UUID']['input'];
};

/** Организация: образовательная организация, ЦНППМ, орган управления образованием или работодатель. */
export type Organization = {
  __typename?: 'Organization';
  /** Адрес. */
  address?: Maybe<Scalars['String']['output']>;
  /** Назначения в организации (куратор, руководитель, МО наставников) in force on the date (today by default). */
  appointments: Array<Appointment>;
  /** Происхождение записи: authorities and centres the seeds name are SEED (their names as printed; their ИНН are synthetic, since the seeds print none); demo schools SYNTHETIC («Демонстрационная школа № N»); synthetic ИНН begin with 00, a code no tax office has; created or imported ENTERED. */
  dataOrigin: DataOrigin;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** ИНН юридического лица (10 digits). */
  inn: Scalars['String']['output'];
  /** Тип организации. */
  kind: OrganizationKind;
  /** Муниципальное образование where the organization is located. */
  municipality: Municipality;
  /** Полное наименование. */
  name: Scalars['String']['output'];
  /** Сокращённое наименование. */
  shortName: Scalars['String']['output'];
  /** Источник: for a SEED organization, the seed's passage naming it; null otherwise. */
  source?: Maybe<Source>;
  /** Работники организации (current employments), ordered by surname; within the viewer's territory. */
  staff: PersonConnection;
  /**
   * Участие в проектах (tags such as «500+», «Точка роста»). «ШНОР» is not a seed term: the common abbreviation (ФИОКО) of
   * «школы с низкими образовательными результатами», tagging the schools of приказ № 850-ОД (seed 002: «школам с низкими
   * результатами обучения и школам, функционирующим в неблагоприятных социальных условиях»). In the demo, which fictional
   * schools carry «500+» and «ШНОР» is synthetic: seed 002 does not say the «500+» schools are among the 68 of 850-ОД.
   */
  tags: Array<Scalars['String']['output']>;
  /** Версия записи for optimistic locking: pass it to updateOrganization. */
  version: Scalars['Int']['output'];
  /** Официальный сайт. */
  website?: Maybe<Scalars['String']['output']>;
};


/** Организация: образовательная организация, ЦНППМ, орган управления образованием или работодатель. */
export type OrganizationappointmentsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};


/** Организация: образовательная организация, ЦНППМ, орган управления образованием или работодатель. */
export type OrganizationstaffArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** Organizations of this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of organizations matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organization with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** Filter of organizations; all given conditions must hold. */
export type OrganizationFilter = {
  /** Тип организации. */
  kind?: InputMaybe<OrganizationKind>;
  /** ОКТМО муниципального образования. */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /** Part of the full or short name, case-insensitive. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Код субъекта РФ. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Project tag, e.g. «500+» or «Точка роста». */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** A new organization. */
export type OrganizationInput = {
  /** Адрес (до 500 символов; up to 500 characters). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** ИНН (10 digits, valid check digit); unique. */
  inn: Scalars['String']['input'];
  /** Тип организации. */
  kind: OrganizationKind;
  /** ОКТМО муниципального образования. */
  municipalityOktmo: Scalars['String']['input'];
  /** Полное наименование (до 500 символов; up to 500 characters). */
  name: Scalars['String']['input'];
  /** Сокращённое наименование (до 255 символов; up to 255 characters). */
  shortName: Scalars['String']['input'];
  /** Project tags (each до 100 символов; up to 100 characters). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Официальный сайт (http(s) URL, до 255 символов; up to 255 characters). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Тип организации (kind of organization). */
export type OrganizationKind =
  /** Организация дополнительного образования. */
  | 'ADDITIONAL_EDUCATION'
  /** Орган управления образованием (департамент, комитет, отдел образования). */
  | 'EDUCATION_AUTHORITY'
  /** Предприятие-работодатель (employer taking part in mentoring). */
  | 'EMPLOYER'
  /** Общеобразовательная организация (школа). */
  | 'GENERAL_EDUCATION'
  /** Образовательная организация высшего образования. */
  | 'HIGHER'
  /** ИМЦ, ЦНППМ, ИРО/АППО: methodical and professional-development centre. */
  | 'METHODICAL_CENTER'
  /** Дошкольная образовательная организация. */
  | 'PRESCHOOL'
  /** Профессиональная образовательная организация (СПО). */
  | 'VOCATIONAL';

/** Changes to an organization; omitted fields stay as they are. */
export type OrganizationPatch = {
  /** Адрес (до 500 символов; up to 500 characters). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Тип организации. */
  kind?: InputMaybe<OrganizationKind>;
  /** ОКТМО муниципального образования. */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /** Полное наименование (до 500 символов; up to 500 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Сокращённое наименование (до 255 символов; up to 255 characters). */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Project tags (replaces the list; each до 100 символов; up to 100 characters). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Официальный сайт (http(s) URL, до 255 символов; up to 255 characters). */
  website?: InputMaybe<Scalars['String']['input']>;
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

/** Физическое лицо: педагог, руководитель, куратор. Personal data: who may see what is declared per field. */
export type Person = {
  __typename?: 'Person';
  /** Возраст, полных лет, on the date (today by default); null without a birth date. */
  age?: Maybe<Scalars['Int']['output']>;
  /** Назначения (куратор, руководитель, координатор, оператор, РМА, МО наставников), current and past. */
  appointments: Array<Appointment>;
  /** Дата рождения; null where it is not known (the seeds print none for the officials they name). */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Согласия: на обработку и (отдельно) на распространение персональных данных, newest first. */
  consents: Array<Consent>;
  /** Происхождение записи: officials the seeds name are SEED (only their name as printed, position, organization and order); demo staff and pupils SYNTHETIC (fictional); created or imported ENTERED. */
  dataOrigin: DataOrigin;
  /** Электронная почта. */
  email?: Maybe<Scalars['String']['output']>;
  /** Места работы (current and past), newest first. */
  employments: Array<Employment>;
  /** Обучение (enrollments as a student), newest first. */
  enrollments: Array<Enrollment>;
  /** Имя; null for a person the seeds print with initials only (then `initials`). */
  firstName?: Maybe<Scalars['String']['output']>;
  /** ФИО полностью, or the surname with the initials as printed («Пехтерева Т. А.»). */
  fullName: Scalars['String']['output'];
  /** Stable, pseudonymous identifier (reveals nothing about the person). */
  id: Scalars['ID']['output'];
  /** Инициалы as the seed prints them (e.g. «Т. А.» of «Пехтерева Т. А.»), where the first and middle names are not known; null otherwise. */
  initials?: Maybe<Scalars['String']['output']>;
  /** Несовершеннолетний (under 18 today): never published; birth date and contacts only for the school's curator and head. */
  isMinor: Scalars['Boolean']['output'];
  /**
   * Молодой специалист on the date, by the given definition as the system reads the seed (see `YoungSpecialistDefinition`).
   * Null (unknown) where the registry lacks a fact the definition needs: the birth date (UNDER_35_UNDER_3_YEARS), or the working
   * history — no start of pedagogical experience and an employment without a start date, as for the officials the seeds name
   * (the seeds print neither) — rather than asserting what no record says.
   */
  isYoungSpecialist?: Maybe<Scalars['Boolean']['output']>;
  /** Фамилия. */
  lastName: Scalars['String']['output'];
  /** Отчество. */
  middleName?: Maybe<Scalars['String']['output']>;
  /** Телефон. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Что лицо разрешило опубликовать (согласие на распространение, ст. 10.1 152-ФЗ); empty when nothing. */
  publishedItems: Array<Scalars['String']['output']>;
  /** Источник: for a SEED person, the seed's passage naming them; null otherwise. */
  source?: Maybe<Source>;
  /** Педагогический стаж, years with one decimal, on the date; null without pedagogical employment or before the experience starts. */
  teachingExperienceYears?: Maybe<Scalars['Float']['output']>;
  /** Версия записи for optimistic locking: pass it to updatePerson. */
  version: Scalars['Int']['output'];
};


/** Физическое лицо: педагог, руководитель, куратор. Personal data: who may see what is declared per field. */
export type PersonageArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** Физическое лицо: педагог, руководитель, куратор. Personal data: who may see what is declared per field. */
export type PersonisYoungSpecialistArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  definition?: InputMaybe<YoungSpecialistDefinition>;
};


/** Физическое лицо: педагог, руководитель, куратор. Personal data: who may see what is declared per field. */
export type PersonteachingExperienceYearsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** People of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of people matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person with their cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The person; null when the viewer may not see them (never expected: lists are filtered by the same rule). */
  node?: Maybe<Person>;
};

/** Filter of people; all given conditions must hold. */
export type PersonFilter = {
  /** Part of the surname, case-insensitive. */
  lastNameContains?: InputMaybe<Scalars['String']['input']>;
  /** Employed (now) in an organization of this municipality (ОКТМО). */
  municipalityOktmo?: InputMaybe<Scalars['String']['input']>;
  /** Employed (now) in this organization. */
  organizationId?: InputMaybe<Scalars['UUID']['input']>;
  /** Pedagogical staff only (true) or non-pedagogical only (false). */
  pedagogical?: InputMaybe<Scalars['Boolean']['input']>;
  /** Employed (now) in an organization of this region. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** A new person with their first employment. */
export type PersonInput = {
  /** Дата рождения. */
  birthDate: Scalars['Date']['input'];
  /** Электронная почта (до 255 символов; up to 255 characters). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Место работы. */
  employment: EmploymentInput;
  /** Имя (до 255 символов; up to 255 characters). */
  firstName: Scalars['String']['input'];
  /** Фамилия (до 255 символов; up to 255 characters). */
  lastName: Scalars['String']['input'];
  /** Отчество (до 255 символов; up to 255 characters). */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** Телефон (до 255 символов; up to 255 characters). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a person; omitted fields stay as they are. */
export type PersonPatch = {
  /** Дата рождения. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Электронная почта (до 255 символов; up to 255 characters). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Имя (до 255 символов; up to 255 characters). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Фамилия (до 255 символов; up to 255 characters). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Отчество (до 255 символов; up to 255 characters). */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** Телефон (до 255 символов; up to 255 characters). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Чтение персональных данных: one person's personal fields read in one request. */
export type PersonalDataRead = {
  __typename?: 'PersonalDataRead';
  /** Which fields (Type.field). */
  fields: Array<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** sha256 of the client operation. */
  operationHash: Scalars['String']['output'];
  /** When. */
  readAt: Scalars['String']['output'];
  /** Чьи данные: the person whose data was read; null when the operator may not see them (e.g. they now work in another region). */
  subject?: Maybe<Person>;
  /** In which role. */
  viewerRole: Scalars['String']['output'];
  /** Who (token subject). */
  viewerSubject: Scalars['String']['output'];
};

/** A page of the access log. */
export type PersonalDataReadConnection = {
  __typename?: 'PersonalDataReadConnection';
  /** Log entries of this page with their cursors. */
  edges: Array<PersonalDataReadEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of entries matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A log entry with its cursor. */
export type PersonalDataReadEdge = {
  __typename?: 'PersonalDataReadEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: PersonalDataRead;
};

/** Filter of the access log; all given conditions must hold. */
export type PersonalDataReadFilter = {
  /** Reads of this person. */
  subjectId?: InputMaybe<Scalars['UUID']['input']>;
  /** Reads by this token subject. */
  viewerSubject?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type Query = {
  __typename?: 'Query';
  /** Виды назначений as the seeds name them (куратор, руководитель ОО, муниципальный координатор, оператор, кандидат в РМА, методическое объединение наставников), each with its source; in catalogue order. */
  appointmentKinds?: Maybe<Array<AppointmentKindEntry>>;
  /** Муниципальные образования, filtered and ordered by name. */
  municipalities?: Maybe<MunicipalityConnection>;
  /** Муниципальное образование по ОКТМО или id. Municipality by ОКТМО or id; exactly one of them. */
  municipality?: Maybe<Municipality>;
  /** Организация по ИНН или id. Organization by ИНН or id; exactly one of them. */
  organization?: Maybe<Organization>;
  /** Организации (образовательные организации, ЦНППМ, органы управления), filtered and ordered by short name. */
  organizations?: Maybe<OrganizationConnection>;
  /** Люди the viewer may see, ordered by surname: staff roles their territory, analysts their region or the nation, anonymous viewers only people who consented to publication. */
  people?: Maybe<PersonConnection>;
  /** Физическое лицо по id, if the viewer may see them (territory; anonymous: published people only). */
  person?: Maybe<Person>;
  /** Журнал доступа к персональным данным: reads of personal data of people of the operator's region, and reads by the region's users; newest first. */
  personalDataReads?: Maybe<PersonalDataReadConnection>;
  /** Субъект РФ по коду (e.g. "67") или по id. Region by its code or id; exactly one of them. */
  region?: Maybe<Region>;
  /** Субъекты РФ, known to this installation, ordered by code. */
  regions?: Maybe<RegionConnection>;
  /** Определения молодого специалиста as the seeds word them (seed 000 Смоленская область, seed 004 Санкт-Петербург), each with its source. */
  youngSpecialistDefinitions?: Maybe<Array<YoungSpecialistDefinitionEntry>>;
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerymunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MunicipalityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerymunicipalityArgs = {
  id?: InputMaybe<Scalars['UUID']['input']>;
  oktmo?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryorganizationArgs = {
  id?: InputMaybe<Scalars['UUID']['input']>;
  inn?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryorganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerypeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerypersonArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QuerypersonalDataReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonalDataReadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryregionArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['UUID']['input']>;
};


/**
 * Реестр (registry): субъекты РФ, муниципальные образования и организации.
 * The registry owns territories and organizations; every other domain refers to them by key.
 * Root fields are nullable (fail soft): when this domain does not answer, its fields are null with an error and the rest of a federated answer stays.
 */
export type QueryregionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Субъект Российской Федерации (region), e.g. Смоленская область (67). */
export type Region = {
  __typename?: 'Region';
  /** Региональные назначения (оператор, кандидаты в РМА) in force on the date (today by default). */
  appointments: Array<Appointment>;
  /** Код субъекта РФ (two digits, e.g. "67" Смоленская область, "78" Санкт-Петербург). */
  code: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Муниципальные образования of the region, ordered by name. */
  municipalities: MunicipalityConnection;
  /** Наименование субъекта РФ. */
  name: Scalars['String']['output'];
  /** Число организаций of the region, optionally of one kind: an aggregate, counted for every region of a request at once. */
  organizationCount: Scalars['Int']['output'];
  /** Организации of the region, across its municipalities. */
  organizations: OrganizationConnection;
};


/** Субъект Российской Федерации (region), e.g. Смоленская область (67). */
export type RegionappointmentsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};


/** Субъект Российской Федерации (region), e.g. Смоленская область (67). */
export type RegionmunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Субъект Российской Федерации (region), e.g. Смоленская область (67). */
export type RegionorganizationCountArgs = {
  kind?: InputMaybe<OrganizationKind>;
};


/** Субъект Российской Федерации (region), e.g. Смоленская область (67). */
export type RegionorganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of regions. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** Regions of this page with their cursors. */
  edges: Array<RegionEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of regions matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A region with its cursor. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The region. */
  node: Region;
};

/** Filter of regions. */
export type RegionFilter = {
  /** Part of the name, case-insensitive. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
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

/** A new student (обучающийся). */
export type StudentInput = {
  /** Дата рождения. */
  birthDate: Scalars['Date']['input'];
  /** Имя (до 255 символов; up to 255 characters). */
  firstName: Scalars['String']['input'];
  /** Фамилия (до 255 символов; up to 255 characters). */
  lastName: Scalars['String']['input'];
  /** Номер класса (1–11) или курса (1–4). */
  level: Scalars['Int']['input'];
  /** Класс или курс. */
  levelKind: EnrollmentLevel;
  /** Отчество (до 255 символов; up to 255 characters). */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** Организация (registry id). */
  organizationId: Scalars['UUID']['input'];
  /** Дата зачисления. */
  startDate: Scalars['Date']['input'];
};

/** Определение молодого специалиста (young specialist) used by an indicator; `Query.youngSpecialistDefinitions` gives each with its source. */
export type YoungSpecialistDefinition =
  /** Seed 004 (Санкт-Петербург): «учителей - молодых специалистов (с опытом работы от 0 до 3 лет)». The system's reading, not the seed's words: a teacher on the date (position «учитель…»), any age, 0 to under 3 full years of pedagogical experience («опыт работы» read as pedagogical experience, «от 0 до 3 лет» as under 3 full years, as «до 35 лет» is read); the indicator's «проживающих в субъекте Российской Федерации» is not applied (the registry holds no residence). */
  | 'EXPERIENCE_0_3_YEARS'
  /** Seed 000 (Смоленская область): «педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет». The system's reading, not the seed's words: a pedagogical worker on the date, under 35 full years, under 3 full years of pedagogical experience («стаж работы» read as pedagogical experience). */
  | 'UNDER_35_UNDER_3_YEARS';

/** Определение молодого специалиста в каталоге (catalogue entry), as an indicator of a seed words it. */
export type YoungSpecialistDefinitionEntry = {
  __typename?: 'YoungSpecialistDefinitionEntry';
  /** Другие документы naming the same definition. */
  alsoIn: Array<Source>;
  /** Код определения, as `Person.isYoungSpecialist(definition:)` takes it. */
  code: YoungSpecialistDefinition;
  /** Определение: the seed's own words, verbatim. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Источник определения. */
  definitionSource?: Maybe<Source>;
  /** Наименование: the seed's words. */
  name: Scalars['String']['output'];
  /** Как система применяет определение к данным реестра (the system's reading of the seed's words; not a quote). */
  rule: Scalars['String']['output'];
  /** Источник: the indicator of the seed that counts these people. */
  source: Source;
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
  Municipality: Municipality;
  Organization: Organization;
  Person: Person;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Municipality:
    ( { __typename: 'Municipality' }
    & ( GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Municipality'], {"oktmo":true}> ) );
  Organization:
    ( { __typename: 'Organization' }
    & ( GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"inn":true}> ) );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & ( GraphQLRecursivePick<FederationTypes['Region'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Appointment: ResolverTypeWrapper<AppointmentMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppointmentInput: AppointmentInput;
  AppointmentKind: ResolverTypeWrapper<'SCHOOL_CURATOR' | 'SCHOOL_HEAD' | 'MUNICIPAL_COORDINATOR' | 'REGIONAL_OPERATOR' | 'RMA_CANDIDATE' | 'MENTORS_ASSOCIATION_MEMBER'>;
  AppointmentKindEntry: ResolverTypeWrapper<Omit<AppointmentKindEntry, 'code'> & { code: ResolversTypes['AppointmentKind'] }>;
  Consent: ResolverTypeWrapper<ConsentMapper>;
  ConsentChannel: ResolverTypeWrapper<'PAPER' | 'ELECTRONIC'>;
  ConsentInput: ConsentInput;
  ConsentKind: ResolverTypeWrapper<'PROCESSING' | 'PUBLICATION'>;
  DataOrigin: ResolverTypeWrapper<'SEED' | 'SYNTHETIC' | 'ENTERED'>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Employment: ResolverTypeWrapper<EmploymentMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EmploymentInput: EmploymentInput;
  Enrollment: ResolverTypeWrapper<EnrollmentMapper>;
  EnrollmentLevel: ResolverTypeWrapper<'SCHOOL_GRADE' | 'SPO_COURSE'>;
  ImportFile: ImportFile;
  ImportFormat: ResolverTypeWrapper<'CSV' | 'XLSX'>;
  ImportReport: ResolverTypeWrapper<ImportReportMapper>;
  ImportRowResult: ResolverTypeWrapper<Omit<ImportRowResult, 'status'> & { status: ResolversTypes['ImportRowStatus'] }>;
  ImportRowStatus: ResolverTypeWrapper<'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED'>;
  Municipality: ResolverTypeWrapper<MunicipalityMapper>;
  MunicipalityConnection: ResolverTypeWrapper<Omit<MunicipalityConnection, 'edges'> & { edges: Array<ResolversTypes['MunicipalityEdge']> }>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  MunicipalityFilter: MunicipalityFilter;
  MunicipalityInput: MunicipalityInput;
  MunicipalityKind: ResolverTypeWrapper<'MUNICIPAL_DISTRICT' | 'MUNICIPAL_OKRUG' | 'URBAN_OKRUG' | 'CITY_DISTRICT'>;
  MunicipalityPatch: MunicipalityPatch;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationInput: OrganizationInput;
  OrganizationKind: ResolverTypeWrapper<'GENERAL_EDUCATION' | 'ADDITIONAL_EDUCATION' | 'VOCATIONAL' | 'PRESCHOOL' | 'HIGHER' | 'EMPLOYER' | 'METHODICAL_CENTER' | 'EDUCATION_AUTHORITY'>;
  OrganizationPatch: OrganizationPatch;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node?: Maybe<ResolversTypes['Person']> }>;
  PersonFilter: PersonFilter;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  PersonalDataRead: ResolverTypeWrapper<PersonalDataReadMapper>;
  PersonalDataReadConnection: ResolverTypeWrapper<Omit<PersonalDataReadConnection, 'edges'> & { edges: Array<ResolversTypes['PersonalDataReadEdge']> }>;
  PersonalDataReadEdge: ResolverTypeWrapper<Omit<PersonalDataReadEdge, 'node'> & { node: ResolversTypes['PersonalDataRead'] }>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionMapper>;
  RegionConnection: ResolverTypeWrapper<Omit<RegionConnection, 'edges'> & { edges: Array<ResolversTypes['RegionEdge']> }>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionFilter: RegionFilter;
  Source: ResolverTypeWrapper<Source>;
  StudentInput: StudentInput;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  YoungSpecialistDefinition: ResolverTypeWrapper<'UNDER_35_UNDER_3_YEARS' | 'EXPERIENCE_0_3_YEARS'>;
  YoungSpecialistDefinitionEntry: ResolverTypeWrapper<Omit<YoungSpecialistDefinitionEntry, 'code'> & { code: ResolversTypes['YoungSpecialistDefinition'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Appointment: AppointmentMapper;
  ID: Scalars['ID']['output'];
  AppointmentInput: AppointmentInput;
  AppointmentKindEntry: AppointmentKindEntry;
  Consent: ConsentMapper;
  ConsentInput: ConsentInput;
  Date: Scalars['Date']['output'];
  Employment: EmploymentMapper;
  Boolean: Scalars['Boolean']['output'];
  EmploymentInput: EmploymentInput;
  Enrollment: EnrollmentMapper;
  ImportFile: ImportFile;
  ImportReport: ImportReportMapper;
  ImportRowResult: ImportRowResult;
  Municipality: MunicipalityMapper;
  MunicipalityConnection: Omit<MunicipalityConnection, 'edges'> & { edges: Array<ResolversParentTypes['MunicipalityEdge']> };
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  MunicipalityFilter: MunicipalityFilter;
  MunicipalityInput: MunicipalityInput;
  MunicipalityPatch: MunicipalityPatch;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapper;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  PageInfo: PageInfo;
  Person: PersonMapper;
  Float: Scalars['Float']['output'];
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Person']> };
  PersonFilter: PersonFilter;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  PersonalDataRead: PersonalDataReadMapper;
  PersonalDataReadConnection: Omit<PersonalDataReadConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonalDataReadEdge']> };
  PersonalDataReadEdge: Omit<PersonalDataReadEdge, 'node'> & { node: ResolversParentTypes['PersonalDataRead'] };
  PersonalDataReadFilter: PersonalDataReadFilter;
  Query: Record<PropertyKey, never>;
  Region: RegionMapper;
  RegionConnection: Omit<RegionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionEdge']> };
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  RegionFilter: RegionFilter;
  Source: Source;
  StudentInput: StudentInput;
  UUID: Scalars['UUID']['output'];
  YoungSpecialistDefinitionEntry: YoungSpecialistDefinitionEntry;
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

export type AppointmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment']> = ResolversObject<{
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedBy?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AppointmentKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  orderDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  orderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type AppointmentKindResolvers = EnumResolverSignature<{ MENTORS_ASSOCIATION_MEMBER?: any, MUNICIPAL_COORDINATOR?: any, REGIONAL_OPERATOR?: any, RMA_CANDIDATE?: any, SCHOOL_CURATOR?: any, SCHOOL_HEAD?: any }, ResolversTypes['AppointmentKind']>;

export type AppointmentKindEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppointmentKindEntry'] = ResolversParentTypes['AppointmentKindEntry']> = ResolversObject<{
  alsoIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['AppointmentKind'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definitionSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['ConsentChannel'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentKind'], ParentType, ContextType>;
  textVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ConsentChannelResolvers = EnumResolverSignature<{ ELECTRONIC?: any, PAPER?: any }, ResolversTypes['ConsentChannel']>;

export type ConsentKindResolvers = EnumResolverSignature<{ PROCESSING?: any, PUBLICATION?: any }, ResolversTypes['ConsentKind']>;

export type DataOriginResolvers = EnumResolverSignature<{ ENTERED?: any, SEED?: any, SYNTHETIC?: any }, ResolversTypes['DataOrigin']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EmploymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employment'] = ResolversParentTypes['Employment']> = ResolversObject<{
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPedagogical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  teachingExperienceStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type EnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment']> = ResolversObject<{
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levelKind?: Resolver<ResolversTypes['EnrollmentLevel'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type EnrollmentLevelResolvers = EnumResolverSignature<{ SCHOOL_GRADE?: any, SPO_COURSE?: any }, ResolversTypes['EnrollmentLevel']>;

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

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, Partial<MunicipalityappointmentsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MunicipalityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oktmo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MunicipalityorganizationCountArgs>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<MunicipalityorganizationsArgs>>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MunicipalityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MunicipalityConnection'] = ResolversParentTypes['MunicipalityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MunicipalityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MunicipalityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MunicipalityEdge'] = ResolversParentTypes['MunicipalityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
}>;

export type MunicipalityKindResolvers = EnumResolverSignature<{ CITY_DISTRICT?: any, MUNICIPAL_DISTRICT?: any, MUNICIPAL_OKRUG?: any, URBAN_OKRUG?: any }, ResolversTypes['MunicipalityKind']>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addEmployment?: Resolver<ResolversTypes['Employment'], ParentType, ContextType, RequireFields<MutationaddEmploymentArgs, 'input' | 'personId'>>;
  appoint?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationappointArgs, 'input'>>;
  createMunicipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType, RequireFields<MutationcreateMunicipalityArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationcreateOrganizationArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationcreatePersonArgs, 'input'>>;
  endAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationendAppointmentArgs, 'endDate' | 'id'>>;
  endEmployment?: Resolver<ResolversTypes['Employment'], ParentType, ContextType, RequireFields<MutationendEmploymentArgs, 'endDate' | 'id'>>;
  enrollStudent?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationenrollStudentArgs, 'input'>>;
  importOrganizations?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationimportOrganizationsArgs, 'allOrNothing' | 'dryRun' | 'file'>>;
  importStaff?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationimportStaffArgs, 'allOrNothing' | 'dryRun' | 'file'>>;
  recordConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationrecordConsentArgs, 'input' | 'personId'>>;
  updateMunicipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType, RequireFields<MutationupdateMunicipalityArgs, 'id' | 'patch' | 'version'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationupdateOrganizationArgs, 'id' | 'patch' | 'version'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationupdatePersonArgs, 'id' | 'patch' | 'version'>>;
  withdrawConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationwithdrawConsentArgs, 'date' | 'id'>>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, Partial<OrganizationappointmentsArgs>>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<OrganizationstaffArgs>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationKindResolvers = EnumResolverSignature<{ ADDITIONAL_EDUCATION?: any, EDUCATION_AUTHORITY?: any, EMPLOYER?: any, GENERAL_EDUCATION?: any, HIGHER?: any, METHODICAL_CENTER?: any, PRESCHOOL?: any, VOCATIONAL?: any }, ResolversTypes['OrganizationKind']>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, Partial<PersonageArgs>>;
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  dataOrigin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employments?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  enrollments?: Resolver<Array<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initials?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isMinor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isYoungSpecialist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<PersonisYoungSpecialistArgs, 'definition'>>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  middleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedItems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  teachingExperienceYears?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, Partial<PersonteachingExperienceYearsArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type PersonalDataReadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataRead'] = ResolversParentTypes['PersonalDataRead']> = ResolversObject<{
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operationHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  viewerRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonalDataReadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataReadConnection'] = ResolversParentTypes['PersonalDataReadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonalDataReadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonalDataReadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataReadEdge'] = ResolversParentTypes['PersonalDataReadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersonalDataRead'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  appointmentKinds?: Resolver<Maybe<Array<ResolversTypes['AppointmentKindEntry']>>, ParentType, ContextType>;
  municipalities?: Resolver<Maybe<ResolversTypes['MunicipalityConnection']>, ParentType, ContextType, Partial<QuerymunicipalitiesArgs>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QuerymunicipalityArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryorganizationArgs>>;
  organizations?: Resolver<Maybe<ResolversTypes['OrganizationConnection']>, ParentType, ContextType, Partial<QueryorganizationsArgs>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, Partial<QuerypeopleArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QuerypersonArgs, 'id'>>;
  personalDataReads?: Resolver<Maybe<ResolversTypes['PersonalDataReadConnection']>, ParentType, ContextType, Partial<QuerypersonalDataReadsArgs>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryregionArgs>>;
  regions?: Resolver<Maybe<ResolversTypes['RegionConnection']>, ParentType, ContextType, Partial<QueryregionsArgs>>;
  youngSpecialistDefinitions?: Resolver<Maybe<Array<ResolversTypes['YoungSpecialistDefinitionEntry']>>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, Partial<RegionappointmentsArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, Partial<RegionmunicipalitiesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<RegionorganizationCountArgs>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<RegionorganizationsArgs>>;
}>;

export type RegionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface UUIDScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type YoungSpecialistDefinitionResolvers = EnumResolverSignature<{ EXPERIENCE_0_3_YEARS?: any, UNDER_35_UNDER_3_YEARS?: any }, ResolversTypes['YoungSpecialistDefinition']>;

export type YoungSpecialistDefinitionEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YoungSpecialistDefinitionEntry'] = ResolversParentTypes['YoungSpecialistDefinitionEntry']> = ResolversObject<{
  alsoIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['YoungSpecialistDefinition'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definitionSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Appointment?: AppointmentResolvers<ContextType>;
  AppointmentKind?: AppointmentKindResolvers;
  AppointmentKindEntry?: AppointmentKindEntryResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentChannel?: ConsentChannelResolvers;
  ConsentKind?: ConsentKindResolvers;
  DataOrigin?: DataOriginResolvers;
  Date?: GraphQLScalarType;
  Employment?: EmploymentResolvers<ContextType>;
  Enrollment?: EnrollmentResolvers<ContextType>;
  EnrollmentLevel?: EnrollmentLevelResolvers;
  ImportFormat?: ImportFormatResolvers;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  ImportRowStatus?: ImportRowStatusResolvers;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  MunicipalityKind?: MunicipalityKindResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationKind?: OrganizationKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonalDataRead?: PersonalDataReadResolvers<ContextType>;
  PersonalDataReadConnection?: PersonalDataReadConnectionResolvers<ContextType>;
  PersonalDataReadEdge?: PersonalDataReadEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  UUID?: GraphQLScalarType;
  YoungSpecialistDefinition?: YoungSpecialistDefinitionResolvers;
  YoungSpecialistDefinitionEntry?: YoungSpecialistDefinitionEntryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: accessDirectiveResolver<any, any, ContextType>;
  maxLength?: maxLengthDirectiveResolver<any, any, ContextType>;
  person?: personDirectiveResolver<any, any, ContextType>;
  personal?: personalDirectiveResolver<any, any, ContextType>;
}>;
