import { Migration } from '@mikro-orm/migrations';

/**
 * The registry's catalogues in the seeds' own words (issue 9): the appointment kinds and the two
 * young-specialist definitions, each with the passage that names it (document code, clause, quote) —
 * quotes verbatim, «…» marking words left out, checked against the seed texts by the provenance test.
 * And `registry_pub.staff_as_of` with the definitions as the seeds word them: seed 004 counts teachers
 * («учителей»), not every pedagogical worker, and both count full years of experience, under 3.
 */
type Source = {
  document: 'SMOLENSK_ROADMAP_PRESENTATION' | 'ZNAMENSKY_ORDER_96D' | 'SPB_ROADMAP_WEBINAR';
  clause: string;
  quote: string;
};
type Entry = {
  code: string;
  name: string;
  source: Source;
  definition: string | null;
  definitionSource: Source | null;
  alsoIn: Source[];
};

const POLOZHENIE_5 = 'Приложение 1 (Положение), 5. Организация системы наставничества';
const SMOLENSK_ROADMAP = 'Региональная «дорожная карта»: ключевые мероприятия, стартовый мониторинг';
const SMOLENSK_INDICATORS = 'Ключевые показатели внедрения системы педагогического наставничества';

const APPOINTMENT_KINDS: Entry[] = [
  {
    code: 'SCHOOL_CURATOR',
    name: 'Куратор реализации программ наставничества',
    source: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: POLOZHENIE_5,
      quote:
        'Куратор реализации программ наставничества: - назначается руководителем образовательной организации из числа заместителей руководителя (методистов)',
    },
    definition:
      'Куратор – сотрудник образовательной организации, учреждения из числа ее социальных партнеров (другие образовательные организации - школы, вузы, колледжи; учреждения культуры и спорта, дополнительного профессионального образования, предприятия и др.), который отвечает за реализацию персонализированных(ой) программ(ы) наставничества.',
    definitionSource: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: 'Приложение 1 (Положение), 1. Общие положения: понятия',
      quote:
        'Куратор – сотрудник образовательной организации, учреждения из числа ее социальных партнеров (другие образовательные организации - школы, вузы, колледжи; учреждения культуры и спорта, дополнительного профессионального образования, предприятия и др.), который отвечает за реализацию персонализированных(ой) программ(ы) наставничества.',
    },
    alsoIn: [
      {
        document: 'SPB_ROADMAP_WEBINAR',
        clause: 'Внедрение целевой модели наставничества в ГОУ Санкт-Петербурга: на уровне всех ОО',
        quote: 'Формирование команды программы наставничества во главе с куратором в ГОУ.',
      },
    ],
  },
  {
    code: 'SCHOOL_HEAD',
    name: 'Руководитель образовательной организации',
    source: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: POLOZHENIE_5,
      quote:
        'Руководитель образовательной организации: - осуществляет общее руководство и координацию внедрения (применения) системы (целевой модели) наставничества педагогических работников в образовательной организации',
    },
    definition:
      'утверждает куратора реализации программ наставничества, способствует отбору наставников и наставляемых, а также утверждает их',
    definitionSource: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: POLOZHENIE_5,
      quote:
        'утверждает куратора реализации программ наставничества, способствует отбору наставников и наставляемых, а также утверждает их',
    },
    alsoIn: [
      {
        document: 'SMOLENSK_ROADMAP_PRESENTATION',
        clause: 'Региональная «дорожная карта»: ключевые мероприятия, координационные мероприятия',
        quote: 'Старт-сессия для руководителей ОО',
      },
      {
        document: 'SPB_ROADMAP_WEBINAR',
        clause: 'Внедрение целевой модели наставничества в ГОУ Санкт-Петербурга',
        quote: 'Информационно-просветительские вебинары для руководителей и кураторов ОО.',
      },
    ],
  },
  {
    code: 'MUNICIPAL_COORDINATOR',
    name: 'Муниципальный координатор',
    source: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: POLOZHENIE_5,
      quote: 'Муниципальный координатор, выполняет следующие функции:',
    },
    definition: 'Функции отдела образования: … – назначает муниципального координатора наставнических программ',
    definitionSource: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: POLOZHENIE_5,
      quote: 'Функции отдела образования: … – назначает муниципального координатора наставнических программ',
    },
    alsoIn: [
      { document: 'SMOLENSK_ROADMAP_PRESENTATION', clause: SMOLENSK_ROADMAP, quote: 'ОМСУ – координатор' },
      {
        document: 'SPB_ROADMAP_WEBINAR',
        clause: 'Нормативные документы: распоряжение Комитета по образованию № 1457-р от 27.07.2020, п. 3',
        quote:
          'Назначить лицо, ответственное за координацию мероприятий по реализации дорожной карты по внедрению методологии (целевой модели) наставничества, от администраций районов Санкт-Петербурга.',
      },
    ],
  },
  {
    code: 'REGIONAL_OPERATOR',
    name: 'ЦНППМ – оператор',
    source: { document: 'SMOLENSK_ROADMAP_PRESENTATION', clause: SMOLENSK_ROADMAP, quote: 'ЦНППМ – оператор' },
    definition: 'ГАУ ДПО СОИРО (ЦНППМ) – организационно-методическая и организационно-педагогическая поддержка',
    definitionSource: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: 'Слайд «ГАУ ДПО СОИРО (ЦНППМ)»',
      quote: 'ГАУ ДПО СОИРО (ЦНППМ) – организационно-методическая и организационно-педагогическая поддержка',
    },
    alsoIn: [
      {
        document: 'SPB_ROADMAP_WEBINAR',
        clause: 'Нормативные документы: распоряжение Комитета по образованию № 1457-р от 27.07.2020, п. 1',
        quote: 'Создание на базе СПб АППО регионального центра развития наставничества.',
      },
    ],
  },
  {
    code: 'RMA_CANDIDATE',
    name: 'Кандидат в РМА',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: SMOLENSK_INDICATORS,
      quote: 'Доля педагогических работников – кандидатов в РМА от общего числа педагогических работников',
    },
    definition: null,
    definitionSource: null,
    alsoIn: [],
  },
  {
    code: 'MENTORS_ASSOCIATION_MEMBER',
    name: 'Методическое объединение наставников',
    source: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: 'Приказ, п. 4',
      quote: 'Создать методическое объединение наставников в образовательной организации (при необходимости)',
    },
    definition:
      'предлагает руководителю образовательной организации для утверждения состава школьного методического объединения наставников для утверждения (при необходимости его создания)',
    definitionSource: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: `${POLOZHENIE_5}: функции куратора`,
      quote:
        'предлагает руководителю образовательной организации для утверждения состава школьного методического объединения наставников для утверждения (при необходимости его создания)',
    },
    alsoIn: [],
  },
];

const YOUNG_SPECIALIST_DEFINITIONS: (Entry & { rule: string })[] = [
  {
    code: 'UNDER_35_UNDER_3_YEARS',
    name: 'Педагогические работники в возрасте до 35 лет со стажем работы менее 3 лет',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: SMOLENSK_INDICATORS,
      quote:
        'Доля педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет, охваченных различными формами наставничества, адресного сопровождения и поддержки',
    },
    definition: 'педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет',
    definitionSource: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: SMOLENSK_INDICATORS,
      quote: 'педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет',
    },
    alsoIn: [],
    rule: 'Педагогический работник на дату (текущее трудоустройство педагогическим работником), полных лет меньше 35, полных лет педагогического стажа меньше 3.',
  },
  {
    code: 'EXPERIENCE_0_3_YEARS',
    name: 'Учителя - молодые специалисты (с опытом работы от 0 до 3 лет)',
    source: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: 'Показатели результативности',
      quote:
        'Доля учителей - молодых специалистов (с опытом работы от 0 до 3 лет), проживающих в субъекте Российской Федерации, вошедших в программы наставничества в роли наставляемого, %',
    },
    definition: 'учителей - молодых специалистов (с опытом работы от 0 до 3 лет)',
    definitionSource: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: 'Показатели результативности',
      quote: 'учителей - молодых специалистов (с опытом работы от 0 до 3 лет)',
    },
    alsoIn: [],
    rule: 'Учитель на дату (педагогический работник, должность начинается со слова «учитель»; не педагог дополнительного образования, не заместитель директора), любого возраста, полных лет педагогического стажа от 0 до меньше 3: «до 3 лет» читается так же, как «до 35 лет» в показателе Смоленской области.',
  },
];

const text = (value: string | null) => (value === null ? 'null' : `'${value.replace(/'/g, "''")}'`);
const json = (value: unknown) => (value === null ? 'null' : `${text(JSON.stringify(value))}::jsonb`);
const values = (entry: Entry, position: number) =>
  [
    text(entry.code),
    position,
    text(entry.name),
    json(entry.source),
    text(entry.definition),
    json(entry.definitionSource),
    json(entry.alsoIn),
  ].join(', ');

export class Migration20261122221100_registry_catalogues extends Migration {
  override name = 'Migration20261122221100_registry_catalogues';

  override up(): void {
    APPOINTMENT_KINDS.forEach((entry, index) => {
      this.addSql(
        `insert into "registry"."appointment_kind" ("code", "position", "name", "source", "definition", "definition_source", "also_in") values (${values(entry, index + 1)});`,
      );
    });
    YOUNG_SPECIALIST_DEFINITIONS.forEach((entry, index) => {
      this.addSql(
        `insert into "registry"."young_specialist_definition" ("code", "position", "name", "source", "definition", "definition_source", "also_in", "rule") values (${values(entry, index + 1)}, ${text(entry.rule)});`,
      );
    });
    this.addSql(`
      create or replace function "registry_pub"."staff_as_of"("as_of" date)
      returns table ("person_id" uuid, "organization_id" uuid, "organization_kind" text, "municipality_oktmo" varchar, "region_code" varchar,
                     "is_pedagogical" boolean, "age" int, "experience_years" numeric, "young_under_35_under_3" boolean, "young_0_3" boolean)
      language sql stable as $$
        select s."person_id", s."organization_id", s."organization_kind", s."municipality_oktmo", s."region_code", s."is_pedagogical",
               extract(year from age("as_of", s."birth_date"))::int,
               round(("as_of" - s."teaching_experience_start") / 365.25, 1),
               coalesce(s."is_pedagogical" and age("as_of", s."birth_date") < interval '35 years'
                        and s."teaching_experience_start" <= "as_of" and age("as_of", s."teaching_experience_start") < interval '3 years', false),
               coalesce(s."is_pedagogical" and lower(s."position") like 'учитель%'
                        and s."teaching_experience_start" <= "as_of" and age("as_of", s."teaching_experience_start") < interval '3 years', false)
        from "registry_pub"."staff" s
        where s."start_date" <= "as_of" and (s."end_date" is null or s."end_date" >= "as_of");
      $$;`);
    this.addSql(
      `comment on function "registry_pub"."staff_as_of"(date) is 'Работники на дату: age, experience and both young-specialist definitions as the seeds word them (registry.young_specialist_definition): young_under_35_under_3 — seed 000, pedagogical workers under 35 with under 3 full years of experience; young_0_3 — seed 004, teachers (position «учитель…») with 0 to under 3 full years.';`,
    );
  }

  override down(): void {
    this.addSql(`
      create or replace function "registry_pub"."staff_as_of"("as_of" date)
      returns table ("person_id" uuid, "organization_id" uuid, "organization_kind" text, "municipality_oktmo" varchar, "region_code" varchar,
                     "is_pedagogical" boolean, "age" int, "experience_years" numeric, "young_under_35_under_3" boolean, "young_0_3" boolean)
      language sql stable as $$
        select s."person_id", s."organization_id", s."organization_kind", s."municipality_oktmo", s."region_code", s."is_pedagogical",
               extract(year from age("as_of", s."birth_date"))::int,
               round(("as_of" - s."teaching_experience_start") / 365.25, 1),
               s."is_pedagogical" and extract(year from age("as_of", s."birth_date")) < 35 and ("as_of" - s."teaching_experience_start") / 365.25 < 3,
               s."is_pedagogical" and ("as_of" - s."teaching_experience_start") / 365.25 <= 3
        from "registry_pub"."staff" s
        where s."start_date" <= "as_of" and (s."end_date" is null or s."end_date" >= "as_of");
      $$;`);
    this.addSql(`delete from "registry"."young_specialist_definition";`);
    this.addSql(`delete from "registry"."appointment_kind";`);
  }
}
