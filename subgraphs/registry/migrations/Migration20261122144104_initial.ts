import { Migration } from '@mikro-orm/migrations';

export class Migration20261122144104_initial extends Migration {
  override name = 'Migration20261122144104_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "registry";`);
    this.addSql(
      `create table "registry"."region" ("id" uuid not null, "code" varchar(2) not null, "name" varchar(255) not null, primary key ("id"));`,
    );
    this.addSql(`alter table "registry"."region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(
      `create table "registry"."municipality" ("id" uuid not null, "oktmo" varchar(8) not null, "name" varchar(255) not null, "kind" text not null, "region_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(`alter table "registry"."municipality" add constraint "municipality_oktmo_unique" unique ("oktmo");`);
    this.addSql(`create index "municipality_region_id_index" on "registry"."municipality" ("region_id");`);

    this.addSql(
      `create table "registry"."organization" ("id" uuid not null, "inn" varchar(10) not null, "name" text not null, "short_name" varchar(255) not null, "kind" text not null, "municipality_id" uuid not null, "address" text null, "website" varchar(255) null, "tags" text[] not null, primary key ("id"));`,
    );
    this.addSql(`alter table "registry"."organization" add constraint "organization_inn_unique" unique ("inn");`);
    this.addSql(`create index "organization_kind_index" on "registry"."organization" ("kind");`);
    this.addSql(`create index "organization_municipality_id_index" on "registry"."organization" ("municipality_id");`);

    this.addSql(
      `alter table "registry"."municipality" add constraint "municipality_region_id_foreign" foreign key ("region_id") references "registry"."region" ("id");`,
    );
    this.addSql(
      `alter table "registry"."municipality" add constraint "municipality_kind_check" check ("kind" in ('MUNICIPAL_DISTRICT', 'MUNICIPAL_OKRUG', 'URBAN_OKRUG', 'CITY_DISTRICT'));`,
    );

    this.addSql(
      `alter table "registry"."organization" add constraint "organization_municipality_id_foreign" foreign key ("municipality_id") references "registry"."municipality" ("id");`,
    );
    this.addSql(
      `alter table "registry"."organization" add constraint "organization_kind_check" check ("kind" in ('GENERAL_EDUCATION', 'ADDITIONAL_EDUCATION', 'VOCATIONAL', 'PRESCHOOL', 'HIGHER', 'EMPLOYER', 'METHODICAL_CENTER', 'EDUCATION_AUTHORITY'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "registry"."municipality" drop constraint "municipality_region_id_foreign";`);
    this.addSql(`alter table "registry"."organization" drop constraint "organization_municipality_id_foreign";`);

    this.addSql(`drop table if exists "registry"."region" cascade;`);
    this.addSql(`drop table if exists "registry"."municipality" cascade;`);
    this.addSql(`drop table if exists "registry"."organization" cascade;`);

    this.addSql(`drop schema if exists "registry";`);
  }
}
