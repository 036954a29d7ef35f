import { type CatalogueSource, type SourceDocumentCode } from '@mentoring/sources';
import { stableId } from '@mentoring/platform/database';
import { type DemoData } from '@mentoring/platform/server';
import { present } from '@mentoring/platform/graphql';
import {
  DEMO_ORGANIZATIONS,
  municipalityIdOf,
  organizationIdOf,
  regionIdOf,
  ZNAMENSKY_OKTMO,
} from '@mentoring/subgraph-registry/demo';
import { loadDemoContests } from './demo-contests.js';
import { loadDemoEvents } from './demo-events.js';
import { loadDemoSchoolRoadmap } from './demo-school-roadmap.js';
import { loadDemoSubmissions } from './demo-submissions.js';
import { RoadmapItemSchema } from './modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema } from './modules/roadmaps/roadmap.entity.js';

/** A cell of a roadmap table. */
type Column = 'activity' | 'schedule' | 'responsible' | 'expectedResult';

/**
 * One row as the seed prints it. Text is copied from the seed, letter for
 * letter (its dashes, quotes, spellings and typos included); a blank cell is
 * null. `dueDate` is the system's reading of the schedule's words (the last
 * day of a printed month, quarter or range; the first printed deadline of a
 * recurring item), null when they name no single deadline («ежеквартально»:
 * the recurrence gives the deadlines).
 */
interface ItemSeed {
  activity: string;
  schedule: string | null;
  dueDate: string | null;
  responsible: string | null;
  expectedResult: string | null;
  /**
   * The system's reading of the schedule's words beside `dueDate`: a period (its first and last day) and an RFC 5545
   * RRULE for a recurring item; absent when the words name none.
   */
  periodStart?: string;
  periodEnd?: string;
  recurrence?: string;
  /** Раздел: only where the seed's table heads the row with one («Координационные мероприятия: …»); never guessed. */
  section?: 'COORDINATION' | 'ORGANIZATIONAL_METHODICAL' | 'INFORMATIONAL';
  /**
   * The row's cells as the extracted text has them, when a cell is split
   * across lines (the table continues the activity below the other columns);
   * otherwise the row is its non-blank cells in the table's column order.
   */
  printed?: string[];
}

export interface RoadmapSeed {
  key: string;
  title: string;
  level: 'REGION' | 'MUNICIPALITY';
  startYear: number;
  endYear: number;
  approvedBy: string | null;
  note: string | null;
  regionId?: string;
  municipalityId?: string;
  /** Where the seed prints the roadmap (and what approves it), in its words. */
  source: CatalogueSource;
  /** The seed document of the rows and the clause (table) they stand in. */
  itemsDocument: SourceDocumentCode;
  itemsClause: string;
  /** The table's columns in printed order. */
  columns: Column[];
  items: ItemSeed[];
}

/** A row's source: its cells in printed order, one per line, found in the seed as they stand (whitespace aside). */
export function itemSource(roadmap: RoadmapSeed, item: ItemSeed, number: number): CatalogueSource {
  const cells = item.printed ?? roadmap.columns.flatMap((column) => (item[column] === null ? [] : [item[column]]));
  return {
    document: roadmap.itemsDocument,
    clause: `${roadmap.itemsClause}, строка ${number}`,
    quote: cells.join('\n'),
  };
}

/**
 * The three roadmaps of the seeds, row by row: seed 000 (Smolensk 2022–2024,
 * key events as the presentation prints them), seed 003 приложение 2
 * (Знаменский район 2022), seed 004 (St Petersburg 2021–2022, the webinar's
 * table). The seeds print no completion of any item, so none is recorded.
 */
export const ROADMAPS: RoadmapSeed[] = [
  {
    key: 'smolensk-2022-2024',
    title: 'Региональная «дорожная карта»: ключевые мероприятия',
    level: 'REGION',
    startYear: 2022,
    endYear: 2024,
    approvedBy:
      'Приказ Департамента Смоленской области по образованию и науке от 08.11.2022 №933-Од "Об утверждении плана мероприятий ("дорожной карты") по внедрению и развитию системы наставничества педагогических работников образовательных организаций Смоленской области на 2022-2024 годы"',
    note: null,
    regionId: regionIdOf('67'),
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause:
        'Слайд «Нормативное обеспечение внедрения системы наставничества педагогических работников»; слайд «Региональная «дорожная карта»: ключевые мероприятия»',
      quote:
        'Приказ Департамента Смоленской области по образованию и науке от 08.11.2022 №933-Од "Об утверждении плана мероприятий ("дорожной карты") по внедрению и развитию системы наставничества педагогических работников образовательных организаций Смоленской области на 2022-2024 годы" … Региональная «дорожная карта»: ключевые мероприятия',
    },
    itemsDocument: 'SMOLENSK_ROADMAP_PRESENTATION',
    itemsClause:
      'Слайд «Региональная «дорожная карта»: ключевые мероприятия», таблица «Мероприятие / Сроки / Ответственные / Ожидаемый результат»',
    columns: ['activity', 'schedule', 'responsible', 'expectedResult'],
    items: [
      {
        activity: 'Муниципальный план / отчет',
        schedule: 'До 25 декабря 2022 / до 15 июня 2023',
        dueDate: '2023-06-15',
        responsible: 'ОМСУ',
        expectedResult: 'Разработаны муниципальные планы / предоставлены отчеты',
      },
      {
        activity: 'Стартовый мониторинг (сбор информации) по внедрению системы наставничества',
        schedule: '15-25 декабря 2022',
        dueDate: '2022-12-25',
        periodStart: '2022-12-15',
        periodEnd: '2022-12-25',
        responsible: 'ЦНППМ – оператор ОМСУ – координатор ОО – заполнение форм',
        expectedResult: '100% ОО приняли участие 100% ОО имеют локальное положение о наставничестве',
      },
      {
        section: 'COORDINATION',
        activity: 'Координационные мероприятия: - Старт-сессия для руководителей ОО',
        schedule: 'Январь 2023',
        dueDate: '2023-01-31',
        periodStart: '2023-01-01',
        periodEnd: '2023-01-31',
        responsible: 'ЦНППМ',
        expectedResult: 'Не менее 50% ОО приняли участие',
      },
      {
        section: 'ORGANIZATIONAL_METHODICAL',
        activity:
          'Организационно-методические мероприятия: - Вебинары - ПК - Фестиваль «Наставник.fest67@» - Конкурс «Педагогический дуэт»',
        schedule: 'В течение календарного года',
        dueDate: null,
        recurrence: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31',
        responsible: 'ЦНППМ',
        expectedResult: 'Не менее 50% ОО приняли участие',
      },
      {
        section: 'INFORMATIONAL',
        activity: 'Информационные мероприятия: - Банк эффективных практик - Базы данных и реестры - Презентация опыта',
        schedule: null,
        dueDate: null,
        responsible: null,
        expectedResult: 'Не менее 50% ОО приняли участие',
      },
    ],
  },
  {
    key: 'znamensky-2022',
    title:
      'План мероприятий (дорожная карта) внедрения муниципальной целевой модели наставничества педагогических работников в образовательных организациях Знаменского района',
    level: 'MUNICIPALITY',
    startYear: 2022,
    endYear: 2022,
    approvedBy: 'Приложение 2 к приказу отдела образования администрации Знаменского района от 29.04.2022 года № 96',
    note: null,
    municipalityId: municipalityIdOf(ZNAMENSKY_OKTMO),
    source: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: 'Пункт 1.2 приказа; Приложение 2',
      quote:
        '1. Утвердить … 1.2. План мероприятий (дорожную карту) внедрения муниципальной целевой модели наставничества педагогических работников в образовательных организациях Знаменского района в 2022 году (приложение 2).',
    },
    itemsDocument: 'ZNAMENSKY_ORDER_96D',
    itemsClause:
      'Приложение 2, таблица «Наименования мероприятия / Ответственный / Срок исполнения / Ожидаемые результаты реализации мероприятий»',
    columns: ['activity', 'responsible', 'schedule', 'expectedResult'],
    items: [
      {
        activity:
          'Информирование руководителей образовательных организаций района о внедрении (применении) системы (целевой модели) наставничества педагогических работников',
        schedule: 'Май 2022 года',
        dueDate: '2022-05-31',
        periodStart: '2022-05-01',
        periodEnd: '2022-05-31',
        responsible: 'Отдел образования',
        expectedResult:
          'Подготовлен и направлен в образовательные организации приказ «Об организации работы по внедрению целевой модели наставничества педагогических работников в образовательных организациях Знаменского района в 2022 году»',
      },
      {
        activity:
          'Размещение на странице отдела образования на официальном сайте муниципального образования - Знаменский район информационного сопровождения мероприятий внедрению (применения) системы (целевой модели) наставничества, в том числе размещение Единой информационной базы наставников',
        schedule: 'май 2022 года',
        dueDate: '2022-05-31',
        periodStart: '2022-05-01',
        periodEnd: '2022-05-31',
        responsible: 'Отдел образования',
        expectedResult:
          'Размещен и пополняется информационный ресурс на странице отдела образования на официальном сайте муниципального образования – Знаменский район, в том числе сформирована Единая информационная база наставников',
        printed: [
          'Размещение на странице отдела образования на официальном сайте муниципального образования - Знаменский район информационного сопровождения мероприятий внедрению (применения) системы (целевой модели) наставничества, в том числе размещение',
          'Отдел образования',
          'май 2022 года',
          'Размещен и пополняется информационный ресурс на странице отдела образования на официальном сайте муниципального образования – Знаменский район, в том числе сформирована Единая информационная база наставников',
          'Единой информационной базы наставников',
        ],
      },
      {
        activity: 'Внедрение системы (целеной модели) наставничества на уровне образовательной организации',
        schedule: '2 квартал 2022 года',
        dueDate: '2022-06-30',
        periodStart: '2022-04-01',
        periodEnd: '2022-06-30',
        responsible: 'Отдел образования, образовательные организации',
        expectedResult:
          'Разработаны, утверждены нормативные локальные акты: приказ «Об утверждении положения о системе наставничества педагогических работников в ОО»; приказ(ы) о закреплении наставнических пар/ групп с письменного согласия их участников на возложении на них дополнительных обязанностей, связанных с наставничеством; регламентирующие меры стимулирования педагогических работников, включенных в систему наставничества в ОО',
      },
      {
        activity:
          'Размещение на официальных сайтах образовательных организаций информационного ресурса (контента) для сопровождения мероприятий по внедрению (применению) системы целевой модели наставничества',
        schedule: 'до 13 мая 2022 года',
        dueDate: '2022-05-13',
        responsible: 'Отдел образования, образовательные организации',
        expectedResult:
          'Размещен и пополняется информационный ресурс (контент) на официальных сайтах образовательных организаций',
        printed: [
          'Размещение на официальных сайтах образовательных организаций информационного ресурса (контента) для сопровождения мероприятий по внедрению (применению) системы целевой',
          'Отдел образования, образовательные организации',
          'до 13 мая 2022 года',
          'Размещен и пополняется информационный ресурс (контент) на официальных сайтах образовательных организаций',
          'модели наставничества',
        ],
      },
      {
        activity: 'Мониторинг внедрения (применения) системы (целевой модели) наставничества',
        schedule: 'Ежеквартально в течение 2022 года',
        dueDate: null,
        periodStart: '2022-01-01',
        periodEnd: '2022-12-31',
        recurrence: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
        responsible: 'Отдел образования',
        expectedResult:
          'Создан электронный банк наставников, лучших практик наставничества, персонализированных программ наставничества',
      },
    ],
  },
  {
    key: 'spb-2021-2022',
    title: 'ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД',
    level: 'REGION',
    startYear: 2021,
    endYear: 2022,
    // The seed gives the 2021–2022 table in a webinar and names no order approving it.
    approvedBy: null,
    note: 'Таблица «ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД» приведена в вебинаре Центра развития наставничества СПб АППО для специалистов ИМЦ; документ, которым она утверждена, в нём не назван. Распоряжение Комитета по образованию № 1457-р от 27.07.2020 предусматривает утверждение плана мероприятий («дорожной карты») на 2020-2024 годы.',
    regionId: regionIdOf('78'),
    source: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: 'Слайды «ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД»',
      quote: 'ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД',
    },
    itemsDocument: 'SPB_ROADMAP_WEBINAR',
    itemsClause: 'Слайды «ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД», таблица «Мероприятие / Дата проведения / Ответственный»',
    columns: ['activity', 'schedule', 'responsible'],
    items: [
      {
        activity:
          'Проведение онлайн-семинара для кураторов ИМЦ «Внедрение целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга: методология, опыт и перспективы»',
        schedule: '16 сентября 2021',
        dueDate: '2021-09-16',
        responsible: 'Центр развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Подготовка локальных нормативных актов по внедрению целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга',
        schedule: 'сентябрь 2021',
        dueDate: '2021-09-30',
        periodStart: '2021-09-01',
        periodEnd: '2021-09-30',
        responsible:
          'Общеобразовательные организации Санкт-Петербурга, ИМЦ района, Мюсов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Проведение педагогических советов в общеобразовательных организациях Санкт-Петербурга для обсуждения концепции целевой модели наставничества, знакомства с положением о наставничестве',
        schedule: 'сентябрь- октябрь 2021',
        dueDate: '2021-10-31',
        periodStart: '2021-09-01',
        periodEnd: '2021-10-31',
        responsible: 'Общеобразовательные организации Санкт-Петербурга',
        expectedResult: null,
      },
      {
        activity:
          'Проектирование программы наставничества и разработка и согласование плана мероприятий («дорожных карт») общеобразовательных организаций Санкт-Петербурга по внедрению целевой модели наставничества',
        schedule: 'до 15 октября 2021',
        dueDate: '2021-10-15',
        responsible:
          'Общеобразовательные организации Санкт-Петербурга, ИМЦ района, Миюсов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Экспертиза разработанных программ наставничества общеобразовательных организаций Санкт-Петербурга по внедрению целевой модели наставничества',
        schedule: 'октябрь-ноябрь 2021',
        dueDate: '2021-11-30',
        periodStart: '2021-10-01',
        periodEnd: '2021-11-30',
        responsible: 'ИМЦ района, Центр развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity: 'Знакомство с опытом работы «пилотных» общеобразовательных организаций',
        schedule: 'сентябрь-ноябрь 2021',
        dueDate: '2021-11-30',
        periodStart: '2021-09-01',
        periodEnd: '2021-11-30',
        responsible:
          'ИМЦ района, «пилотные» общеобразовательные организации Санкт-Петербурга, Миюсов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Формирование и актуализация базы наставляемых в общеобразовательных организациях Санкт-Петербурга по формам наставничества',
        schedule: 'до 21 октября 2021, далее – ежегодно',
        dueDate: '2021-10-21',
        recurrence: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=21',
        responsible:
          'Общеобразовательные организации Санкт-Петербурга, ИМЦ района, Мюсов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Формирование и актуализация базы наставников в общеобразовательных организациях Санкт-Петербурга по формам наставничества',
        schedule: 'до 12 ноября 2021, далее – ежегодно',
        dueDate: '2021-11-12',
        recurrence: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=12',
        responsible:
          'Общеобразовательные организации Санкт-Петербурга, ИМЦ района, Мюсов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Подготовка локальных нормативных актов по внедрению целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга',
        schedule: 'до 12 ноября 2021, далее – ежегодно',
        dueDate: '2021-11-12',
        recurrence: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=12',
        responsible: 'Общеобразовательные организации Санкт-Петербурга',
        expectedResult: null,
      },
      {
        activity: 'Мониторинг запуска программ наставничества в общеобразовательных организациях Санкт-Петербурга',
        schedule: 'до 10 ноября 2021, далее – ежегодно',
        dueDate: '2021-11-10',
        recurrence: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10',
        responsible: 'Общеобразовательные организации Санкт-Петербурга',
        expectedResult: null,
      },
      {
        activity: 'Обучение наставников в общеобразовательных организациях Санкт-Петербурга по формам наставничества',
        schedule: 'ноябрь 2021',
        dueDate: '2021-11-30',
        periodStart: '2021-11-01',
        periodEnd: '2021-11-30',
        responsible:
          'Общеобразовательные организации Санкт-Петербурга, ИМЦ района, Мюсов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Формирование наставнических пар (групп) в общеобразовательных организациях Санкт-Петербурга по формам наставничества',
        schedule: 'ноябрь 2021',
        dueDate: '2021-11-30',
        periodStart: '2021-11-01',
        periodEnd: '2021-11-30',
        responsible: 'Общеобразовательные организации Санкт-Петербурга',
        expectedResult: null,
      },
      {
        activity: 'Реализация программы наставничества в общеобразовательных организациях Санкт-Петербурга',
        schedule: 'ноябрь-декабрь 2021, январь-май 2022',
        dueDate: '2022-05-31',
        periodStart: '2021-11-01',
        periodEnd: '2022-05-31',
        responsible: 'Общеобразовательные организации Санкт-Петербурга',
        expectedResult: null,
      },
      {
        activity:
          'Мониторинг качества реализации плана мероприятий («дорожной карты») по внедрению целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга',
        schedule: 'декабрь 2021, февраль 2022',
        dueDate: null,
        periodStart: '2021-12-01',
        periodEnd: '2022-02-28',
        recurrence: 'FREQ=MONTHLY;BYMONTH=12,2;BYMONTHDAY=-1',
        responsible:
          'Комитет по образованию Санкт-Петербурга, общеобразовательные организации Санкт-Петербурга, Центр развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity: 'Проведение межрегионального семинара в режиме онлайн «Корреляция программ воспитания и ЕЦМН в ОУ»',
        schedule: 'февраль 2022',
        dueDate: '2022-02-28',
        periodStart: '2022-02-01',
        periodEnd: '2022-02-28',
        responsible: 'Миусов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity: 'Предоставление текущей отчетности',
        schedule: 'по запросу',
        dueDate: null,
        responsible: 'Общеобразовательные организации Санкт-Петербурга, Центр развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Координация работы по заполнению форм федерального статистического наблюдения по реализации программ наставничества в общеобразовательных организациях Санкт-Петербурга',
        schedule: '1 раз в квартал',
        dueDate: null,
        // The system's reading: the table is that of the 2021–2022 school year, whose first quarter ends in
        // September 2021 (the seed prints no start; its first dated row is 16 сентября 2021).
        periodStart: '2021-09-01',
        recurrence: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
        responsible:
          'Комитет по образованию Санкт-Петербурга, общеобразовательные организации Санкт-Петербурга, Центр развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Участие в презентационной площадке для педагогического сообщества ГОУ, участвующих в реализации целевой модели наставничества «Наставничество: петербургский формат» (в рамках ПМОФ-2022)',
        schedule: 'март 2022',
        dueDate: '2022-03-31',
        periodStart: '2022-03-01',
        periodEnd: '2022-03-31',
        responsible:
          'Комитет по образованию Санкт-Петербурга, общеобразовательные организации Санкт-Петербурга, Центр развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity:
          'Мониторинг эффективности внедрения и реализации системы наставничества (целевой модели наставничества) в общеобразовательных организациях Санкт-Петербурга',
        schedule: 'май 2022',
        dueDate: '2022-05-31',
        periodStart: '2022-05-01',
        periodEnd: '2022-05-31',
        responsible:
          'Комитет по образованию Санкт-Петербурга, общеобразовательные организации Санкт-Петербурга, Центр развития наставничества СПб АПО',
        expectedResult: null,
      },
      {
        activity:
          'Проведение заочного конкурса лучших практик реализации программ наставничества в общеобразовательных организациях Санкт-Петербурга',
        schedule: 'июнь 2022',
        dueDate: '2022-06-30',
        periodStart: '2022-06-01',
        periodEnd: '2022-06-30',
        responsible: 'Центр развития наставничества СПб АПО',
        expectedResult: null,
      },
      {
        activity:
          'Выездные консультации по структуре и содержанию документации в рамках внедрения ЦМН в общеобразовательных организациях Санкт-Петербурга',
        schedule: 'в течение первого полугодия 2022',
        dueDate: '2022-06-30',
        periodStart: '2022-01-01',
        periodEnd: '2022-06-30',
        responsible: 'Центр развития наставничества СПб АПО, ИМЦ',
        expectedResult: null,
      },
      {
        activity:
          'Консультирование по вопросам внедрения целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга через мессенджер',
        schedule: 'постоянно',
        dueDate: null,
        responsible: 'Миусов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
      {
        activity: 'Просветительская деятельность по внедрению целевой модели наставничества',
        schedule: 'сентябрь 2021',
        dueDate: '2021-09-30',
        periodStart: '2021-09-01',
        periodEnd: '2021-09-30',
        responsible: 'Общеобразовательные организации Санкт-Петербурга',
        expectedResult: null,
      },
      {
        activity:
          'Просветительская деятельность по внедрению целевой модели наставничества на сайтах общеобразовательных организаций Санкт-Петербурга, в социальных сетях и СМИ',
        schedule: 'постоянно',
        dueDate: null,
        responsible:
          'Общеобразовательные организации Санкт-Петербурга, Миусов В.А., специалист по УМР Центра развития наставничества СПб АППО',
        expectedResult: null,
      },
    ],
  },
];

const centreNamed = (name: string) =>
  organizationIdOf(present(DEMO_ORGANIZATIONS.find((organization) => organization.name === name)?.inn, name));
const SOIRO = centreNamed('ГАУ ДПО СОИРО (ЦНППМ)');
const SPB_CENTRE = centreNamed('Центр развития наставничества СПб АППО');

/**
 * The system's link from the printed «Ответственные» to the registry: the centres the seeds name (seed 000's ЦНППМ is
 * ГАУ ДПО СОИРО (ЦНППМ); seed 004's Центр развития наставничества СПб АППО — which its table’s rows № 19–21 spell
 * «СПб АПО», the same centre). Bodies outside the registry (ОМСУ, отдел образования, ИМЦ района, the schools as a
 * whole) and people stay printed text only.
 */
function responsibleCentres(responsible: string | null): string[] {
  if (responsible === null) return [];
  if (/^ЦНППМ/.test(responsible)) return [SOIRO];
  return /Центр развития наставничества СПб АП?ПО/.test(responsible) ? [SPB_CENTRE] : [];
}

export const planningDemoData: DemoData = {
  isLoaded: async (em) => (await em.count(RoadmapSchema, {})) > 0,
  load: async (em) => {
    for (const seed of ROADMAPS) {
      const roadmap = em.create(RoadmapSchema, {
        id: stableId('roadmap', seed.key),
        title: seed.title,
        level: seed.level,
        startYear: seed.startYear,
        endYear: seed.endYear,
        approvedBy: seed.approvedBy,
        note: seed.note,
        regionId: seed.regionId ?? null,
        municipalityId: seed.municipalityId ?? null,
        organizationId: null,
        source: seed.source,
        dataOrigin: 'SEED',
        createdBy: null,
      });
      seed.items.forEach((item, index) => {
        em.create(RoadmapItemSchema, {
          id: stableId('roadmap-item', `${seed.key}-${index + 1}`),
          roadmap,
          number: index + 1,
          activity: item.activity,
          schedule: item.schedule,
          dueDate: item.dueDate,
          periodStart: item.periodStart ?? null,
          periodEnd: item.periodEnd ?? null,
          recurrence: item.recurrence ?? null,
          section: item.section ?? null,
          responsible: item.responsible,
          responsibleOrganizationIds: responsibleCentres(item.responsible),
          responsiblePersonIds: [],
          implementsItem: null,
          expectedResult: item.expectedResult,
          source: itemSource(seed, item, index + 1),
          dataOrigin: 'SEED',
        });
      });
    }
    await em.flush();
    await loadDemoSchoolRoadmap(em);
    await loadDemoEvents(em);
    await loadDemoContests(em);
    await loadDemoSubmissions(em);
  },
};
