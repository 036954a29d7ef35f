import { Migration } from '@mikro-orm/migrations';

export class Migration20261122144106_initial extends Migration {
  override name = 'Migration20261122144106_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "analytics";`);
    this.addSql(
      `create table "analytics"."indicator" ("code" varchar(255) not null, "name" text not null, "unit" varchar(255) not null, "source" text not null, "direction" text not null, primary key ("code"));`,
    );

    this.addSql(
      `create table "analytics"."indicator_target" ("id" uuid not null, "indicator_code" varchar(255) not null, "year" smallint not null, "value" double precision null, "note" text null, "region_id" uuid null, "municipality_id" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `create index "indicator_target_indicator_code_index" on "analytics"."indicator_target" ("indicator_code");`,
    );
    this.addSql(`create index "indicator_target_region_id_index" on "analytics"."indicator_target" ("region_id");`);
    this.addSql(
      `create index "indicator_target_municipality_id_index" on "analytics"."indicator_target" ("municipality_id");`,
    );

    this.addSql(
      `alter table "analytics"."indicator" add constraint "indicator_source_check" check ("source" in ('COMPUTED', 'REPORTED', 'MILESTONE'));`,
    );
    this.addSql(
      `alter table "analytics"."indicator" add constraint "indicator_direction_check" check ("direction" in ('INCREASE', 'DECREASE', 'ACHIEVE'));`,
    );

    this.addSql(
      `alter table "analytics"."indicator_target" add constraint "indicator_target_indicator_code_foreign" foreign key ("indicator_code") references "analytics"."indicator" ("code");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "analytics"."indicator_target" drop constraint "indicator_target_indicator_code_foreign";`,
    );

    this.addSql(`drop table if exists "analytics"."indicator" cascade;`);
    this.addSql(`drop table if exists "analytics"."indicator_target" cascade;`);

    this.addSql(`drop schema if exists "analytics";`);
  }
}
