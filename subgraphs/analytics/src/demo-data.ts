import { stableId } from '@mentoring/platform/database';
import { type DemoData } from '@mentoring/platform/server';
import { municipalityIdOf, regionIdOf, ZNAMENSKY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { IndicatorTargetSchema } from './modules/indicators/indicator-target.entity.js';
import { IndicatorSchema, type Indicator } from './modules/indicators/indicator.entity.js';
import { loadCampaignDemo } from './modules/campaigns/demo.js';

type IndicatorSeed = Pick<Indicator, 'code' | 'name' | 'unit' | 'source' | 'direction'>;

/** Indicators as the seeds name them: 000 (Smolensk), 003 (Знаменский район), 004 (St Petersburg). */
const INDICATORS: IndicatorSeed[] = [
  {
    code: 'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    name: 'Доля общеобразовательных организаций, образовательных организаций дополнительного образования и профессиональных образовательных организаций, реализующих целевую модель наставничества педагогических работников',
    unit: '%',
    source: 'REPORTED',
    direction: 'INCREASE',
  },
  {
    code: 'YOUNG_TEACHERS_UNDER_35_COVERED',
    name: 'Доля педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет, охваченных различными формами наставничества, адресного сопровождения и поддержки',
    unit: '%',
    source: 'COMPUTED',
    direction: 'INCREASE',
  },
  {
    code: 'REGIONAL_MENTOR_DATABASE',
    name: 'Разработана единая региональная информационная база наставников',
    unit: 'да/нет',
    source: 'MILESTONE',
    direction: 'ACHIEVE',
  },
  {
    code: 'MENTORING_INFO_RESOURCE',
    name: 'Функционирует информационный ресурс для сопровождения наставничества педагогических работников',
    unit: 'да/нет',
    source: 'MILESTONE',
    direction: 'ACHIEVE',
  },
  {
    code: 'RMA_CANDIDATES_SHARE',
    name: 'Доля педагогических работников – кандидатов в региональный методический актив (РМА) от общего числа педагогических работников',
    unit: '%',
    source: 'COMPUTED',
    direction: 'INCREASE',
  },
  {
    code: 'DISTRICTS_IMPLEMENTING_MODEL',
    name: 'Доля административных районов в субъекте Российской Федерации, внедривших целевую модель наставничества',
    unit: '%',
    source: 'REPORTED',
    direction: 'INCREASE',
  },
  {
    code: 'SPO_STUDENTS_COVERED',
    name: 'Доля обучающихся в СПО от общего количества обучающихся в субъекте Российской Федерации, вовлечённых в различные формы наставничества',
    unit: '%',
    source: 'REPORTED',
    direction: 'INCREASE',
  },
  {
    code: 'CHILDREN_10_19_MENTEES',
    name: 'Доля детей в возрасте от 10 до 19 лет, проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого',
    unit: '%',
    source: 'REPORTED',
    direction: 'INCREASE',
  },
  {
    code: 'TEENS_15_19_MENTORS',
    name: 'Доля детей и подростков в возрасте от 15 до 19 лет, проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставника',
    unit: '%',
    source: 'REPORTED',
    direction: 'INCREASE',
  },
  {
    code: 'YOUNG_TEACHERS_0_3_MENTEES',
    name: 'Доля учителей – молодых специалистов (с опытом работы от 0 до 3 лет), проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого',
    unit: '%',
    source: 'COMPUTED',
    direction: 'INCREASE',
  },
  {
    code: 'ENTERPRISES_PROVIDING_MENTORS',
    name: 'Доля предприятий (организаций) от общего количества предприятий, осуществляющих деятельность в субъекте Российской Федерации, вошедших в программы наставничества, предоставив своих наставников',
    unit: '%',
    source: 'REPORTED',
    direction: 'INCREASE',
  },
  {
    code: 'MENTEE_SATISFACTION',
    name: 'Уровень удовлетворённости наставляемых участием в программах наставничества',
    unit: '%',
    source: 'COMPUTED',
    direction: 'INCREASE',
  },
  {
    code: 'MENTOR_SATISFACTION',
    name: 'Уровень удовлетворённости наставников участием в программах наставничества',
    unit: '%',
    source: 'COMPUTED',
    direction: 'INCREASE',
  },
];

type TargetSeed = [code: string, year: number, value: number | null, note: string | null];

const SMOLENSK_TARGETS: TargetSeed[] = [
  [
    'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    2022,
    100,
    '100% школ (ежегодно), в ОО разработано Положение о наставничестве педагогов',
  ],
  ['ORGS_IMPLEMENTING_TEACHER_MENTORING', 2023, 100, '100% школ (ежегодно)'],
  ['ORGS_IMPLEMENTING_TEACHER_MENTORING', 2024, 100, '100% школ (ежегодно)'],
  ['YOUNG_TEACHERS_UNDER_35_COVERED', 2024, 70, 'не менее 70% к 2024 году'],
  ['REGIONAL_MENTOR_DATABASE', 2022, null, '4 квартал 2022'],
  ['MENTORING_INFO_RESOURCE', 2022, null, '2022 год'],
];

/** The St Petersburg table «Показатели результативности» 2020–2024 (seed 004); blank cells are left out. */
const SPB_TABLE: [code: string, values: (number | null)[]][] = [
  ['DISTRICTS_IMPLEMENTING_MODEL', [100, 100, 100, 100, 100]],
  ['SPO_STUDENTS_COVERED', [5, 10, 30, 50, 70]],
  ['CHILDREN_10_19_MENTEES', [10, 25, 40, 50, 70]],
  ['TEENS_15_19_MENTORS', [5, 6, 7, 8, 10]],
  ['YOUNG_TEACHERS_0_3_MENTEES', [15, 25, 35, 50, 85]],
  ['ENTERPRISES_PROVIDING_MENTORS', [2, 3, 10, 20, 30]],
  ['MENTEE_SATISFACTION', [null, null, null, null, 85]],
  ['MENTOR_SATISFACTION', [null, null, null, null, 70]],
];

const SPB_TARGETS: TargetSeed[] = SPB_TABLE.flatMap(([code, values]) =>
  values.flatMap((value, index): TargetSeed[] => (value === null ? [] : [[code, 2020 + index, value, null]])),
);

export const analyticsDemoData: DemoData = {
  isLoaded: async (em) => (await em.count(IndicatorSchema, {})) > 0,
  load: async (em) => {
    for (const indicator of INDICATORS) em.create(IndicatorSchema, indicator);
    const addTargets = (
      targets: TargetSeed[],
      territory: { regionId: string | null; municipalityId: string | null },
      key: string,
    ) => {
      for (const [code, year, value, note] of targets) {
        em.create(IndicatorTargetSchema, {
          id: stableId('indicator-target', `${key}-${code}-${year}`),
          indicator: em.getReference(IndicatorSchema, code),
          year,
          value,
          note,
          ...territory,
        });
      }
    };
    addTargets(SMOLENSK_TARGETS, { regionId: regionIdOf('67'), municipalityId: null }, 'region-67');
    addTargets(SPB_TARGETS, { regionId: regionIdOf('78'), municipalityId: null }, 'region-78');
    addTargets(
      [['ORGS_IMPLEMENTING_TEACHER_MENTORING', 2022, 100, '100% общеобразовательных организаций']],
      { regionId: null, municipalityId: municipalityIdOf(ZNAMENSKY_OKTMO) },
      `municipality-${ZNAMENSKY_OKTMO}`,
    );
    await em.flush();
    await loadCampaignDemo(em);
  },
};
