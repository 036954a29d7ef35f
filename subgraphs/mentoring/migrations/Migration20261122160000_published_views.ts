import { Migration } from '@mikro-orm/migrations';

/**
 * mentoring_pub, version 1: what analytics counts by — participation of
 * people and organizations on a date, programme outcomes and satisfaction,
 * and organizations' adoption of the model. Other domains read these, never
 * mentoring's tables.
 */
export class Migration20261122160000_published_views extends Migration {
  override name = 'Migration20261122160000_published_views';

  override up(): void {
    this.addSql(`create schema if not exists "mentoring_pub";`);
    this.addSql(`
      create view "mentoring_pub"."participation" as
      select p."id" as "pair_id", p."form_code", p."status", p."organization_id" as "pair_organization_id",
             p."start_date", coalesce(p."ended_on", p."planned_end_date") as "end_date",
             'MENTOR' as "role", p."mentor_person_id" as "person_id", p."organization_id" as "person_organization_id"
      from "mentoring"."mentoring_pair" p where p."mentor_person_id" is not null and p."status" in ('ACTIVE', 'COMPLETED')
      union all
      select p."id", p."form_code", p."status", p."organization_id", p."start_date", coalesce(p."ended_on", p."planned_end_date"),
             'MENTEE', m."person_id", m."organization_id"
      from "mentoring"."mentoring_pair" p join "mentoring"."pair_mentee" m on m."pair_id" = p."id"
      where p."status" in ('ACTIVE', 'COMPLETED');`);
    this.addSql(
      `comment on view "mentoring_pub"."participation" is 'Участие в наставничестве: one row per person and pair, as mentor or mentee, of active and completed pairs.';`,
    );
    this.addSql(`
      create function "mentoring_pub"."participation_as_of"("as_of" date)
      returns setof "mentoring_pub"."participation" language sql stable as $$
        select * from "mentoring_pub"."participation" where "start_date" <= "as_of" and ("end_date" is null or "end_date" >= "as_of");
      $$;`);
    this.addSql(
      `comment on function "mentoring_pub"."participation_as_of"(date) is 'Участие на дату: people in pairs running on that day.';`,
    );
    this.addSql(`
      create view "mentoring_pub"."programme_outcome" as
      select pr."id" as "programme_id", p."id" as "pair_id", p."organization_id", p."form_code", p."status",
             pr."start_date", pr."end_date",
             (select avg(case when a."completed_on" is not null then 1.0 else 0.0 end) from "mentoring"."programme_activity" a where a."programme_id" = pr."id") as "completion",
             pr."monitoring_before", pr."monitoring_after", pr."mentee_satisfaction", pr."mentor_satisfaction"
      from "mentoring"."programme" pr join "mentoring"."mentoring_pair" p on p."id" = pr."pair_id";`);
    this.addSql(
      `comment on view "mentoring_pub"."programme_outcome" is 'Итоги персонализированных программ: completion, monitoring before and after, satisfaction (0–100).';`,
    );
    this.addSql(`
      create view "mentoring_pub"."organization_system" as
      select s."organization_id", s."regulation_order_number" is not null and s."regulation_order_date" is not null and s."curator_person_id" is not null as "implements_model",
             s."has_methodical_association", s."website_section_url" is not null as "has_website_section"
      from "mentoring"."organization_system" s;`);
    this.addSql(
      `comment on view "mentoring_pub"."organization_system" is 'Внедрение целевой модели организацией (положение и куратор), for the share-of-organizations indicator.';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "mentoring_pub"."organization_system";`);
    this.addSql(`drop view if exists "mentoring_pub"."programme_outcome";`);
    this.addSql(`drop function if exists "mentoring_pub"."participation_as_of"(date);`);
    this.addSql(`drop view if exists "mentoring_pub"."participation";`);
    this.addSql(`drop schema if exists "mentoring_pub";`);
  }
}
