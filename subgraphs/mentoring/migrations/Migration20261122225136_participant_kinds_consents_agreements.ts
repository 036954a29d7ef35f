import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 9, review fixes.
 * - Each form's name says who mentors whom («педагог — педагог», «Ученик-ученик», «работодатель — студент» …):
 *   the form catalogue records the mentor's and the mentee's kind, as the name states, and the mutations hold people to it.
 * - A pair records when its draft was created: a written consent is not dated before it (nor before the person's birth).
 * - The additional agreement to the mentor's employment contract (seed 003 §4) becomes a history: a later agreement no
 *   longer overwrites an earlier one. Agreements recorded so far move into it.
 */
const KINDS: Record<string, [mentor: string, mentee: string]> = {
  // «педагог — педагог»
  PEDAGOGUE_PEDAGOGUE: ['PEDAGOGICAL_STAFF', 'PEDAGOGICAL_STAFF'],
  // «руководитель образовательной организации — педагог» (defined as «… - учитель»)
  HEAD_TEACHER: ['SCHOOL_HEAD', 'PEDAGOGICAL_STAFF'],
  // «работодатель — студент»
  EMPLOYER_STUDENT: ['EMPLOYER_STAFF', 'STUDENT'],
  // «педагог — молодой педагог образовательной организации»
  TEACHER_YOUNG_TEACHER: ['PEDAGOGICAL_STAFF', 'PEDAGOGICAL_STAFF'],
  // «учитель — учитель»
  TEACHER_TEACHER: ['PEDAGOGICAL_STAFF', 'PEDAGOGICAL_STAFF'],
  // «Ученик-ученик»
  PUPIL_PUPIL: ['PUPIL', 'PUPIL'],
  // «Студент-ученик»
  STUDENT_PUPIL: ['STUDENT', 'PUPIL'],
  // «Работодатель-ученик»
  EMPLOYER_PUPIL: ['EMPLOYER_STAFF', 'PUPIL'],
};
const KIND_LIST = `('PEDAGOGICAL_STAFF', 'SCHOOL_HEAD', 'EMPLOYER_STAFF', 'PUPIL', 'STUDENT')`;

export class Migration20261122225136_participant_kinds_consents_agreements extends Migration {
  override name = 'Migration20261122225136_participant_kinds_consents_agreements';

  override up(): void | Promise<void> {
    this.addSql(`alter table "mentoring"."mentoring_form" add "mentor_kind" text null, add "mentee_kind" text null;`);
    for (const [code, [mentor, mentee]] of Object.entries(KINDS)) {
      this.addSql(
        `update "mentoring"."mentoring_form" set "mentor_kind" = '${mentor}', "mentee_kind" = '${mentee}' where "code" = '${code}';`,
      );
    }
    this.addSql(
      `alter table "mentoring"."mentoring_form" alter column "mentor_kind" set not null, alter column "mentee_kind" set not null;`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_form" add constraint "mentoring_form_mentor_kind_check" check ("mentor_kind" in ${KIND_LIST});`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_form" add constraint "mentoring_form_mentee_kind_check" check ("mentee_kind" in ${KIND_LIST});`,
    );

    this.addSql(`alter table "mentoring"."mentoring_pair" add "created_at" timestamptz null;`);

    this.addSql(
      `create table "mentoring"."mentor_agreement" ("id" uuid not null, "mentor_id" uuid not null, "number" varchar(255) not null, "date" date not null, "organization_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "mentor_agreement_mentor_id_index" on "mentoring"."mentor_agreement" ("mentor_id");`);
    this.addSql(
      `alter table "mentoring"."mentor_agreement" add constraint "mentor_agreement_mentor_id_number_date_unique" unique ("mentor_id", "number", "date");`,
    );
    this.addSql(
      `alter table "mentoring"."mentor_agreement" add constraint "mentor_agreement_mentor_id_foreign" foreign key ("mentor_id") references "mentoring"."mentor_profile" ("id");`,
    );
    this
      .addSql(`insert into "mentoring"."mentor_agreement" ("id", "mentor_id", "number", "date", "organization_id", "recorded_at")
      select gen_random_uuid(), "id", "agreement_number", "agreement_date", "organization_id", now() from "mentoring"."mentor_profile"
      where "agreement_number" is not null and "agreement_date" is not null;`);
    this.addSql(
      `alter table "mentoring"."mentor_profile" drop column "agreement_date", drop column "agreement_number";`,
    );
  }

  /** Back to one agreement per profile: the latest of each mentor's history. */
  override down(): void | Promise<void> {
    this.addSql(
      `alter table "mentoring"."mentor_profile" add "agreement_date" date null, add "agreement_number" varchar(255) null;`,
    );
    this.addSql(`update "mentoring"."mentor_profile" p set "agreement_number" = a."number", "agreement_date" = a."date"
      from (select distinct on ("mentor_id") * from "mentoring"."mentor_agreement" order by "mentor_id", "date" desc, "recorded_at" desc) a where a."mentor_id" = p."id";`);
    this.addSql(`drop table if exists "mentoring"."mentor_agreement" cascade;`);
    this.addSql(`alter table "mentoring"."mentoring_pair" drop column "created_at";`);
    this.addSql(`alter table "mentoring"."mentoring_form" drop constraint "mentoring_form_mentor_kind_check";`);
    this.addSql(`alter table "mentoring"."mentoring_form" drop constraint "mentoring_form_mentee_kind_check";`);
    this.addSql(`alter table "mentoring"."mentoring_form" drop column "mentor_kind", drop column "mentee_kind";`);
  }
}
