import { Migration } from '@mikro-orm/migrations';

export class Migration20261124041502_saved_queries extends Migration {
  override name = 'Migration20261124041502_saved_queries';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "analytics"."saved_query" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" text not null, "description" text not null default '', "query" text not null, "operation_name" text null, "variables" text not null default '{}', "sharing" text not null default 'PRIVATE', "author" text null, "author_role" text null, "region_code" text null, "library_slug" text null, "source" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "analytics"."saved_query" add constraint "saved_query_library_slug_unique" unique ("library_slug");`,
    );
    this.addSql(
      `create index "saved_query_author_author_role_index" on "analytics"."saved_query" ("author", "author_role");`,
    );
    this.addSql(
      `create index "saved_query_region_code_sharing_index" on "analytics"."saved_query" ("region_code", "sharing");`,
    );

    this.addSql(
      `create table "analytics"."saved_query_revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "saved_query_id" uuid not null, "version" int not null, "changed_by" text not null, "changed_by_role" text not null, "action" text not null, "changed_fields" text[] not null, "name" text not null, "description" text not null, "query" text not null, "operation_name" text null, "variables" text not null, "sharing" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "analytics"."saved_query_revision" add constraint "saved_query_revision_saved_query_id_version_unique" unique ("saved_query_id", "version");`,
    );

    this.addSql(
      `alter table "analytics"."saved_query" add constraint "saved_query_name_length" check (char_length("name") <= 200);`,
    );
    this.addSql(
      `alter table "analytics"."saved_query" add constraint "saved_query_description_length" check (char_length("description") <= 2000);`,
    );
    this.addSql(
      `alter table "analytics"."saved_query" add constraint "saved_query_query_length" check (char_length("query") <= 20000);`,
    );
    this.addSql(
      `alter table "analytics"."saved_query" add constraint "saved_query_operation_name_length" check (char_length("operation_name") <= 200);`,
    );
    this.addSql(
      `alter table "analytics"."saved_query" add constraint "saved_query_variables_length" check (char_length("variables") <= 20000);`,
    );
    this.addSql(
      `alter table "analytics"."saved_query" add constraint "saved_query_author_or_library" check (("library_slug" is null) = ("author" is not null) and ("author" is null) = ("author_role" is null));`,
    );
    this.addSql(
      `alter table "analytics"."saved_query" add constraint "saved_query_sharing_check" check ("sharing" in ('PRIVATE', 'TERRITORY'));`,
    );

    this.addSql(
      `alter table "analytics"."saved_query_revision" add constraint "saved_query_revision_action_check" check ("action" in ('CREATED', 'UPDATED', 'DELETED'));`,
    );
    this.addSql(
      `alter table "analytics"."saved_query_revision" add constraint "saved_query_revision_sharing_check" check ("sharing" in ('PRIVATE', 'TERRITORY'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analytics"."saved_query" cascade;`);
    this.addSql(`drop table if exists "analytics"."saved_query_revision" cascade;`);
  }
}
