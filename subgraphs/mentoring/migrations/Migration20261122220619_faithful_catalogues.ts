import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 9, catalogues word for word. Every form, format (вид), monitoring measure and project carries its
 * source { document, clause, quote } — the seed's own words — and the seed's own definition where a seed
 * gives one (null otherwise). The forms are exactly those of seed 003 §3 and seed 004, merged where both
 * name the same thing; the invented «руководитель – руководитель» goes: its pairs, the «500+» менторские
 * пары руководителей of seed 002, become pairs of the project «500+», which is what the seed says they are.
 * The text lives here, not in src: a migration is a record of what was written.
 */
interface Source {
  document:
    'SMOLENSK_ROADMAP_PRESENTATION' | 'SMOLENSK_REPORT_2021' | 'ZNAMENSKY_ORDER_96D' | 'SPB_ROADMAP_WEBINAR' | 'R145';
  clause: string;
  quote: string;
}

interface Entry {
  code: string;
  name: string;
  source: Source;
  definition?: { text: string; source: Source };
  alsoIn?: Source[];
}

const SEC3 = 'Приложение 1 (Положение), 3. Формы наставничества в образовательной организации';
const SEC7 = 'Приложение 1 (Положение), 7. Мониторинг и оценка реализации программ наставничества';
const SPB_FORMS = 'Слайд «Реализация «дорожной карты» проекта внедрения целевой модели наставничества (2020-2024 гг.)»';
const FORMS_OF_003: Source = {
  document: 'ZNAMENSKY_ORDER_96D',
  clause: SEC3,
  quote:
    'В образовательной организации применяются разнообразные формы наставничества («педагог — педагог», «руководитель образовательной организации — педагог», «работодатель — студент», «педагог — молодой педагог образовательной организации» и другие)',
};
const spb = (quote: string): Source => ({ document: 'SPB_ROADMAP_WEBINAR', clause: SPB_FORMS, quote });
const sec3 = (quote: string): Source => ({ document: 'ZNAMENSKY_ORDER_96D', clause: SEC3, quote });

/** A definition paragraph of §3: «<term> – <definition>»; the definition is the words after the term. */
const defined = (term: string, separator: string, definition: string) => ({
  text: definition,
  source: sec3(`${term}${separator}${definition}`),
});

const FORMS: Entry[] = [
  { code: 'PEDAGOGUE_PEDAGOGUE', name: 'педагог — педагог', source: FORMS_OF_003 },
  {
    code: 'HEAD_TEACHER',
    name: 'руководитель образовательной организации — педагог',
    source: FORMS_OF_003,
    definition: defined(
      'Форма наставничества «руководитель образовательной организации - учитель»',
      ' - ',
      'способ реализации целевой модели наставничества через организацию взаимодействия наставнической пары «руководитель образовательной организации - учитель», нацеленную на совершенствование образовательного процесса и достижение желаемых результатов руководителем образовательной организации посредством создания необходимых организационно-педагогических, кадровых, методических, психолого-педагогических условий и ресурсов.',
    ),
  },
  {
    code: 'EMPLOYER_STUDENT',
    name: 'работодатель — студент',
    source: FORMS_OF_003,
    alsoIn: [spb('Работодатель- студент')],
  },
  {
    code: 'TEACHER_YOUNG_TEACHER',
    name: 'педагог — молодой педагог образовательной организации',
    source: FORMS_OF_003,
  },
  {
    code: 'TEACHER_TEACHER',
    name: 'учитель — учитель',
    source: sec3('Форма наставничество «учитель — учитель»'),
    definition: defined(
      'Форма наставничество «учитель — учитель»',
      ' - ',
      'способ реализации целевой модели наставничества через организацию взаимодействия наставнической пары «учитель-профессионал — учитель, вовлеченный в различные формы поддержки и сопровождения».',
    ),
    alsoIn: [
      spb('Учитель-учитель'),
      {
        document: 'SMOLENSK_REPORT_2021',
        clause: 'Справка, о подготовке наставников',
        quote: 'прошли 36 учителей – кандидатов в наставники по модели «учитель – учитель»',
      },
    ],
  },
  { code: 'PUPIL_PUPIL', name: 'Ученик-ученик', source: spb('Ученик-ученик') },
  { code: 'STUDENT_PUPIL', name: 'Студент-ученик', source: spb('Студент-ученик') },
  { code: 'EMPLOYER_PUPIL', name: 'Работодатель-ученик', source: spb('Работодатель- ученик') },
];

const format = (code: string, name: string, separator: string, definition: string): Entry => ({
  code,
  name,
  source: sec3(name),
  definition: defined(name, separator, definition),
});

const FORMATS: Entry[] = [
  format(
    'VIRTUAL',
    'Виртуальное (дистанционное) наставничество',
    ' – ',
    'дистанционная форма организации наставничества с использованием информационно-коммуникационных технологий, таких как видеоконференции, платформы для дистанционного обучения, социальные сети и онлайн-сообщества, тематические интернет-порталы и другие. Обеспечивает постоянное профессиональное и творческое общение, обмен опытом между наставником и наставляемым, позволяет дистанционно сформировать пары «наставник – наставляемый», привлечь профессионалов и сформировать банк данных наставников, делает наставничество доступным для широкого круга лиц.',
  ),
  format(
    'GROUP',
    'Наставничество в группе',
    ' — ',
    'форма наставничества, когда один наставник взаимодействует с группой наставляемых одновременно (от двух и более человек).',
  ),
  format(
    'SHORT_TERM',
    'Краткосрочное или целеполагающее наставничество',
    ' – ',
    'наставник и наставляемый встречаются по заранее установленному графику для постановки конкретных целей, ориентированных на определенные краткосрочные результаты. Наставляемый должен приложить определенные усилия, чтобы проявить себя в период между встречами и достичь поставленных целей.',
  ),
  format(
    'REVERSE',
    'Реверсивное наставничество',
    ' - ',
    'профессионал младшего возраста становится наставником опытного работника по вопросам новых тенденций, технологий, а опытный педагог становится наставником молодого педагога в вопросах методики и организации учебно-воспитательного процесса.',
  ),
  format(
    'SITUATIONAL',
    'Ситуационное наставничество',
    ' – ',
    'наставник оказывает помощь или консультацию всякий раз, когда наставляемый нуждается в них. Как правило, роль наставника состоит в том, чтобы обеспечить немедленное реагирование на ту или иную ситуацию, значимую для его подопечного.',
  ),
  format(
    'SPEED',
    'Скоростное наставничество',
    ' - ',
    'однократная встреча наставляемого (наставляемых) с наставником более высокого уровня (профессионалом/компетентным лицом) с целью построения взаимоотношений с другими работниками, объединенными общими проблемами и интересами или обменом опытом. Такие встречи помогают формулировать и устанавливать цели индивидуального развития и карьерного роста на основе информации, полученной из авторитетных источников, обмениваться мнениями и личным опытом, а также наладить отношения «наставник — наставляемый» («равный — равному»).',
  ),
  format(
    'TRADITIONAL',
    'Традиционная форма наставничества («один-на-один»)',
    ' – ',
    'взаимодействие между более опытным и начинающим работником на протяжении определенного продолжительного времени. Обычно проводится отбор наставника и наставляемого по определенным критериям: опыт, навыки, личностные характеристики и др.',
  ),
];

const PROCESS = 'Мониторинг процесса реализации персонализированной программы наставничества оценивает:';
const INFLUENCE = 'Мониторинг влияния персонализированной программы наставничества на всех ее участников оценивает:';
const measure = (code: string, phase: 'PROCESS' | 'INFLUENCE', name: string, tail = ''): Entry & { phase: string } => ({
  code,
  phase,
  name,
  source: {
    document: 'ZNAMENSKY_ORDER_96D',
    clause: SEC7,
    quote: `${phase === 'PROCESS' ? PROCESS : INFLUENCE} … ${name}${tail}`,
  },
});

const MEASURES = [
  measure(
    'PROGRAMME_EFFECTIVENESS',
    'PROCESS',
    'результативность реализации персонализированной программы наставничества и сопутствующие риски',
    ';',
  ),
  measure(
    'PROJECTS_EFFECTIVENESS',
    'PROCESS',
    'эффективность реализации образовательных и культурных проектов совместно с наставляемым',
    ';',
  ),
  measure('EXAM_SUCCESS_RATE', 'PROCESS', 'процент обучающихся наставляемого, успешно прошедших ВПР/ОГЭ/ЕГЭ', ';'),
  measure('ACADEMIC_PROGRESS', 'PROCESS', 'динамику успеваемости обучающихся', ';'),
  measure('OLYMPIAD_PARTICIPATION', 'PROCESS', 'динамику участия обучающихся в олимпиадах', ';'),
  measure('PROFESSIONAL_ACTIVITY', 'PROCESS', 'социально-профессиональную активность наставляемого', ' и др.'),
  measure(
    'EDUCATIONAL_RESULTS',
    'INFLUENCE',
    'улучшение образовательных результатов и у наставляемого, и у наставника',
    ';',
  ),
  measure(
    'SELF_DEVELOPMENT_MOTIVATION',
    'INFLUENCE',
    'повышение уровня мотивированности и осознанности наставляемых в вопросах саморазвития и профессионального самообразования',
    ';',
  ),
  measure(
    'INNOVATION_INVOLVEMENT',
    'INFLUENCE',
    'степень включенности наставляемого педагога в инновационную деятельность образовательной организации',
    ';',
  ),
  measure(
    'ADAPTATION',
    'INFLUENCE',
    'качество и темпы адаптации молодого/менее опытного/сменившего место работы специалиста на новом месте работы',
    ';',
  ),
  measure(
    'FUTURE_MENTORING',
    'INFLUENCE',
    'увеличение числа педагогов и обучающихся, планирующих стать наставниками и наставляемыми в ближайшем будущем',
    '.',
  ),
];

const PROJECTS: Entry[] = [
  {
    code: 'PROJECT_500_PLUS',
    name: '500+',
    source: {
      document: 'SMOLENSK_REPORT_2021',
      clause: 'Справка, о проекте «500+»',
      quote:
        'руководители 19 общеобразовательных организаций из 7 муниципальных образований проходили предварительный отбор на сопровождение школ проекта «500+» в качестве региональных кураторов (наставников) для директоров школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях. … В настоящее время в рамках проекта «500+» действует 9 менторских пар руководителей общеобразовательных организаций.',
    },
  },
];

/** SQL text literal without any quoting problem. */
const text = (value: string | null | undefined) => (value === null || value === undefined ? 'null' : `$q$${value}$q$`);
const json = (value: unknown) =>
  value === null || value === undefined ? 'null' : `$q$${JSON.stringify(value)}$q$::jsonb`;
const values = (entry: Entry, position: number) =>
  `"position" = ${position}, "name" = ${text(entry.name)}, "source" = ${json(entry.source)}, "definition" = ${text(entry.definition?.text)}, "definition_source" = ${json(entry.definition?.source)}, "also_in" = ${json(entry.alsoIn ?? [])}`;

export class Migration20261122220619_faithful_catalogues extends Migration {
  override name = 'Migration20261122220619_faithful_catalogues';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "mentoring"."mentoring_project" ("code" text not null, "position" smallint not null, "name" varchar(255) not null, "source" jsonb not null, "definition" text null, "definition_source" jsonb null, "also_in" jsonb not null, primary key ("code"));`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_project" add constraint "mentoring_project_code_check" check ("code" in ('PROJECT_500_PLUS'));`,
    );
    PROJECTS.forEach((entry, index) => {
      this.addSql(
        `insert into "mentoring"."mentoring_project" ("code", "position", "name", "source", "also_in") values ('${entry.code}', 0, '', '{}', '[]');`,
      );
      this.addSql(
        `update "mentoring"."mentoring_project" set ${values(entry, index + 1)} where "code" = '${entry.code}';`,
      );
    });

    this.addSql(
      `create table "mentoring"."monitoring_measure" ("code" text not null, "phase" text not null, "position" smallint not null, "name" varchar(255) not null, "source" jsonb not null, "definition" text null, "definition_source" jsonb null, "also_in" jsonb not null, primary key ("code"));`,
    );
    this.addSql(
      `alter table "mentoring"."monitoring_measure" add constraint "monitoring_measure_code_check" check ("code" in ('PROGRAMME_EFFECTIVENESS', 'PROJECTS_EFFECTIVENESS', 'EXAM_SUCCESS_RATE', 'ACADEMIC_PROGRESS', 'OLYMPIAD_PARTICIPATION', 'PROFESSIONAL_ACTIVITY', 'EDUCATIONAL_RESULTS', 'SELF_DEVELOPMENT_MOTIVATION', 'INNOVATION_INVOLVEMENT', 'ADAPTATION', 'FUTURE_MENTORING'));`,
    );
    this.addSql(
      `alter table "mentoring"."monitoring_measure" add constraint "monitoring_measure_phase_check" check ("phase" in ('PROCESS', 'INFLUENCE'));`,
    );
    MEASURES.forEach((entry, index) => {
      this.addSql(
        `insert into "mentoring"."monitoring_measure" ("code", "phase", "position", "name", "source", "also_in") values ('${entry.code}', '${entry.phase}', 0, '', '{}', '[]');`,
      );
      this.addSql(
        `update "mentoring"."monitoring_measure" set ${values(entry, index + 1)} where "code" = '${entry.code}';`,
      );
    });

    // Pairs of the invented form «руководитель – руководитель» are the «500+» pairs of seed 002: they become project pairs without a form.
    this.addSql(`alter table "mentoring"."mentoring_pair" drop constraint "mentoring_pair_form_code_foreign";`);
    this.addSql(
      `alter table "mentoring"."mentoring_pair" add "project_code" text null, add "data_origin" text not null default 'ENTERED';`,
    );
    this.addSql(`alter table "mentoring"."mentoring_pair" alter column "form_code" drop not null;`);
    this.addSql(
      `update "mentoring"."mentoring_pair" set "project_code" = 'PROJECT_500_PLUS', "form_code" = null where "form_code" = 'HEAD_HEAD';`,
    );
    this.addSql(`update "mentoring"."practice" set "form_code" = null where "form_code" = 'HEAD_HEAD';`);
    this.addSql(
      `update "mentoring"."mentor_profile" set "forms" = array_remove("forms", 'HEAD_HEAD') where 'HEAD_HEAD' = any("forms");`,
    );

    this.addSql(`alter table "mentoring"."mentoring_form" drop constraint "mentoring_form_code_check";`);
    this.addSql(`alter table "mentoring"."mentoring_form" drop column "description";`);
    this.addSql(
      `alter table "mentoring"."mentoring_form" add "source" jsonb null, add "definition" text null, add "definition_source" jsonb null, add "also_in" jsonb null;`,
    );
    this.addSql(`delete from "mentoring"."mentoring_form" where "code" = 'HEAD_HEAD';`);
    this.addSql(
      `insert into "mentoring"."mentoring_form" ("code", "position", "name") values ('PEDAGOGUE_PEDAGOGUE', 0, '');`,
    );
    for (const [index, entry] of FORMS.entries())
      this.addSql(
        `update "mentoring"."mentoring_form" set ${values(entry, index + 1)} where "code" = '${entry.code}';`,
      );
    this.addSql(
      `alter table "mentoring"."mentoring_form" alter column "source" set not null, alter column "also_in" set not null;`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_form" add constraint "mentoring_form_code_check" check ("code" in ('PEDAGOGUE_PEDAGOGUE', 'HEAD_TEACHER', 'EMPLOYER_STUDENT', 'TEACHER_YOUNG_TEACHER', 'TEACHER_TEACHER', 'PUPIL_PUPIL', 'STUDENT_PUPIL', 'EMPLOYER_PUPIL'));`,
    );

    this.addSql(`alter table "mentoring"."mentoring_format" drop column "description";`);
    this.addSql(
      `alter table "mentoring"."mentoring_format" add "source" jsonb null, add "definition" text null, add "definition_source" jsonb null, add "also_in" jsonb null;`,
    );
    for (const [index, entry] of FORMATS.entries())
      this.addSql(
        `update "mentoring"."mentoring_format" set ${values(entry, index + 1)} where "code" = '${entry.code}';`,
      );
    this.addSql(
      `alter table "mentoring"."mentoring_format" alter column "source" set not null, alter column "also_in" set not null;`,
    );

    this.addSql(
      `alter table "mentoring"."mentoring_pair" add constraint "mentoring_pair_project_code_foreign" foreign key ("project_code") references "mentoring"."mentoring_project" ("code") on delete set null;`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_pair" add constraint "mentoring_pair_form_code_foreign" foreign key ("form_code") references "mentoring"."mentoring_form" ("code") on delete set null;`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_pair" add constraint "mentoring_pair_form_or_project" check ("form_code" is not null or "project_code" is not null);`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_pair" add constraint "mentoring_pair_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    // «с письменного согласия их участников»: one consent per participant; the mentor's consent date recorded so far becomes the mentor's record.
    this.addSql(
      `create table "mentoring"."pair_consent" ("id" uuid not null, "pair_id" uuid not null, "person_id" uuid not null, "given_on" date not null, "given_by" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "pair_consent_pair_id_index" on "mentoring"."pair_consent" ("pair_id");`);
    this.addSql(
      `alter table "mentoring"."pair_consent" add constraint "pair_consent_pair_id_person_id_unique" unique ("pair_id", "person_id");`,
    );
    this.addSql(
      `alter table "mentoring"."pair_consent" add constraint "pair_consent_pair_id_foreign" foreign key ("pair_id") references "mentoring"."mentoring_pair" ("id");`,
    );
    this.addSql(
      `alter table "mentoring"."pair_consent" add constraint "pair_consent_given_by_check" check ("given_by" in ('PARTICIPANT', 'PARENT', 'LEGAL_REPRESENTATIVE'));`,
    );
    this.addSql(`insert into "mentoring"."pair_consent" ("id", "pair_id", "person_id", "given_on", "given_by")
      select gen_random_uuid(), "id", "mentor_person_id", "mentor_consent_date", 'PARTICIPANT' from "mentoring"."mentoring_pair"
      where "mentor_consent_date" is not null and "mentor_person_id" is not null;`);
    this.addSql(`alter table "mentoring"."mentoring_pair" drop column "mentor_consent_date";`);

    this.addSql(
      `alter table "mentoring"."mentor_profile" add "agreement_number" varchar(255) null, add "agreement_date" date null, add "data_origin" text not null default 'ENTERED';`,
    );
    this.addSql(
      `alter table "mentoring"."mentor_profile" add constraint "mentor_profile_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(`alter table "mentoring"."organization_system" add "data_origin" text not null default 'ENTERED';`);
    this.addSql(
      `alter table "mentoring"."organization_system" add constraint "organization_system_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(`alter table "mentoring"."practice" add "data_origin" text not null default 'ENTERED';`);
    this.addSql(
      `alter table "mentoring"."practice" add constraint "practice_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    // Seed 002 gives no hours for «Управленческое наставничество…»: a training may have none.
    this.addSql(`alter table "mentoring"."training_record" alter column "hours" drop not null;`);
  }

  /** Back to the previous shape: project pairs return to the old form code; texts are not restored (descriptions come back empty). */
  override down(): void | Promise<void> {
    this.addSql(`alter table "mentoring"."training_record" alter column "hours" set not null;`);
    this.addSql(`alter table "mentoring"."practice" drop constraint "practice_data_origin_check";`);
    this.addSql(`alter table "mentoring"."practice" drop column "data_origin";`);
    this.addSql(
      `alter table "mentoring"."organization_system" drop constraint "organization_system_data_origin_check";`,
    );
    this.addSql(`alter table "mentoring"."organization_system" drop column "data_origin";`);
    this.addSql(`alter table "mentoring"."mentor_profile" drop constraint "mentor_profile_data_origin_check";`);
    this.addSql(
      `alter table "mentoring"."mentor_profile" drop column "agreement_number", drop column "agreement_date", drop column "data_origin";`,
    );

    this.addSql(`alter table "mentoring"."mentoring_pair" add "mentor_consent_date" date null;`);
    this.addSql(
      `update "mentoring"."mentoring_pair" p set "mentor_consent_date" = c."given_on" from "mentoring"."pair_consent" c where c."pair_id" = p."id" and c."person_id" = p."mentor_person_id";`,
    );
    this.addSql(`drop table if exists "mentoring"."pair_consent" cascade;`);

    this.addSql(`alter table "mentoring"."mentoring_pair" drop constraint "mentoring_pair_form_or_project";`);
    this.addSql(`alter table "mentoring"."mentoring_pair" drop constraint "mentoring_pair_data_origin_check";`);
    this.addSql(`alter table "mentoring"."mentoring_pair" drop constraint "mentoring_pair_project_code_foreign";`);
    this.addSql(`alter table "mentoring"."mentoring_pair" drop constraint "mentoring_pair_form_code_foreign";`);
    this.addSql(`alter table "mentoring"."mentoring_form" drop constraint "mentoring_form_code_check";`);
    this.addSql(
      `insert into "mentoring"."mentoring_form" ("code", "position", "name", "source", "also_in") values ('HEAD_HEAD', 9, 'руководитель – руководитель', '{}', '[]');`,
    );
    this.addSql(`update "mentoring"."mentoring_pair" set "form_code" = 'HEAD_HEAD' where "form_code" is null;`);
    this.addSql(
      `update "mentoring"."mentoring_pair" set "form_code" = 'TEACHER_TEACHER' where "form_code" = 'PEDAGOGUE_PEDAGOGUE';`,
    );
    this.addSql(
      `update "mentoring"."practice" set "form_code" = 'TEACHER_TEACHER' where "form_code" = 'PEDAGOGUE_PEDAGOGUE';`,
    );
    this.addSql(
      `update "mentoring"."mentor_profile" set "forms" = array_replace("forms", 'PEDAGOGUE_PEDAGOGUE', 'TEACHER_TEACHER');`,
    );
    this.addSql(`delete from "mentoring"."mentoring_form" where "code" = 'PEDAGOGUE_PEDAGOGUE';`);
    this.addSql(`alter table "mentoring"."mentoring_pair" drop column "project_code", drop column "data_origin";`);
    this.addSql(`alter table "mentoring"."mentoring_pair" alter column "form_code" set not null;`);
    this.addSql(
      `alter table "mentoring"."mentoring_pair" add constraint "mentoring_pair_form_code_foreign" foreign key ("form_code") references "mentoring"."mentoring_form" ("code");`,
    );

    this.addSql(
      `alter table "mentoring"."mentoring_form" drop column "source", drop column "definition", drop column "definition_source", drop column "also_in";`,
    );
    this.addSql(`alter table "mentoring"."mentoring_form" add "description" text not null default '';`);
    this.addSql(
      `alter table "mentoring"."mentoring_form" add constraint "mentoring_form_code_check" check ("code" in ('TEACHER_TEACHER', 'HEAD_TEACHER', 'TEACHER_YOUNG_TEACHER', 'HEAD_HEAD', 'EMPLOYER_STUDENT', 'PUPIL_PUPIL', 'STUDENT_PUPIL', 'EMPLOYER_PUPIL'));`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_format" drop column "source", drop column "definition", drop column "definition_source", drop column "also_in";`,
    );
    this.addSql(`alter table "mentoring"."mentoring_format" add "description" text not null default '';`);

    this.addSql(`drop table if exists "mentoring"."monitoring_measure" cascade;`);
    this.addSql(`drop table if exists "mentoring"."mentoring_project" cascade;`);
  }
}
