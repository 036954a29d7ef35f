import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub.municipality_territory, a new published view (issue 11): every municipality with its region, also
 * those without organizations, so analytics finds a municipality's region (whose targets it inherits) and its
 * municipalities without reading registry tables.
 */
export class Migration20261123040000_published_municipality extends Migration {
  override name = 'Migration20261123040000_published_municipality';

  override up(): void {
    this.addSql(`
      create view "registry_pub"."municipality_territory" as
      select m."id" as "municipality_id", m."oktmo" as "municipality_oktmo", m."name" as "municipality_name",
             r."id" as "region_id", r."code" as "region_code"
      from "registry"."municipality" m
      join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(
      `comment on view "registry_pub"."municipality_territory" is 'Муниципальное образование → субъект РФ, for every municipality (with or without organizations).';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "registry_pub"."municipality_territory";`);
  }
}
