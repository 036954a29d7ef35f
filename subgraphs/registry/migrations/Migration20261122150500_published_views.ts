import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub: read-only relations other domains may filter and count by,
 * versioned by the registry like an API (DESIGN.md). Other subgraphs read
 * these, never registry's tables.
 */
export class Migration20261122150500_published_views extends Migration {
  override name = 'Migration20261122150500_published_views';

  override up(): void {
    this.addSql(`create schema if not exists "registry_pub";`);
    this.addSql(
      `comment on schema "registry_pub" is 'Published read-only views of the registry for other domains; change only with a new version.';`,
    );
    this.addSql(`
      create view "registry_pub"."organization_territory" as
      select o."id" as "organization_id", o."inn", o."kind", m."id" as "municipality_id", m."oktmo" as "municipality_oktmo",
             r."id" as "region_id", r."code" as "region_code"
      from "registry"."organization" o
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(
      `comment on view "registry_pub"."organization_territory" is 'Организация → муниципальное образование → субъект РФ, for territory scoping and aggregation.';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "registry_pub"."organization_territory";`);
    this.addSql(`drop schema if exists "registry_pub";`);
  }
}
