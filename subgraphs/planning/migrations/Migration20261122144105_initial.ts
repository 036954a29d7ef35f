import { Migration } from '@mikro-orm/migrations';

export class Migration20261122144105_initial extends Migration {
  override name = 'Migration20261122144105_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "planning";`);
    this.addSql(
      `create table "planning"."roadmap" ("id" uuid not null, "title" text not null, "level" text not null, "start_year" smallint not null, "end_year" smallint not null, "approved_by" text null, "region_id" uuid null, "municipality_id" uuid null, "organization_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "roadmap_region_id_index" on "planning"."roadmap" ("region_id");`);
    this.addSql(`create index "roadmap_municipality_id_index" on "planning"."roadmap" ("municipality_id");`);
    this.addSql(`create index "roadmap_organization_id_index" on "planning"."roadmap" ("organization_id");`);

    this.addSql(
      `create table "planning"."roadmap_item" ("id" uuid not null, "roadmap_id" uuid not null, "number" smallint not null, "activity" text not null, "schedule" text not null, "due_date" date null, "responsible" text not null, "expected_result" text null, "status" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "roadmap_item_roadmap_id_index" on "planning"."roadmap_item" ("roadmap_id");`);

    this.addSql(
      `alter table "planning"."roadmap" add constraint "roadmap_level_check" check ("level" in ('REGION', 'MUNICIPALITY', 'ORGANIZATION'));`,
    );

    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_roadmap_id_foreign" foreign key ("roadmap_id") references "planning"."roadmap" ("id");`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_status_check" check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_roadmap_id_foreign";`);

    this.addSql(`drop table if exists "planning"."roadmap" cascade;`);
    this.addSql(`drop table if exists "planning"."roadmap_item" cascade;`);

    this.addSql(`drop schema if exists "planning";`);
  }
}
