import { Migration } from '@mikro-orm/migrations';

/**
 * The bank of practices, published for planning's best-practice contests (issue 12, item 4): a school applies with a
 * practice of its own, and a juror does not score a practice of an organization they work at — both read the
 * practice's organization here, never mentoring's table.
 */
export class Migration20261123087000_published_practices extends Migration {
  override name = 'Migration20261123087000_published_practices';

  override up(): void {
    this.addSql(`
      create view "mentoring_pub"."practice" as
      select p."id" as "practice_id", p."organization_id", p."year", p."data_origin"::text as "data_origin"
      from "mentoring"."practice" p;`);
    this.addSql(
      `comment on view "mentoring_pub"."practice" is 'Банк эффективных практик: each practice with its organization and year (no titles, no authors).';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "mentoring_pub"."practice";`);
  }
}
