import { Migration } from '@mikro-orm/migrations';

/**
 * The participation contract on a date, for the roadmaps' thresholds «Не менее 50% ОО приняли участие» («мероприятия,
 * прошедшие не позднее даты»): the per-year view counts an event of the year before it has happened; this function
 * counts only events over by the date (their last day, or their only one).
 */
export class Migration20261123064500_event_participation_as_of extends Migration {
  override name = 'Migration20261123064500_event_participation_as_of';

  override up(): void | Promise<void> {
    this.addSql(`
      create or replace function "planning_pub"."event_participation_as_of"("as_of" date)
      returns table ("organization_id" uuid, "event_kind" text, "year" int, "took_part" boolean,
                     "events_attended" int, "people_attended" int, "synthetic" boolean)
      language sql stable as $$
        select p."organization_id", e."kind", extract(year from e."start_date")::int,
               bool_or(p."status" in ('ATTENDED', 'COMPLETED')),
               (count(distinct e."id") filter (where p."status" in ('ATTENDED', 'COMPLETED')))::int,
               (count(distinct p."person_id") filter (where p."status" in ('ATTENDED', 'COMPLETED')))::int,
               bool_or(p."data_origin" = 'SYNTHETIC')
        from "planning"."event_participation" p
        join "planning"."event" e on e."id" = p."event_id"
        where e."start_date" is not null and coalesce(e."end_date", e."start_date") <= "as_of"
        group by p."organization_id", e."kind", extract(year from e."start_date")
      $$;`);
    this.addSql(
      `comment on function "planning_pub"."event_participation_as_of"(date) is 'Участие организаций в мероприятиях, прошедших не позднее даты: per organization, event kind and year of the event''s start; took_part when the organization or one of its people attended (ATTENDED or COMPLETED). synthetic: some of the rows counted are demo data.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists "planning_pub"."event_participation_as_of"(date);`);
  }
}
