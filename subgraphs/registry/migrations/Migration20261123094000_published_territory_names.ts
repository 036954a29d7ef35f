import { Migration } from '@mikro-orm/migrations';

/**
 * Names in registry_pub's territory views (issue 11, reports): analytics prints a territory's report under its
 * name («Ключевые показатели … — Смоленская область») without reading registry tables. Columns are appended, so
 * every reader of the earlier versions reads on unchanged.
 */
export class Migration20261123094000_published_territory_names extends Migration {
  override name = 'Migration20261123094000_published_territory_names';

  override up(): void {
    this.addSql(`
      create or replace view "registry_pub"."organization_territory" as
      select o."id" as "organization_id", o."inn", o."kind", m."id" as "municipality_id", m."oktmo" as "municipality_oktmo",
             r."id" as "region_id", r."code" as "region_code",
             o."short_name" as "organization_short_name", m."name" as "municipality_name", r."name" as "region_name"
      from "registry"."organization" o
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(`
      create or replace view "registry_pub"."municipality_territory" as
      select m."id" as "municipality_id", m."oktmo" as "municipality_oktmo", m."name" as "municipality_name",
             r."id" as "region_id", r."code" as "region_code", r."name" as "region_name"
      from "registry"."municipality" m
      join "registry"."region" r on r."id" = m."region_id";`);
  }

  override down(): void {
    this.addSql(`drop view "registry_pub"."organization_territory";`);
    this.addSql(`
      create view "registry_pub"."organization_territory" as
      select o."id" as "organization_id", o."inn", o."kind", m."id" as "municipality_id", m."oktmo" as "municipality_oktmo",
             r."id" as "region_id", r."code" as "region_code"
      from "registry"."organization" o
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(`drop view "registry_pub"."municipality_territory";`);
    this.addSql(`
      create view "registry_pub"."municipality_territory" as
      select m."id" as "municipality_id", m."oktmo" as "municipality_oktmo", m."name" as "municipality_name",
             r."id" as "region_id", r."code" as "region_code"
      from "registry"."municipality" m
      join "registry"."region" r on r."id" = m."region_id";`);
  }
}
