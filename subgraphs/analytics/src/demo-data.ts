import { stableId } from '@mentoring/platform/database';
import { type DemoData } from '@mentoring/platform/server';
import type { CatalogueSource } from '@mentoring/sources';
import { municipalityIdOf, regionIdOf, ZNAMENSKY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { IndicatorTargetSchema } from './modules/indicators/indicator-target.entity.js';
import { IndicatorSchema } from './modules/indicators/indicator.entity.js';
import { ReportedValueSchema } from './modules/indicators/reported-value.entity.js';
import { rebuildPastSnapshots } from './modules/values/snapshots.js';
import { loadCampaignDemo } from './modules/campaigns/demo.js';

/**
 * Targets and reported figures exactly as the seeds print them (SEED, each with its passage): seed 000 (Смоленская
 * область), seed 002 (the 2021 monitoring), seed 003 (Знаменский район), seed 004 (Санкт-Петербург). The catalogue
 * itself is inserted by migrations. Past quarters' snapshots are rebuilt from the as-of views of the demo data.
 */

type Territory = { regionId: string | null; municipalityId: string | null };
type TargetSeed = [
  code: string,
  year: number,
  value: number | null,
  note: string | null,
  source: CatalogueSource,
  /** How the year was read where the seed's words do not state it; absent where they do. */
  reading?: string,
];

const SMOLENSK_PLAN =
  'Слайд «Ключевые показатели внедрения системы педагогического наставничества», столбец «Плановое значение»';
const SMOLENSK_FACT =
  'Слайд «Ключевые показатели внедрения системы педагогического наставничества», столбец «Достигнутое значение»';
const SMOLENSK_ROADMAP =
  'Слайд «Региональная «дорожная карта»: ключевые мероприятия», столбцы «Сроки» и «Ожидаемый результат»';
const smolensk = (clause: string, quote: string): CatalogueSource => ({
  document: 'SMOLENSK_ROADMAP_PRESENTATION',
  clause,
  quote,
});

const ORGS_ROW =
  'Доля общеобразовательных организаций, образовательных организаций дополнительного образования и профессиональных образовательных организаций, реализующих ЦМН педагогических работников 100% школ (ежегодно), в ОО разработано Положение о наставничестве педагогов';
const YOUNG_ROW =
  'Доля педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет, охваченных различными формами наставничества, адресного сопровождения и поддержки не менее 70% к 2024 году';
const METHODICAL_ROW =
  'Организационно-методические мероприятия: - Вебинары - ПК - Фестиваль «Наставник.fest67@» - Конкурс «Педагогический дуэт» В течение календарного года ЦНППМ Не менее 50% ОО приняли участие';
const INFORMATION_ROW =
  'Информационные мероприятия: - Банк эффективных практик - Базы данных и реестры - Презентация опыта Не менее 50% ОО приняли участие';
const START_MONITORING_ROW =
  'Стартовый мониторинг (сбор информации) по внедрению системы наставничества 15-25 декабря 2022 ЦНППМ – оператор ОМСУ – координатор ОО – заполнение форм 100% ОО приняли участие 100% ОО имеют локальное положение о наставничестве';

/** «ежегодно» and «В течение календарного года» are read as every year of the plan «на 2022-2024 годы». */
const PLAN_YEARS = [2022, 2023, 2024];
const PLAN_PERIOD = 'план мероприятий («дорожная карта») … на 2022-2024 годы (приказ от 08.11.2022 №933-Од)';
const EVERY_PLAN_YEAR = (words: string) =>
  `Год — прочтение системы: «${words}» прочитано как каждый год плана (${PLAN_PERIOD}).`;

const SMOLENSK_TARGETS: TargetSeed[] = [
  ...PLAN_YEARS.map((year): TargetSeed => [
    'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    year,
    100,
    '100% школ (ежегодно), в ОО разработано Положение о наставничестве педагогов',
    smolensk(SMOLENSK_PLAN, ORGS_ROW),
    EVERY_PLAN_YEAR('ежегодно'),
  ]),
  ['YOUNG_TEACHERS_UNDER_35_COVERED', 2024, 70, 'не менее 70% к 2024 году', smolensk(SMOLENSK_PLAN, YOUNG_ROW)],
  [
    'REGIONAL_MENTOR_DATABASE',
    2022,
    null,
    '4 квартал 2022',
    smolensk(SMOLENSK_PLAN, 'Разработана единая региональная информационная база наставников 4 квартал 2022'),
  ],
  [
    'MENTORING_INFO_RESOURCE',
    2022,
    null,
    '2022 год',
    smolensk(
      SMOLENSK_PLAN,
      'Функционирует информационный ресурс для сопровождения наставничества педагогических работников 2022 год',
    ),
  ],
  [
    'START_MONITORING_PARTICIPATION',
    2022,
    100,
    '100% ОО приняли участие',
    smolensk(SMOLENSK_ROADMAP, START_MONITORING_ROW),
  ],
  [
    'ORGS_WITH_LOCAL_REGULATION',
    2022,
    100,
    '100% ОО имеют локальное положение о наставничестве',
    smolensk(SMOLENSK_ROADMAP, START_MONITORING_ROW),
  ],
  [
    'START_SESSION_PARTICIPATION',
    2023,
    50,
    'Не менее 50% ОО приняли участие',
    smolensk(
      SMOLENSK_ROADMAP,
      'Координационные мероприятия: - Старт-сессия для руководителей ОО Январь 2023 ЦНППМ Не менее 50% ОО приняли участие',
    ),
  ],
  ...PLAN_YEARS.flatMap((year): TargetSeed[] => [
    [
      'METHODICAL_EVENTS_PARTICIPATION',
      year,
      50,
      'Не менее 50% ОО приняли участие',
      smolensk(SMOLENSK_ROADMAP, METHODICAL_ROW),
      EVERY_PLAN_YEAR('В течение календарного года'),
    ],
    [
      'INFORMATION_EVENTS_PARTICIPATION',
      year,
      50,
      'Не менее 50% ОО приняли участие',
      smolensk(SMOLENSK_ROADMAP, INFORMATION_ROW),
      `Год — прочтение системы: столбец «Сроки» этой строки пуст; порог прочитан как относящийся к каждому году плана (${PLAN_PERIOD}).`,
    ],
  ]),
];

/** The St Petersburg table «Показатели результативности» 2020–2024 (seed 004), each row quoted whole; blank cells left out. */
const SPB_TABLE: [code: string, row: string, values: (number | null)[]][] = [
  [
    'DISTRICTS_IMPLEMENTING_MODEL',
    'Доля административных районов в субъекте Российской Федерации, внедривших целевую модель наставничества, % 100 100 100 100 100',
    [100, 100, 100, 100, 100],
  ],
  [
    'SPO_STUDENTS_COVERED',
    'Доля обучающихся в СПО от общего количества обучающихся в субъекте Российской Федерации, вовлеченных в различные формы наставничества % 5 10 30 50 70',
    [5, 10, 30, 50, 70],
  ],
  [
    'CHILDREN_10_19_MENTEES',
    'Доля детей в возрасте от 10 до 19 лет, проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого, % 10 25 40 50 70',
    [10, 25, 40, 50, 70],
  ],
  [
    'TEENS_15_19_MENTORS',
    'Доля детей и подростков в возрасте от 15 до 19 лет, проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставника, % 5 6 7 8 10',
    [5, 6, 7, 8, 10],
  ],
  [
    'YOUNG_TEACHERS_0_3_MENTEES',
    'Доля учителей - молодых специалистов (с опытом работы от 0 до 3 лет), проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого, % 15 25 35 50 85',
    [15, 25, 35, 50, 85],
  ],
  [
    'ENTERPRISES_PROVIDING_MENTORS',
    'Доля предприятий (организаций) от общего количества предприятий, осуществляющих деятельность в субъекте Российской Федерации, вошедших в программы наставничества, предоставив своих наставников, % 2 3 10 20 30',
    [2, 3, 10, 20, 30],
  ],
  [
    'MENTEE_SATISFACTION',
    'Уровень удовлетворенности наставляемых участием в программах наставничества, % 85',
    [null, null, null, null, 85],
  ],
  [
    'MENTOR_SATISFACTION',
    'Уровень удовлетворенности наставников участием в программах наставничества, % 70',
    [null, null, null, null, 70],
  ],
];

const SPB_TARGETS: TargetSeed[] = SPB_TABLE.flatMap(([code, row, values]) =>
  values.flatMap((value, index): TargetSeed[] =>
    value === null
      ? []
      : [
          [
            code,
            2020 + index,
            value,
            null,
            {
              document: 'SPB_ROADMAP_WEBINAR',
              clause: `Слайд «Показатели результативности», столбец «${2020 + index}»`,
              quote: row,
            },
          ],
        ],
  ),
);

const ZNAMENSKY_TABLE = 'Приложение 1 (Положение), Показатели реализации Целевой модели наставничества, № 1';
const ZNAMENSKY_ROW =
  'Доля общеобразовательных организаций, организаций дополнительного образования, реализующих Целевую модель наставничества педагогических работников 100% общеобразовательных организаций';

interface ReportedSeed {
  code: string;
  printed: string;
  low: number | null;
  high: number | null;
  year: number | null;
  source: CatalogueSource;
}

/** «Достигнутое значение» of seed 000 carries no date: year stays null rather than a guess. */
const SMOLENSK_REPORTED: ReportedSeed[] = [
  {
    code: 'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    printed: '60-80%',
    low: 60,
    high: 80,
    year: null,
    source: smolensk(SMOLENSK_FACT, `${ORGS_ROW} 60-80%`),
  },
  {
    code: 'YOUNG_TEACHERS_UNDER_35_COVERED',
    printed: 'не более 25%',
    low: null,
    high: 25,
    year: null,
    source: smolensk(SMOLENSK_FACT, `${YOUNG_ROW} не более 25%`),
  },
  {
    code: 'REGIONAL_MENTOR_DATABASE',
    printed: '-',
    low: null,
    high: null,
    year: null,
    source: smolensk(SMOLENSK_FACT, 'Разработана единая региональная информационная база наставников 4 квартал 2022 -'),
  },
  {
    code: 'MENTORING_INFO_RESOURCE',
    printed: 'с 2021 года http://dpo-smolensk.ru/cnppmpr/l-ped-nastavnik/',
    low: 1,
    high: 1,
    year: 2021,
    source: smolensk(
      SMOLENSK_FACT,
      'Функционирует информационный ресурс для сопровождения наставничества педагогических работников 2022 год с 2021 года',
    ),
  },
  {
    code: 'RMA_CANDIDATES_SHARE',
    printed: '1,3%',
    low: 1.3,
    high: 1.3,
    year: null,
    source: smolensk(
      SMOLENSK_FACT,
      'Доля педагогических работников – кандидатов в РМА от общего числа педагогических работников - 1,3%',
    ),
  },
  {
    code: 'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    printed:
      'В мониторинге приняли участие 300 общеобразовательных организаций из 27 муниципальных образований Смоленской области. По данным мониторинга было выявлено 112 общеобразовательных организаций, в которых реализуются программы наставничества, либо присутствуют элементы наставнической деятельности в рамках общего плана работы по развитию кадрового потенциала.',
    low: null,
    high: null,
    year: 2021,
    source: {
      document: 'SMOLENSK_REPORT_2021',
      clause: 'Справка, абзац 1',
      quote:
        'В мониторинге приняли участие 300 общеобразовательных организаций из 27 муниципальных образований Смоленской области. По данным мониторинга было выявлено 112 общеобразовательных организаций, в которых реализуются программы наставничества, либо присутствуют элементы наставнической деятельности в рамках общего плана работы по развитию кадрового потенциала.',
    },
  },
];

const ZNAMENSKY_REPORTED: ReportedSeed = {
  code: 'ORGS_IMPLEMENTING_TEACHER_MENTORING',
  printed:
    '100% общеобразовательных организаций внедрили систему (целевую модель) наставничества педагогических работников',
  low: 100,
  high: 100,
  year: 2022,
  source: {
    document: 'ZNAMENSKY_ORDER_96D',
    clause: `${ZNAMENSKY_TABLE}, столбец «Достигнутое значение в 2022 году»`,
    quote: `${ZNAMENSKY_ROW} 100% общеобразовательных организаций внедрили систему (целевую модель) наставничества педагогических работников`,
  },
};

export const analyticsDemoData: DemoData = {
  isLoaded: async (em) => (await em.count(IndicatorTargetSchema, {})) > 0,
  load: async (em) => {
    const addTargets = (targets: TargetSeed[], territory: Territory, key: string) => {
      for (const [code, year, value, note, source, reading] of targets) {
        em.create(IndicatorTargetSchema, {
          id: stableId('indicator-target', `${key}-${code}-${year}`),
          indicator: em.getReference(IndicatorSchema, code),
          year,
          value,
          note,
          source,
          reading: reading ?? null,
          dataOrigin: 'SEED',
          ...territory,
        });
      }
    };
    const addReported = (figures: ReportedSeed[], territory: Territory, key: string) => {
      figures.forEach(({ code, ...figure }, index) => {
        em.create(ReportedValueSchema, {
          id: stableId('reported-value', `${key}-${code}-${index}`),
          indicator: em.getReference(IndicatorSchema, code),
          ...figure,
          asOf: null,
          organizationId: null,
          dataOrigin: 'SEED',
          ...territory,
        });
      });
    };
    const smolensk = { regionId: regionIdOf('67'), municipalityId: null };
    const znamensky = { regionId: null, municipalityId: municipalityIdOf(ZNAMENSKY_OKTMO) };
    addTargets(SMOLENSK_TARGETS, smolensk, 'region-67');
    addTargets(SPB_TARGETS, { regionId: regionIdOf('78'), municipalityId: null }, 'region-78');
    addTargets(
      [
        [
          'ORGS_IMPLEMENTING_TEACHER_MENTORING',
          2022,
          100,
          '100% общеобразовательных организаций',
          {
            document: 'ZNAMENSKY_ORDER_96D',
            clause: `${ZNAMENSKY_TABLE}, столбец «Минимальное значение в 2022 году»`,
            quote: ZNAMENSKY_ROW,
          },
        ],
      ],
      znamensky,
      `municipality-${ZNAMENSKY_OKTMO}`,
    );
    addReported(SMOLENSK_REPORTED, smolensk, 'region-67');
    addReported([ZNAMENSKY_REPORTED], znamensky, `municipality-${ZNAMENSKY_OKTMO}`);
    await em.flush();
    await loadCampaignDemo(em);
    await rebuildPastSnapshots(em);
  },
};
