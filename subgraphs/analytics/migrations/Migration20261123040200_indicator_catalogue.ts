import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 11, the indicator catalogue in the seeds' words. Every indicator of seed 000 (Смоленская область), seed 003
 * (Знаменский район) and seed 004 (Санкт-Петербург), and the thresholds of the Smolensk roadmap («100% ОО приняли
 * участие», «Не менее 50% ОО приняли участие»): its name as printed, the passage, how a value is obtained and, for a
 * computed one, its formula — numerator, denominator, what «on a date» means, the published views it reads and
 * where the system reads the seed its own way. The text lives here: a migration is a record of what was written.
 */
interface Source {
  document: 'SMOLENSK_ROADMAP_PRESENTATION' | 'SMOLENSK_REPORT_2021' | 'ZNAMENSKY_ORDER_96D' | 'SPB_ROADMAP_WEBINAR';
  clause: string;
  quote: string;
}

interface Formula {
  numerator: string;
  denominator: string;
  asOfRule: string;
  reads: string[];
  reading: string | null;
}

interface Entry {
  code: string;
  name: string;
  source: Source;
  alsoIn?: Source[];
  unit: string;
  method: 'COMPUTED' | 'REPORTED' | 'MILESTONE';
  direction: 'INCREASE' | 'DECREASE' | 'ACHIEVE';
  family?: string;
  formula?: Formula;
}

const SMOLENSK_TABLE =
  'Слайд «Ключевые показатели внедрения системы педагогического наставничества», столбец «Показатель»';
const SMOLENSK_ROADMAP = 'Слайд «Региональная «дорожная карта»: ключевые мероприятия», столбец «Ожидаемый результат»';
const SPB_TABLE = 'Слайд «Показатели результативности», столбец «Наименование показателя, %»';
const smolensk = (quote: string): Source => ({
  document: 'SMOLENSK_ROADMAP_PRESENTATION',
  clause: SMOLENSK_TABLE,
  quote,
});
const roadmap = (quote: string): Source => ({
  document: 'SMOLENSK_ROADMAP_PRESENTATION',
  clause: SMOLENSK_ROADMAP,
  quote,
});
const spb = (quote: string): Source => ({ document: 'SPB_ROADMAP_WEBINAR', clause: SPB_TABLE, quote });

const EDUCATIONAL = 'организации видов GENERAL_EDUCATION, ADDITIONAL_EDUCATION, VOCATIONAL';
const ON_DATE =
  'на дату: действующие на эту дату трудоустройства, обучение и пары (активные или завершённые, начавшиеся не позднее даты и не окончившиеся до неё)';
const STAFF_READS = [
  'registry_pub.staff_as_of(date)',
  'mentoring_pub.participation_as_of(date)',
  'registry_pub.organization_territory',
];
const STUDENT_READS = [
  'registry_pub.students_as_of(date)',
  'mentoring_pub.participation_as_of(date)',
  'registry_pub.organization_territory',
];
const PARTICIPATION_LATER =
  'Участие организаций в мероприятиях: данные появятся, когда планирование опубликует мероприятия и участников (planning_pub); до тех пор значение не вычисляется.';

const participation = (code: string, event: string, position: number): Entry & { position: number } => ({
  code,
  position,
  name: `${event} — Не менее 50% ОО приняли участие`,
  source: roadmap(`${event}…Не менее 50% ОО приняли участие`),
  unit: '%',
  method: 'COMPUTED',
  direction: 'INCREASE',
  family: 'EVENT_PARTICIPATION',
  formula: {
    numerator:
      'Образовательные организации территории, принявшие участие в мероприятии (участник — организация или её работник)',
    denominator: `Образовательные организации территории (${EDUCATIONAL})`,
    asOfRule: 'Мероприятия, прошедшие не позднее даты, в пределах календарного года даты',
    reads: ['planning_pub (мероприятия и участники: ещё не опубликованы)', 'registry_pub.organization_territory'],
    reading: PARTICIPATION_LATER,
  },
});

const ENTRIES: (Entry & { position: number })[] = [
  {
    code: 'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    position: 1,
    name: 'Доля общеобразовательных организаций, образовательных организаций дополнительного образования и профессиональных образовательных организаций, реализующих ЦМН педагогических работников',
    source: smolensk(
      'Доля общеобразовательных организаций, образовательных организаций дополнительного образования и профессиональных образовательных организаций, реализующих ЦМН педагогических работников',
    ),
    alsoIn: [
      {
        document: 'ZNAMENSKY_ORDER_96D',
        clause: 'Приложение 1 (Положение), Показатели реализации Целевой модели наставничества, № 1',
        quote:
          'Доля общеобразовательных организаций, организаций дополнительного образования, реализующих Целевую модель наставничества педагогических работников',
      },
      {
        document: 'SMOLENSK_REPORT_2021',
        clause: 'Справка, абзац 1',
        quote: 'Доля школ, реализующих целевую модель наставничества педагогических работников',
      },
    ],
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'ORGANIZATIONS',
    formula: {
      numerator:
        'Организации, внедрившие модель на дату: положение о наставничестве утверждено приказом не позднее даты и назначен куратор',
      denominator: `Образовательные организации территории (${EDUCATIONAL})`,
      asOfRule: 'Положение с датой приказа не позднее даты; организации — по реестру на сегодня',
      reads: ['mentoring_pub.organization_system_as_of(date)', 'registry_pub.organization_territory'],
      reading:
        'Прочтение системы: «реализующих ЦМН» — есть положение о наставничестве (приказ) и куратор. Seed 003 считает без профессиональных организаций, seed 002 — только школы; у Знаменского района и Смоленской области (на демо-данных) профессиональных организаций нет.',
    },
  },
  {
    code: 'YOUNG_TEACHERS_UNDER_35_COVERED',
    position: 2,
    name: 'Доля педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет, охваченных различными формами наставничества, адресного сопровождения и поддержки',
    source: smolensk(
      'Доля педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет, охваченных различными формами наставничества, адресного сопровождения и поддержки',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'STAFF',
    formula: {
      numerator:
        'Те из них, кто на дату наставляемый в паре или группе (активной или завершённой, действующей на дату)',
      denominator:
        'Педагогические работники на дату моложе 35 лет с педагогическим стажем меньше 3 полных лет (young_under_35_under_3); те, о ком реестр этого не знает, не считаются и показаны отдельно',
      asOfRule: ON_DATE,
      reads: STAFF_READS,
      reading:
        'Прочтение системы: «охваченных различными формами наставничества, адресного сопровождения и поддержки» — наставляемый в паре; иные формы сопровождения система не ведёт.',
    },
  },
  {
    code: 'REGIONAL_MENTOR_DATABASE',
    position: 3,
    name: 'Разработана единая региональная информационная база наставников',
    source: smolensk('Разработана единая региональная информационная база наставников'),
    unit: 'да/нет',
    method: 'MILESTONE',
    direction: 'ACHIEVE',
  },
  {
    code: 'MENTORING_INFO_RESOURCE',
    position: 4,
    name: 'Функционирует информационный ресурс для сопровождения наставничества педагогических работников',
    source: smolensk('Функционирует информационный ресурс для сопровождения наставничества педагогических работников'),
    unit: 'да/нет',
    method: 'MILESTONE',
    direction: 'ACHIEVE',
  },
  {
    code: 'RMA_CANDIDATES_SHARE',
    position: 5,
    name: 'Доля педагогических работников – кандидатов в РМА от общего числа педагогических работников',
    source: smolensk('Доля педагогических работников – кандидатов в РМА от общего числа педагогических работников'),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'STAFF',
    formula: {
      numerator:
        'Те из них, кто на дату кандидат в региональный методический актив (назначение RMA_CANDIDATE, действующее на дату)',
      denominator: 'Педагогические работники на дату',
      asOfRule: ON_DATE,
      reads: [...STAFF_READS.slice(0, 1), 'registry_pub.appointment', 'registry_pub.organization_territory'],
      reading: null,
    },
  },
  {
    code: 'START_MONITORING_PARTICIPATION',
    position: 6,
    name: 'Стартовый мониторинг (сбор информации) по внедрению системы наставничества — 100% ОО приняли участие',
    source: roadmap(
      'Стартовый мониторинг (сбор информации) по внедрению системы наставничества 15-25 декабря 2022 ЦНППМ – оператор ОМСУ – координатор ОО – заполнение форм 100% ОО приняли участие',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'CAMPAIGN_PARTICIPATION',
    formula: {
      numerator:
        'Организации, отправившие анкету стартового мониторинга (статус SUBMITTED или принята) не позднее даты',
      denominator: 'Организации, которым адресован стартовый мониторинг',
      asOfRule: 'Анкеты, отправленные не позднее даты',
      reads: ['analytics: мониторинги (campaign, submission)', 'registry_pub.organization_territory'],
      reading: null,
    },
  },
  {
    code: 'ORGS_WITH_LOCAL_REGULATION',
    position: 7,
    name: 'Стартовый мониторинг (сбор информации) по внедрению системы наставничества — 100% ОО имеют локальное положение о наставничестве',
    source: roadmap(
      'Стартовый мониторинг (сбор информации) по внедрению системы наставничества…100% ОО имеют локальное положение о наставничестве',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'ORGANIZATIONS',
    formula: {
      numerator: 'Организации, у которых положение о наставничестве утверждено приказом не позднее даты',
      denominator: `Образовательные организации территории (${EDUCATIONAL})`,
      asOfRule: 'Дата приказа о положении не позднее даты',
      reads: ['mentoring_pub.organization_system_as_of(date)', 'registry_pub.organization_territory'],
      reading:
        'Прочтение системы: ОО — общеобразовательные организации, организации дополнительного и профессионального образования.',
    },
  },
  participation('START_SESSION_PARTICIPATION', 'Координационные мероприятия: - Старт-сессия для руководителей ОО', 8),
  participation(
    'METHODICAL_EVENTS_PARTICIPATION',
    'Организационно-методические мероприятия: - Вебинары - ПК - Фестиваль «Наставник.fest67@» - Конкурс «Педагогический дуэт»',
    9,
  ),
  participation(
    'INFORMATION_EVENTS_PARTICIPATION',
    'Информационные мероприятия: - Банк эффективных практик - Базы данных и реестры - Презентация опыта',
    10,
  ),
  {
    code: 'DISTRICTS_IMPLEMENTING_MODEL',
    position: 11,
    name: 'Доля административных районов в субъекте Российской Федерации, внедривших целевую модель наставничества',
    source: spb(
      'Доля административных районов в субъекте Российской Федерации, внедривших целевую модель наставничества, %',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'ORGANIZATIONS',
    formula: {
      numerator:
        'Муниципальные образования (районы), где на дату хотя бы одна организация внедрила модель (положение и куратор)',
      denominator: 'Муниципальные образования территории, в которых есть организации',
      asOfRule: 'Положение с датой приказа не позднее даты',
      reads: ['mentoring_pub.organization_system_as_of(date)', 'registry_pub.organization_territory'],
      reading:
        'Прочтение системы: район «внедрил» модель, когда в нём хотя бы одна организация её внедрила; административные районы — муниципальные образования реестра.',
    },
  },
  {
    code: 'SPO_STUDENTS_COVERED',
    position: 12,
    name: 'Доля обучающихся в СПО от общего количества обучающихся в субъекте Российской Федерации, вовлеченных в различные формы наставничества',
    source: spb(
      'Доля обучающихся в СПО от общего количества обучающихся в субъекте Российской Федерации, вовлеченных в различные формы наставничества %',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'STUDENTS',
    formula: {
      numerator: 'Те из них, кто на дату наставник или наставляемый в паре или группе',
      denominator: 'Обучающиеся СПО на дату (обучение уровня SPO_COURSE)',
      asOfRule: ON_DATE,
      reads: STUDENT_READS,
      reading:
        'Прочтение системы: доля от обучающихся СПО, не от всех обучающихся субъекта; «вовлеченных в различные формы наставничества» — участник пары в любой роли.',
    },
  },
  {
    code: 'CHILDREN_10_19_MENTEES',
    position: 13,
    name: 'Доля детей в возрасте от 10 до 19 лет, проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого',
    source: spb(
      'Доля детей в возрасте от 10 до 19 лет, проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого, %',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'STUDENTS',
    formula: {
      numerator: 'Те из них, кто на дату наставляемый в паре или группе',
      denominator: 'Обучающиеся на дату в возрасте от 10 до 19 полных лет включительно',
      asOfRule: ON_DATE,
      reads: STUDENT_READS,
      reading:
        'Прочтение системы: «детей … проживающих в субъекте» — обучающиеся организаций территории (места жительства в реестре нет).',
    },
  },
  {
    code: 'TEENS_15_19_MENTORS',
    position: 14,
    name: 'Доля детей и подростков в возрасте от 15 до 19 лет, проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставника',
    source: spb(
      'Доля детей и подростков в возрасте от 15 до 19 лет, проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставника, %',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'STUDENTS',
    formula: {
      numerator: 'Те из них, кто на дату наставник в паре или группе',
      denominator: 'Обучающиеся на дату в возрасте от 15 до 19 полных лет включительно',
      asOfRule: ON_DATE,
      reads: STUDENT_READS,
      reading:
        'Прочтение системы: «детей и подростков … проживающих в субъекте» — обучающиеся организаций территории (места жительства в реестре нет).',
    },
  },
  {
    code: 'YOUNG_TEACHERS_0_3_MENTEES',
    position: 15,
    name: 'Доля учителей - молодых специалистов (с опытом работы от 0 до 3 лет), проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого',
    source: spb(
      'Доля учителей - молодых специалистов (с опытом работы от 0 до 3 лет), проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого, %',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'STAFF',
    formula: {
      numerator: 'Те из них, кто на дату наставляемый в паре или группе',
      denominator:
        'Учителя на дату с педагогическим стажем меньше 3 полных лет (young_0_3); те, о ком реестр этого не знает, не считаются и показаны отдельно',
      asOfRule: ON_DATE,
      reads: STAFF_READS,
      reading:
        'Прочтение системы: «проживающих в субъекте Российской Федерации» не применяется (места жительства в реестре нет); определение молодого специалиста — registry young_specialist_definition EXPERIENCE_0_3_YEARS.',
    },
  },
  {
    code: 'ENTERPRISES_PROVIDING_MENTORS',
    position: 16,
    name: 'Доля предприятий (организаций) от общего количества предприятий, осуществляющих деятельность в субъекте Российской Федерации, вошедших в программы наставничества, предоставив своих наставников',
    source: spb(
      'Доля предприятий (организаций) от общего количества предприятий, осуществляющих деятельность в субъекте Российской Федерации, вошедших в программы наставничества, предоставив своих наставников, %',
    ),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'ORGANIZATIONS',
    formula: {
      numerator: 'Предприятия, работник которых на дату наставник в паре или группе',
      denominator: 'Предприятия-работодатели территории (организации вида EMPLOYER)',
      asOfRule: ON_DATE,
      reads: ['mentoring_pub.participation_as_of(date)', 'registry_pub.organization_territory'],
      reading:
        'Прочтение системы: «от общего количества предприятий, осуществляющих деятельность в субъекте» — предприятия, внесённые в реестр системы.',
    },
  },
  {
    code: 'MENTEE_SATISFACTION',
    position: 17,
    name: 'Уровень удовлетворенности наставляемых участием в программах наставничества',
    source: spb('Уровень удовлетворенности наставляемых участием в программах наставничества, %'),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'SATISFACTION',
    formula: {
      numerator:
        'Сумма оценок удовлетворённости наставляемых (0–100) по завершённым к дате персонализированным программам',
      denominator: 'Число таких программ с оценкой наставляемого',
      asOfRule: 'Программы, окончившиеся не позднее даты',
      reads: ['mentoring_pub.programme_outcome', 'registry_pub.organization_territory'],
      reading: 'Прочтение системы: уровень удовлетворённости — средняя оценка (0–100) по программам.',
    },
  },
  {
    code: 'MENTOR_SATISFACTION',
    position: 18,
    name: 'Уровень удовлетворенности наставников участием в программах наставничества',
    source: spb('Уровень удовлетворенности наставников участием в программах наставничества, %'),
    unit: '%',
    method: 'COMPUTED',
    direction: 'INCREASE',
    family: 'SATISFACTION',
    formula: {
      numerator:
        'Сумма оценок удовлетворённости наставников (0–100) по завершённым к дате персонализированным программам',
      denominator: 'Число таких программ с оценкой наставника',
      asOfRule: 'Программы, окончившиеся не позднее даты',
      reads: ['mentoring_pub.programme_outcome', 'registry_pub.organization_territory'],
      reading: 'Прочтение системы: уровень удовлетворённости — средняя оценка (0–100) по программам.',
    },
  },
];

const json = (value: unknown) => `'${JSON.stringify(value).replace(/'/g, "''")}'::jsonb`;
const text = (value: string | null | undefined) => (value == null ? 'null' : `'${value.replace(/'/g, "''")}'`);

export class Migration20261123040200_indicator_catalogue extends Migration {
  override name = 'Migration20261123040200_indicator_catalogue';

  override up(): void {
    for (const entry of ENTRIES) {
      this.addSql(`
        insert into "analytics"."indicator" ("code", "position", "name", "source", "definition", "definition_source", "also_in", "unit", "method", "direction", "formula", "family")
        values (${text(entry.code)}, ${entry.position}, ${text(entry.name)}, ${json(entry.source)}, null, null, ${json(entry.alsoIn ?? [])},
                ${text(entry.unit)}, ${text(entry.method)}, ${text(entry.direction)}, ${entry.formula ? json(entry.formula) : 'null'}, ${text(entry.family)})
        on conflict ("code") do update set "position" = excluded."position", "name" = excluded."name", "source" = excluded."source",
          "also_in" = excluded."also_in", "unit" = excluded."unit", "method" = excluded."method", "direction" = excluded."direction",
          "formula" = excluded."formula", "family" = excluded."family";`);
    }
  }

  override down(): void {
    this.addSql(
      `delete from "analytics"."indicator" where "code" in (${ENTRIES.filter(
        (entry) => entry.position >= 6 && entry.position <= 10,
      )
        .map((entry) => text(entry.code))
        .join(', ')});`,
    );
  }
}
