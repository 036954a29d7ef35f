import { Migration } from '@mikro-orm/migrations';

/**
 * mentoring_pub.practice, continued: the practice's authors (registry person ids), so planning's contests refuse a
 * juror who wrote the practice or works where one of its authors works (conflict of interest). Ids only, no names.
 */
export class Migration20261123094000_published_practice_authors extends Migration {
  override name = 'Migration20261123094000_published_practice_authors';

  override up(): void {
    this.addSql(`
      create or replace view "mentoring_pub"."practice" as
      select p."id" as "practice_id", p."organization_id", p."year", p."data_origin"::text as "data_origin",
             p."author_person_ids"::uuid[] as "author_person_ids"
      from "mentoring"."practice" p;`);
    this.addSql(
      `comment on view "mentoring_pub"."practice" is 'Банк эффективных практик: each practice with its organization, year and authors (registry person ids; no titles, no names).';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "mentoring_pub"."practice";`);
    this.addSql(`
      create view "mentoring_pub"."practice" as
      select p."id" as "practice_id", p."organization_id", p."year", p."data_origin"::text as "data_origin"
      from "mentoring"."practice" p;`);
    this.addSql(
      `comment on view "mentoring_pub"."practice" is 'Банк эффективных практик: each practice with its organization and year (no titles, no authors).';`,
    );
  }
}
