import { Migration } from '@mikro-orm/migrations';

/**
 * A formula names every published view its SQL reads: the employers' share reads the staff of the date too (whose
 * workplace a mentor is), which the catalogue left out.
 */
export class Migration20261123053500_formula_reads extends Migration {
  override name = 'Migration20261123053500_formula_reads';

  override up(): void | Promise<void> {
    this.addSql(
      `update "analytics"."indicator" set "formula" = jsonb_set("formula", '{reads}', '["mentoring_pub.participation_as_of(date)", "registry_pub.staff_as_of(date)", "registry_pub.organization_territory"]'::jsonb) where "code" = 'ENTERPRISES_PROVIDING_MENTORS';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `update "analytics"."indicator" set "formula" = jsonb_set("formula", '{reads}', '["mentoring_pub.participation_as_of(date)", "registry_pub.organization_territory"]'::jsonb) where "code" = 'ENTERPRISES_PROVIDING_MENTORS';`,
    );
  }
}
