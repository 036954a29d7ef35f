import { Migration } from '@mikro-orm/migrations';

/**
 * Installations that loaded the earlier demo data hold invented facts about the real officials the seeds name:
 * first names and birth dates the seeds do not print, a start of employment, and orders that appoint nobody
 * (235-Од approves the Положение, 1457-р creates the centre). This removes exactly those invented values —
 * each statement matches only the earlier demo record, by its invented values — and marks the records SEED
 * with the seed's passage, as fresh demo data has them. Nothing entered by users matches.
 */
const sql = (value: string) => `'${value.replace(/'/g, "''")}'`;
const source = (document: string, clause: string, quote: string) =>
  `${sql(JSON.stringify({ document, clause, quote }))}::jsonb`;

const OFFICIALS = [
  {
    lastName: 'Пехтерева',
    invented: {
      firstName: 'Татьяна',
      middleName: 'Анатольевна',
      birthDate: '1975-06-12',
      position: 'Главный специалист отдела образования',
    },
    printed: {
      firstName: null,
      middleName: null,
      initials: 'Т. А.',
      position: 'Главный специалист отдела образования администрации Знаменского района',
    },
    source: source(
      'ZNAMENSKY_ORDER_96D',
      'Приказ, п. 2',
      'Назначить Пехтереву Т. А., главного специалиста отдела образования администрации Знаменского района, муниципальным координатором',
    ),
    inventedOrder: null,
    appointmentSource: source(
      'ZNAMENSKY_ORDER_96D',
      'Приказ, п. 2',
      'Назначить Пехтереву Т. А., главного специалиста отдела образования администрации Знаменского района, муниципальным координатором по организации работы по внедрению муниципальной целевой модели наставничества педагогических работников в образовательных организациях Знаменского района.',
    ),
  },
  {
    lastName: 'Боброва',
    invented: { firstName: 'Елена', middleName: 'Анатольевна', birthDate: '1970-03-02', position: 'Начальник ЦНППМ' },
    printed: { firstName: 'Елена', middleName: 'Анатольевна', initials: null, position: 'начальник ЦНППМ' },
    source: source(
      'SMOLENSK_ROADMAP_PRESENTATION',
      'Титульный слайд',
      'Боброва Елена Анатольевна, к.п.н., … начальник ЦНППМ',
    ),
    inventedOrder: '235-Од',
    appointmentSource: source(
      'SMOLENSK_ROADMAP_PRESENTATION',
      'Региональная «дорожная карта»: ключевые мероприятия, стартовый мониторинг',
      'ЦНППМ – оператор',
    ),
  },
  {
    lastName: 'Зайцева',
    invented: {
      firstName: 'Кристина',
      middleName: 'Сергеевна',
      birthDate: '1984-10-21',
      position: 'Руководитель Центра развития наставничества',
    },
    printed: {
      firstName: 'Кристина',
      middleName: 'Сергеевна',
      initials: null,
      position: 'руководитель Центра развития наставничества',
    },
    source: source(
      'SPB_ROADMAP_WEBINAR',
      'Контакты Центра развития наставничества',
      'Зайцева Кристина Сергеевна, руководитель Центра развития наставничества',
    ),
    inventedOrder: '1457-р',
    appointmentSource: source(
      'SPB_ROADMAP_WEBINAR',
      'Нормативные документы: распоряжение Комитета по образованию № 1457-р от 27.07.2020, п. 1',
      'Создание на базе СПб АППО регионального центра развития наставничества.',
    ),
  },
];

const ORGANIZATIONS = [
  {
    shortName: 'ГАУ ДПО СОИРО (ЦНППМ)',
    inventedName:
      'Государственное автономное учреждение дополнительного профессионального образования «Смоленский областной институт развития образования»',
    printedName: 'ГАУ ДПО СОИРО (ЦНППМ)',
    source: source(
      'SMOLENSK_ROADMAP_PRESENTATION',
      'Слайд «ГАУ ДПО СОИРО (ЦНППМ)»',
      'ГАУ ДПО СОИРО (ЦНППМ) – организационно-методическая и организационно-педагогическая поддержка',
    ),
  },
  {
    shortName: 'СПб АППО (Центр развития наставничества)',
    inventedName:
      'Государственное бюджетное учреждение дополнительного профессионального образования «Санкт-Петербургская академия постдипломного педагогического образования имени К.Д. Ушинского»',
    printedName: 'Центр развития наставничества СПб АППО',
    source: source('SPB_ROADMAP_WEBINAR', 'Дорожная карта на 2021-2022 год', 'Центр развития наставничества СПб АППО'),
  },
  {
    shortName: 'Департамент по образованию и науке',
    inventedName: 'Департамент Смоленской области по образованию и науке',
    printedName: 'Департамент Смоленской области по образованию и науке',
    source: source(
      'SMOLENSK_ROADMAP_PRESENTATION',
      'Нормативное обеспечение внедрения системы наставничества педагогических работников',
      'Приказ Департамента Смоленской области по образованию и науке от 15.03.2022 № 235-Од',
    ),
  },
  {
    shortName: 'Отдел образования Знаменского района',
    inventedName: 'Отдел образования администрации Знаменского района Орловской области',
    printedName: 'Отдел образования администрации Знаменского района Орловской области',
    source: source(
      'ZNAMENSKY_ORDER_96D',
      'Приложение 1 (Положение), 5. Организация системы наставничества',
      'Отделом образования администрации Знаменского района Орловской области (далее – отдел образования).',
    ),
  },
  {
    shortName: 'Комитет по образованию',
    inventedName: 'Комитет по образованию Санкт-Петербурга',
    printedName: 'Комитет по образованию Санкт-Петербурга',
    source: source('SPB_ROADMAP_WEBINAR', 'Дорожная карта на 2021-2022 год', 'Комитет по образованию Санкт-Петербурга'),
  },
];

export class Migration20261122221300_scrub_invented_official_data extends Migration {
  override name = 'Migration20261122221300_scrub_invented_official_data';

  override up(): void {
    for (const organization of ORGANIZATIONS) {
      this.addSql(
        `update "registry"."organization" set "name" = ${sql(organization.printedName)}, "data_origin" = 'SEED', "source" = ${organization.source}
         where "short_name" = ${sql(organization.shortName)} and "name" = ${sql(organization.inventedName)};`,
      );
    }
    for (const official of OFFICIALS) {
      const earlier = `select "id" from "registry"."person" where "last_name" = ${sql(official.lastName)} and "first_name" = ${sql(official.invented.firstName)}
        and "middle_name" = ${sql(official.invented.middleName)} and "birth_date" = '${official.invented.birthDate}'`;
      this.addSql(
        `update "registry"."employment" set "start_date" = null, "position" = ${sql(official.printed.position)}
         where "person_id" in (${earlier}) and "start_date" = '2015-09-01' and "position" = ${sql(official.invented.position)};`,
      );
      this.addSql(
        `update "registry"."appointment" set "data_origin" = 'SEED', "source" = ${official.appointmentSource}${
          official.inventedOrder ? `, "order_number" = null, "order_date" = null, "start_date" = null` : ''
        } where "person_id" in (${earlier})${official.inventedOrder ? ` and "order_number" = ${sql(official.inventedOrder)}` : ` and "order_number" = '96-Д'`};`,
      );
      if (!official.inventedOrder) {
        this.addSql(
          `update "registry"."appointment" set "issued_by_id" = (select "id" from "registry"."organization" where "short_name" = 'Отдел образования Знаменского района' and "kind" = 'EDUCATION_AUTHORITY' limit 1)
           where "person_id" in (${earlier}) and "order_number" = '96-Д' and "issued_by_id" is null;`,
        );
      }
      this.addSql(
        `update "registry"."person" set "first_name" = ${official.printed.firstName ? sql(official.printed.firstName) : 'null'},
           "middle_name" = ${official.printed.middleName ? sql(official.printed.middleName) : 'null'},
           "initials" = ${official.printed.initials ? sql(official.printed.initials) : 'null'},
           "birth_date" = null, "email" = null, "phone" = null, "data_origin" = 'SEED', "source" = ${official.source}
         where "id" in (${earlier});`,
      );
    }
  }

  override down(): void {
    // The invented values are not restored: they were never facts.
  }
}
