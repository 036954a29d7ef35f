import { Migration } from '@mikro-orm/migrations';

export class Migration20261122151039_people extends Migration {
  override name = 'Migration20261122151039_people';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "registry"."person" ("id" uuid not null, "last_name" varchar(255) not null, "first_name" varchar(255) not null, "middle_name" varchar(255) null, "birth_date" date not null, "email" varchar(255) null, "phone" varchar(255) null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "person_last_name_first_name_index" on "registry"."person" ("last_name", "first_name");`);

    this.addSql(
      `create table "registry"."consent" ("id" uuid not null, "person_id" uuid not null, "kind" text not null, "fields" text[] not null, "text_version" varchar(255) not null, "given_on" date not null, "channel" text not null, "withdrawn_on" date null, primary key ("id"));`,
    );
    this.addSql(`create index "consent_person_id_index" on "registry"."consent" ("person_id");`);

    this.addSql(
      `create table "registry"."personal_data_read" ("id" uuid not null, "read_at" timestamptz not null, "viewer_subject" varchar(255) not null, "viewer_role" varchar(255) not null, "viewer_region_code" varchar(255) null, "operation_hash" varchar(255) not null, "subject_type" varchar(255) not null, "subject_id" uuid not null, "fields" text[] not null, primary key ("id"));`,
    );
    this.addSql(`create index "personal_data_read_read_at_index" on "registry"."personal_data_read" ("read_at");`);
    this.addSql(
      `create index "personal_data_read_viewer_subject_index" on "registry"."personal_data_read" ("viewer_subject");`,
    );
    this.addSql(
      `create index "personal_data_read_subject_id_index" on "registry"."personal_data_read" ("subject_id");`,
    );

    this.addSql(
      `create table "registry"."employment" ("id" uuid not null, "person_id" uuid not null, "organization_id" uuid not null, "position" varchar(255) not null, "is_pedagogical" boolean not null, "start_date" date not null, "teaching_experience_start" date null, "end_date" date null, primary key ("id"));`,
    );
    this.addSql(`create index "employment_person_id_index" on "registry"."employment" ("person_id");`);
    this.addSql(`create index "employment_organization_id_index" on "registry"."employment" ("organization_id");`);

    this.addSql(
      `alter table "registry"."consent" add constraint "consent_person_id_foreign" foreign key ("person_id") references "registry"."person" ("id");`,
    );
    this.addSql(
      `alter table "registry"."consent" add constraint "consent_kind_check" check ("kind" in ('PROCESSING', 'PUBLICATION'));`,
    );
    this.addSql(
      `alter table "registry"."consent" add constraint "consent_channel_check" check ("channel" in ('PAPER', 'ELECTRONIC'));`,
    );

    this.addSql(
      `create or replace function "registry"."personal_data_read_personal_data_read_append_only_fn"() returns trigger as $$ begin raise exception 'personal_data_read is append-only'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "personal_data_read_append_only" BEFORE UPDATE OR DELETE on "registry"."personal_data_read" for each ROW execute function "registry"."personal_data_read_personal_data_read_append_only_fn"();`,
    );
    // Not declarable on the entity (MikroORM does not introspect TRUNCATE triggers): the log cannot be emptied either.
    this.addSql(
      `create trigger "personal_data_read_no_truncate" before truncate on "registry"."personal_data_read" for each statement execute function "registry"."personal_data_read_personal_data_read_append_only_fn"();`,
    );

    this.addSql(
      `alter table "registry"."employment" add constraint "employment_person_id_foreign" foreign key ("person_id") references "registry"."person" ("id");`,
    );
    this.addSql(
      `alter table "registry"."employment" add constraint "employment_organization_id_foreign" foreign key ("organization_id") references "registry"."organization" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "registry"."consent" drop constraint "consent_person_id_foreign";`);
    this.addSql(`alter table "registry"."employment" drop constraint "employment_person_id_foreign";`);

    this.addSql(`drop table if exists "registry"."person" cascade;`);
    this.addSql(`drop table if exists "registry"."consent" cascade;`);
    this.addSql(`drop trigger if exists "personal_data_read_no_truncate" on "registry"."personal_data_read";`);
    this.addSql(`drop trigger if exists "personal_data_read_append_only" on "registry"."personal_data_read";`);
    this.addSql(`drop function if exists "registry"."personal_data_read_personal_data_read_append_only_fn"();`);
    this.addSql(`drop table if exists "registry"."personal_data_read" cascade;`);
    this.addSql(`drop table if exists "registry"."employment" cascade;`);
  }
}
