import { Migration } from '@mikro-orm/migrations';

export class Migration20261122154438_mentors_programmes extends Migration {
  override name = 'Migration20261122154438_mentors_programmes';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "mentoring"."mentoring_format" ("code" text not null, "position" smallint not null, "name" varchar(255) not null, "description" text not null, primary key ("code"));`,
    );

    this.addSql(
      `create table "mentoring"."mentor_profile" ("id" uuid not null, "person_id" uuid not null, "organization_id" uuid not null, "competencies" text[] not null, "achievements" text null, "forms" text[] not null, "capacity" smallint not null, "status" text not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `alter table "mentoring"."mentor_profile" add constraint "mentor_profile_person_id_unique" unique ("person_id");`,
    );
    this.addSql(
      `create index "mentor_profile_organization_id_index" on "mentoring"."mentor_profile" ("organization_id");`,
    );
    this.addSql(`create index "mentor_profile_status_index" on "mentoring"."mentor_profile" ("status");`);

    this.addSql(
      `create table "mentoring"."organization_system" ("organization_id" uuid not null, "regulation_order_number" varchar(255) null, "regulation_order_date" date null, "regulation_url" varchar(255) null, "curator_person_id" uuid null, "has_methodical_association" boolean not null, "website_section_url" varchar(255) null, "version" int not null default 1, primary key ("organization_id"));`,
    );

    this.addSql(
      `create table "mentoring"."pair_mentee" ("id" uuid not null, "pair_id" uuid not null, "person_id" uuid not null, "organization_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(`create index "pair_mentee_pair_id_index" on "mentoring"."pair_mentee" ("pair_id");`);
    this.addSql(`create index "pair_mentee_person_id_index" on "mentoring"."pair_mentee" ("person_id");`);
    this.addSql(
      `alter table "mentoring"."pair_mentee" add constraint "pair_mentee_pair_id_person_id_unique" unique ("pair_id", "person_id");`,
    );

    this.addSql(
      `create table "mentoring"."personal_data_read" ("id" uuid not null, "read_at" timestamptz not null, "viewer_subject" varchar(255) not null, "viewer_role" varchar(255) not null, "viewer_region_code" varchar(255) null, "operation_hash" varchar(255) not null, "subject_type" varchar(255) not null, "subject_id" uuid not null, "fields" text[] not null, primary key ("id"));`,
    );
    this.addSql(`create index "personal_data_read_read_at_index" on "mentoring"."personal_data_read" ("read_at");`);
    this.addSql(
      `create index "personal_data_read_viewer_subject_index" on "mentoring"."personal_data_read" ("viewer_subject");`,
    );
    this.addSql(
      `create index "personal_data_read_subject_id_index" on "mentoring"."personal_data_read" ("subject_id");`,
    );

    this.addSql(
      `create table "mentoring"."practice" ("id" uuid not null, "title" text not null, "summary" text not null, "organization_id" uuid not null, "author_person_ids" text[] not null, "form_code" text null, "year" smallint not null, "materials_url" varchar(255) null, "awards" text[] not null, primary key ("id"));`,
    );
    this.addSql(`create index "practice_organization_id_index" on "mentoring"."practice" ("organization_id");`);

    this.addSql(
      `create table "mentoring"."programme" ("id" uuid not null, "pair_id" uuid not null, "deficits" text[] not null, "goals" text[] not null, "directions" text[] not null, "start_date" date not null, "end_date" date not null, "monitoring_before" jsonb null, "monitoring_after" jsonb null, "mentee_satisfaction" smallint null, "mentor_satisfaction" smallint null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`alter table "mentoring"."programme" add constraint "programme_pair_id_unique" unique ("pair_id");`);

    this.addSql(
      `create table "mentoring"."programme_activity" ("id" uuid not null, "programme_id" uuid not null, "title" text not null, "due_date" date not null, "completed_on" date null, primary key ("id"));`,
    );
    this.addSql(
      `create index "programme_activity_programme_id_index" on "mentoring"."programme_activity" ("programme_id");`,
    );

    this.addSql(
      `create table "mentoring"."training_record" ("id" uuid not null, "mentor_id" uuid not null, "programme" text not null, "provider" varchar(255) null, "hours" smallint not null, "completed_on" date not null, primary key ("id"));`,
    );
    this.addSql(`create index "training_record_mentor_id_index" on "mentoring"."training_record" ("mentor_id");`);

    this.addSql(
      `alter table "mentoring"."mentoring_pair" add "formats" text[] not null, add "mentor_person_id" uuid null, add "ended_on" date null, add "termination_reason" text null, add "mentor_consent_date" date null, add "order_number" varchar(255) null, add "order_date" date null, add "version" int not null default 1;`,
    );
    this.addSql(
      `create index "mentoring_pair_mentor_person_id_index" on "mentoring"."mentoring_pair" ("mentor_person_id");`,
    );

    this.addSql(
      `alter table "mentoring"."mentoring_format" add constraint "mentoring_format_code_check" check ("code" in ('TRADITIONAL', 'GROUP', 'VIRTUAL', 'SHORT_TERM', 'REVERSE', 'SITUATIONAL', 'SPEED'));`,
    );

    this.addSql(
      `alter table "mentoring"."mentor_profile" add constraint "mentor_profile_status_check" check ("status" in ('CANDIDATE', 'TRAINED', 'ACTIVE', 'LEFT'));`,
    );

    this.addSql(
      `alter table "mentoring"."pair_mentee" add constraint "pair_mentee_pair_id_foreign" foreign key ("pair_id") references "mentoring"."mentoring_pair" ("id");`,
    );

    this.addSql(
      `create or replace function "mentoring"."personal_data_read_personal_data_read_append_only_fn"() returns trigger as $$ begin raise exception 'personal_data_read is append-only'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "personal_data_read_append_only" BEFORE UPDATE OR DELETE on "mentoring"."personal_data_read" for each ROW execute function "mentoring"."personal_data_read_personal_data_read_append_only_fn"();`,
    );
    // Not declarable on the entity (MikroORM does not introspect TRUNCATE triggers): the log cannot be emptied either.
    this.addSql(
      `create trigger "personal_data_read_no_truncate" before truncate on "mentoring"."personal_data_read" for each statement execute function "mentoring"."personal_data_read_personal_data_read_append_only_fn"();`,
    );

    this.addSql(
      `alter table "mentoring"."practice" add constraint "practice_form_code_foreign" foreign key ("form_code") references "mentoring"."mentoring_form" ("code") on delete set null;`,
    );

    this.addSql(
      `alter table "mentoring"."programme" add constraint "programme_pair_id_foreign" foreign key ("pair_id") references "mentoring"."mentoring_pair" ("id");`,
    );

    this.addSql(
      `alter table "mentoring"."programme_activity" add constraint "programme_activity_programme_id_foreign" foreign key ("programme_id") references "mentoring"."programme" ("id");`,
    );

    this.addSql(
      `alter table "mentoring"."training_record" add constraint "training_record_mentor_id_foreign" foreign key ("mentor_id") references "mentoring"."mentor_profile" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mentoring"."training_record" drop constraint "training_record_mentor_id_foreign";`);
    this.addSql(
      `alter table "mentoring"."programme_activity" drop constraint "programme_activity_programme_id_foreign";`,
    );

    this.addSql(`drop table if exists "mentoring"."mentoring_format" cascade;`);
    this.addSql(`drop table if exists "mentoring"."mentor_profile" cascade;`);
    this.addSql(`drop table if exists "mentoring"."organization_system" cascade;`);
    this.addSql(`drop table if exists "mentoring"."pair_mentee" cascade;`);
    this.addSql(`drop trigger if exists "personal_data_read_no_truncate" on "mentoring"."personal_data_read";`);
    this.addSql(`drop trigger if exists "personal_data_read_append_only" on "mentoring"."personal_data_read";`);
    this.addSql(`drop function if exists "mentoring"."personal_data_read_personal_data_read_append_only_fn"();`);
    this.addSql(`drop table if exists "mentoring"."personal_data_read" cascade;`);
    this.addSql(`drop table if exists "mentoring"."practice" cascade;`);
    this.addSql(`drop table if exists "mentoring"."programme" cascade;`);
    this.addSql(`drop table if exists "mentoring"."programme_activity" cascade;`);
    this.addSql(`drop table if exists "mentoring"."training_record" cascade;`);

    this.addSql(`drop index "mentoring"."mentoring_pair_mentor_person_id_index";`);
    this.addSql(
      `alter table "mentoring"."mentoring_pair" drop column "formats", drop column "mentor_person_id", drop column "ended_on", drop column "termination_reason", drop column "mentor_consent_date", drop column "order_number", drop column "order_date", drop column "version";`,
    );
  }
}
