import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 11: indicators get their seed passage and formula, reported values (what documents print as «Достигнутое
 * значение») get a table of their own, and computed values are snapshotted per quarter for the series.
 */
export class Migration20261123040100_indicator_values extends Migration {
  override name = 'Migration20261123040100_indicator_values';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "analytics"."indicator_snapshot" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "indicator_code" varchar(255) not null, "level" text not null, "territory_id" uuid not null, "as_of" date not null, "value" double precision null, "numerator" double precision null, "denominator" double precision null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "analytics"."indicator_snapshot" add constraint "indicator_snapshot_indicator_code_level_territory_e8b52_unique" unique ("indicator_code", "level", "territory_id", "as_of");`,
    );

    this.addSql(
      `create table "analytics"."reported_value" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "indicator_code" varchar(255) not null, "region_id" uuid null, "municipality_id" uuid null, "organization_id" uuid null, "year" smallint null, "as_of" date null, "printed" text not null, "low" double precision null, "high" double precision null, "source" jsonb not null, "data_origin" text not null default 'ENTERED', primary key ("id"));`,
    );
    this.addSql(
      `create index "reported_value_indicator_code_index" on "analytics"."reported_value" ("indicator_code");`,
    );
    this.addSql(`create index "reported_value_region_id_index" on "analytics"."reported_value" ("region_id");`);
    this.addSql(
      `create index "reported_value_municipality_id_index" on "analytics"."reported_value" ("municipality_id");`,
    );
    this.addSql(
      `create index "reported_value_organization_id_index" on "analytics"."reported_value" ("organization_id");`,
    );

    // The old `source` column held how a value is obtained; it becomes `method`, and `source` the seed passage.
    this.addSql(`alter table "analytics"."indicator" drop constraint "indicator_source_check";`);
    this.addSql(`alter table "analytics"."indicator" rename column "source" to "method";`);
    this.addSql(
      `alter table "analytics"."indicator" add constraint "indicator_method_check" check ("method" in ('COMPUTED', 'REPORTED', 'MILESTONE'));`,
    );
    this.addSql(
      `alter table "analytics"."indicator" add "position" smallint not null default 0, add "source" jsonb not null default '{}', add "definition" text null, add "definition_source" jsonb null, add "also_in" jsonb not null default '[]', add "formula" jsonb null, add "family" varchar(255) null;`,
    );
    this.addSql(
      `alter table "analytics"."indicator" alter column "position" drop default, alter column "source" drop default, alter column "also_in" drop default;`,
    );

    this.addSql(
      `alter table "analytics"."indicator_target" add "source" jsonb null, add "data_origin" text not null default 'ENTERED';`,
    );
    this.addSql(
      `alter table "analytics"."indicator_target" add constraint "indicator_target_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "analytics"."indicator_snapshot" add constraint "indicator_snapshot_level_check" check ("level" in ('REGION', 'MUNICIPALITY', 'ORGANIZATION'));`,
    );

    this.addSql(
      `alter table "analytics"."reported_value" add constraint "reported_value_indicator_code_foreign" foreign key ("indicator_code") references "analytics"."indicator" ("code");`,
    );
    this.addSql(
      `alter table "analytics"."reported_value" add constraint "reported_value_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analytics"."indicator_snapshot" cascade;`);
    this.addSql(`drop table if exists "analytics"."reported_value" cascade;`);

    this.addSql(`alter table "analytics"."indicator" drop constraint "indicator_method_check";`);
    this.addSql(
      `alter table "analytics"."indicator" drop column "position", drop column "source", drop column "definition", drop column "definition_source", drop column "also_in", drop column "formula", drop column "family";`,
    );
    this.addSql(`alter table "analytics"."indicator" rename column "method" to "source";`);
    this.addSql(
      `alter table "analytics"."indicator" add constraint "indicator_source_check" check ("source" in ('COMPUTED', 'REPORTED', 'MILESTONE'));`,
    );

    this.addSql(`alter table "analytics"."indicator_target" drop constraint "indicator_target_data_origin_check";`);
    this.addSql(`alter table "analytics"."indicator_target" drop column "source", drop column "data_origin";`);
  }
}
