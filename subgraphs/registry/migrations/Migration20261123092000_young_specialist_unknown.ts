import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub.staff_as_of, same columns: what the registry does not know it no longer answers. The young-specialist
 * columns are null where a fact the definition needs is unknown — the birth date (seed 000's «в возрасте до 35 лет») or
 * the working history (no start of pedagogical experience and an employment without a start date: the officials the
 * seeds name) — as `Person.isYoungSpecialist` answers null; experience_years is null before the experience starts
 * (it was negative), as `Person.teachingExperienceYears`.
 */
const HISTORY_UNKNOWN = `s."teaching_experience_start" is null and exists (select 1 from "registry"."employment" u where u."person_id" = s."person_id" and u."start_date" is null)`;
const UNDER_3 = `s."teaching_experience_start" <= "as_of" and age("as_of", s."teaching_experience_start") < interval '3 years'`;

export class Migration20261123092000_young_specialist_unknown extends Migration {
  override name = 'Migration20261123092000_young_specialist_unknown';

  override up(): void {
    this.addSql(`
      create or replace function "registry_pub"."staff_as_of"("as_of" date)
      returns table ("person_id" uuid, "organization_id" uuid, "organization_kind" text, "municipality_oktmo" varchar, "region_code" varchar,
                     "is_pedagogical" boolean, "age" int, "experience_years" numeric, "young_under_35_under_3" boolean, "young_0_3" boolean)
      language sql stable as $$
        select s."person_id", s."organization_id", s."organization_kind", s."municipality_oktmo", s."region_code", s."is_pedagogical",
               extract(year from age("as_of", s."birth_date"))::int,
               case when s."teaching_experience_start" <= "as_of" then round(("as_of" - s."teaching_experience_start") / 365.25, 1) end,
               case when s."birth_date" is null or ${HISTORY_UNKNOWN} then null
                    else coalesce(s."is_pedagogical" and age("as_of", s."birth_date") < interval '35 years' and ${UNDER_3}, false) end,
               case when ${HISTORY_UNKNOWN} then null
                    else coalesce(s."is_pedagogical" and lower(s."position") like 'учитель%' and ${UNDER_3}, false) end
        from "registry_pub"."staff" s
        where s."start_date" <= "as_of" and (s."end_date" is null or s."end_date" >= "as_of");
      $$;`);
    this.addSql(
      `comment on function "registry_pub"."staff_as_of"(date) is 'Работники на дату: age, experience (null before it starts) and both young-specialist definitions as the system reads the seeds (registry.young_specialist_definition): young_under_35_under_3 — seed 000, pedagogical workers under 35 with under 3 full years of pedagogical experience; young_0_3 — seed 004, teachers (position «учитель…») with 0 to under 3 full years, residence in the region not applied. Null where the birth date (000) or the working history is unknown.';`,
    );
  }

  override down(): void {
    this.addSql(`
      create or replace function "registry_pub"."staff_as_of"("as_of" date)
      returns table ("person_id" uuid, "organization_id" uuid, "organization_kind" text, "municipality_oktmo" varchar, "region_code" varchar,
                     "is_pedagogical" boolean, "age" int, "experience_years" numeric, "young_under_35_under_3" boolean, "young_0_3" boolean)
      language sql stable as $$
        select s."person_id", s."organization_id", s."organization_kind", s."municipality_oktmo", s."region_code", s."is_pedagogical",
               extract(year from age("as_of", s."birth_date"))::int,
               round(("as_of" - s."teaching_experience_start") / 365.25, 1),
               coalesce(s."is_pedagogical" and age("as_of", s."birth_date") < interval '35 years' and ${UNDER_3}, false),
               coalesce(s."is_pedagogical" and lower(s."position") like 'учитель%' and ${UNDER_3}, false)
        from "registry_pub"."staff" s
        where s."start_date" <= "as_of" and (s."end_date" is null or s."end_date" >= "as_of");
      $$;`);
  }
}
