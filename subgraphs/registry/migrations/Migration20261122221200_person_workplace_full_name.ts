import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub.person_workplace, version 1 continued: `full_name` as the registry shows it, so reports
 * («База наставников») name a person the seeds print with initials as printed («Пехтерева Т. А.»): their
 * first and middle names are unknown. Existing columns stay as they are; the new one is appended.
 */
export class Migration20261122221200_person_workplace_full_name extends Migration {
  override name = 'Migration20261122221200_person_workplace_full_name';

  override up(): void {
    this.addSql(`
      create or replace view "registry_pub"."person_workplace" as
      select p."id" as "person_id", p."last_name", p."first_name", p."middle_name",
             e."organization_id", o."short_name" as "organization_short_name", m."oktmo" as "municipality_oktmo", r."code" as "region_code",
             e."position", e."is_pedagogical",
             case when p."first_name" is not null then concat_ws(' ', p."last_name", p."first_name", p."middle_name")
                  else concat_ws(' ', p."last_name", p."initials") end as "full_name"
      from "registry"."person" p
      join "registry"."employment" e on e."person_id" = p."id" and e."end_date" is null
      join "registry"."organization" o on o."id" = e."organization_id"
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(
      `comment on view "registry_pub"."person_workplace" is 'ФИО и текущие места работы, for reports such as «База наставников»; full_name as the registry shows it (initials as printed where the first name is unknown); readers log personal-data reads themselves.';`,
    );
  }

  override down(): void {
    this.addSql(`drop view "registry_pub"."person_workplace";`);
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
  }
}
