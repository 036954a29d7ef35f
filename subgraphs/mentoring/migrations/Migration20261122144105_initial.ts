import { Migration } from '@mikro-orm/migrations';

export class Migration20261122144105_initial extends Migration {
  override name = 'Migration20261122144105_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "mentoring";`);
    this.addSql(
      `create table "mentoring"."mentoring_form" ("code" text not null, "position" smallint not null, "name" varchar(255) not null, "description" text not null, primary key ("code"));`,
    );

    this.addSql(
      `create table "mentoring"."mentoring_pair" ("id" uuid not null, "form_code" text not null, "status" text not null, "organization_id" uuid not null, "start_date" date not null, "planned_end_date" date null, primary key ("id"));`,
    );
    this.addSql(`create index "mentoring_pair_form_code_index" on "mentoring"."mentoring_pair" ("form_code");`);
    this.addSql(`create index "mentoring_pair_status_index" on "mentoring"."mentoring_pair" ("status");`);
    this.addSql(
      `create index "mentoring_pair_organization_id_index" on "mentoring"."mentoring_pair" ("organization_id");`,
    );

    this.addSql(
      `alter table "mentoring"."mentoring_form" add constraint "mentoring_form_code_check" check ("code" in ('TEACHER_TEACHER', 'HEAD_TEACHER', 'TEACHER_YOUNG_TEACHER', 'HEAD_HEAD', 'EMPLOYER_STUDENT', 'PUPIL_PUPIL', 'STUDENT_PUPIL', 'EMPLOYER_PUPIL'));`,
    );

    this.addSql(
      `alter table "mentoring"."mentoring_pair" add constraint "mentoring_pair_form_code_foreign" foreign key ("form_code") references "mentoring"."mentoring_form" ("code");`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_pair" add constraint "mentoring_pair_status_check" check ("status" in ('DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mentoring"."mentoring_pair" drop constraint "mentoring_pair_form_code_foreign";`);

    this.addSql(`drop table if exists "mentoring"."mentoring_form" cascade;`);
    this.addSql(`drop table if exists "mentoring"."mentoring_pair" cascade;`);

    this.addSql(`drop schema if exists "mentoring";`);
  }
}
