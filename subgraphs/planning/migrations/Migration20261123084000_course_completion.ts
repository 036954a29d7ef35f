import { Migration } from '@mikro-orm/migrations';

/**
 * planning_pub.course_completion: a person's completed ДПО course (event kind COURSE, participation COMPLETED), one
 * row per person and course, dated by the course's end. Mentoring reads it at query time as a training on the
 * person's mentor profile, so the fact is recorded once, here, and never typed twice.
 */
export class Migration20261123084000_course_completion extends Migration {
  override name = 'Migration20261123084000_course_completion';

  override up(): void | Promise<void> {
    this.addSql(`
      create view "planning_pub"."course_completion" as
      select p."id" as "participation_id", p."person_id", p."organization_id", e."id" as "event_id", e."title", e."programme", e."hours",
             e."organizer_name", e."organizer_organization_id", e."end_date" as "completed_on",
             p."data_origin" = 'SYNTHETIC' as "synthetic"
      from "planning"."event_participation" p
      join "planning"."event" e on e."id" = p."event_id"
      where e."kind" = 'COURSE' and p."status" = 'COMPLETED' and p."person_id" is not null
        and e."end_date" is not null;`);
    this.addSql(
      `comment on view "planning_pub"."course_completion" is 'Освоение программ ПК/ДПО: one row per person and completed course (event kind COURSE, participation COMPLETED; participation_id its stable key), with the organization the person took part for, the course''s title, programme, hours and organizer (its name as printed or entered; the registry organization id, or null), and completed_on = the course''s end date. Courses without an end date are left out. synthetic: the participation row is demo data.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "planning_pub"."course_completion";`);
  }
}
