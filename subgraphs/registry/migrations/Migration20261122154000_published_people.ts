import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub for the mentoring domain: who may be published (and what),
 * and people with their current workplaces, for the municipal form
 * «База наставников» and the public mentor list.
 */
export class Migration20261122154000_published_people extends Migration {
  override name = 'Migration20261122154000_published_people';

  override up(): void {
    this.addSql(`
      create view "registry_pub"."publication" as
      select c."person_id", array_agg(distinct item order by item) as "items"
      from "registry"."consent" c
      join "registry"."person" p on p."id" = c."person_id"
      cross join lateral unnest(c."fields") as item
      where c."kind" = 'PUBLICATION' and c."withdrawn_on" is null and age(current_date, p."birth_date") >= interval '18 years'
      group by c."person_id";`);
    this.addSql(
      `comment on view "registry_pub"."publication" is 'Что можно опубликовать о лице: valid publication consents of adults; minors never appear.';`,
    );
    this.addSql(`
      create view "registry_pub"."person_workplace" as
      select p."id" as "person_id", p."last_name", p."first_name", p."middle_name",
             e."organization_id", o."short_name" as "organization_short_name", m."oktmo" as "municipality_oktmo", r."code" as "region_code",
             e."position", e."is_pedagogical"
      from "registry"."person" p
      join "registry"."employment" e on e."person_id" = p."id" and e."end_date" is null
      join "registry"."organization" o on o."id" = e."organization_id"
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(
      `comment on view "registry_pub"."person_workplace" is 'ФИО и текущие места работы, for reports such as «База наставников»; readers log personal-data reads themselves.';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "registry_pub"."person_workplace";`);
    this.addSql(`drop view if exists "registry_pub"."publication";`);
  }
}
