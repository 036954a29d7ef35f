import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub, version 1 continued: staff and students for other domains'
 * aggregation (the young-specialist and coverage indicators). The views carry
 * dates; the functions evaluate age and experience for any as-of date.
 */
export class Migration20261122153000_published_staff_students extends Migration {
  override name = 'Migration20261122153000_published_staff_students';

  override up(): void {
    this.addSql(`
      create view "registry_pub"."staff" as
      select e."id" as "employment_id", e."person_id", e."organization_id", o."kind" as "organization_kind",
             m."oktmo" as "municipality_oktmo", r."code" as "region_code", e."position", e."is_pedagogical",
             e."start_date", e."end_date", p."birth_date",
             (select min(e2."teaching_experience_start") from "registry"."employment" e2
               where e2."person_id" = e."person_id" and e2."is_pedagogical") as "teaching_experience_start"
      from "registry"."employment" e
      join "registry"."person" p on p."id" = e."person_id"
      join "registry"."organization" o on o."id" = e."organization_id"
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(
      `comment on view "registry_pub"."staff" is 'Трудоустройства с датами рождения и начала педагогического стажа; one row per employment.';`,
    );
    this.addSql(`
      create function "registry_pub"."staff_as_of"("as_of" date)
      returns table ("person_id" uuid, "organization_id" uuid, "organization_kind" text, "municipality_oktmo" varchar, "region_code" varchar,
                     "is_pedagogical" boolean, "age" int, "experience_years" numeric, "young_under_35_under_3" boolean, "young_0_3" boolean)
      language sql stable as $$
        select s."person_id", s."organization_id", s."organization_kind", s."municipality_oktmo", s."region_code", s."is_pedagogical",
               extract(year from age("as_of", s."birth_date"))::int,
               round(("as_of" - s."teaching_experience_start") / 365.25, 1),
               s."is_pedagogical" and extract(year from age("as_of", s."birth_date")) < 35 and ("as_of" - s."teaching_experience_start") / 365.25 < 3,
               s."is_pedagogical" and ("as_of" - s."teaching_experience_start") / 365.25 <= 3
        from "registry_pub"."staff" s
        where s."start_date" <= "as_of" and (s."end_date" is null or s."end_date" >= "as_of");
      $$;`);
    this.addSql(
      `comment on function "registry_pub"."staff_as_of"(date) is 'Работники на дату: age, experience and both young-specialist definitions (seed 000: under 35 and under 3 years; seed 004: 0–3 years).';`,
    );
    this.addSql(`
      create view "registry_pub"."students" as
      select en."person_id", en."organization_id", o."kind" as "organization_kind", m."oktmo" as "municipality_oktmo", r."code" as "region_code",
             en."level_kind", en."level", en."start_date", en."end_date", p."birth_date"
      from "registry"."enrollment" en
      join "registry"."person" p on p."id" = en."person_id"
      join "registry"."organization" o on o."id" = en."organization_id"
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(`
      create function "registry_pub"."students_as_of"("as_of" date)
      returns table ("person_id" uuid, "organization_id" uuid, "municipality_oktmo" varchar, "region_code" varchar, "level_kind" text, "level" smallint, "age" int)
      language sql stable as $$
        select s."person_id", s."organization_id", s."municipality_oktmo", s."region_code", s."level_kind", s."level",
               extract(year from age("as_of", s."birth_date"))::int
        from "registry_pub"."students" s
        where s."start_date" <= "as_of" and (s."end_date" is null or s."end_date" >= "as_of");
      $$;`);
    this.addSql(
      `comment on function "registry_pub"."students_as_of"(date) is 'Обучающиеся на дату с возрастом (seed 004 counts children of 10–19).';`,
    );
  }

  override down(): void {
    this.addSql(`drop function if exists "registry_pub"."students_as_of"(date);`);
    this.addSql(`drop view if exists "registry_pub"."students";`);
    this.addSql(`drop function if exists "registry_pub"."staff_as_of"(date);`);
    this.addSql(`drop view if exists "registry_pub"."staff";`);
  }
}
