import { Migration } from '@mikro-orm/migrations';

/**
 * Two new published relations for analytics' statistics query (issue 11, item 3): the forms' names, so a table
 * grouped by form names it as mentoring does; and the pairs running on a date. participation_as_of, which the
 * indicators read, keeps its rows (a published API): it leaves out terminated pairs, so it cannot say which pairs
 * were active on a past date before one of them was terminated. pair_as_of can.
 */
export class Migration20261123050500_published_statistics extends Migration {
  override name = 'Migration20261123050500_published_statistics';

  override up(): void {
    this.addSql(`
      create view "mentoring_pub"."mentoring_form" as
      select f."code", f."name", f."position" from "mentoring"."mentoring_form" f;`);
    this.addSql(
      `comment on view "mentoring_pub"."mentoring_form" is 'Формы наставничества: code and name as the seeds print them, in catalogue order.';`,
    );
    this.addSql(`
      create or replace function "mentoring_pub"."pair_as_of"("as_of" date)
      returns table ("pair_id" uuid, "organization_id" uuid, "form_code" text, "project_code" text, "start_date" date,
                     "end_date" date, "status" text, "mentee_count" int)
      language sql stable as $$
        select p."id", p."organization_id", p."form_code"::text, p."project_code"::text, p."start_date",
               coalesce(p."ended_on", p."planned_end_date"), p."status"::text,
               (select count(*)::int from "mentoring"."pair_mentee" m where m."pair_id" = p."id")
        from "mentoring"."mentoring_pair" p
        where p."status" in ('ACTIVE', 'COMPLETED', 'TERMINATED') and p."start_date" <= "as_of"
          and (coalesce(p."ended_on", p."planned_end_date") is null or coalesce(p."ended_on", p."planned_end_date") >= "as_of");
      $$;`);
    this.addSql(
      `comment on function "mentoring_pub"."pair_as_of"(date) is 'Наставнические пары и группы, действующие на дату: activated pairs whose period (start to the day they ended, else the planned end) covers the date — also those completed or terminated later; status is the pair''s status today.';`,
    );
  }

  override down(): void {
    this.addSql(`drop function if exists "mentoring_pub"."pair_as_of"(date);`);
    this.addSql(`drop view if exists "mentoring_pub"."mentoring_form";`);
  }
}
