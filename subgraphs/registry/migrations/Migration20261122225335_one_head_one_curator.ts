import { Migration } from '@mikro-orm/migrations';

/**
 * One head and one curator per organization at a time, held by the database: `appoint` counted and then inserted, so
 * two parallel appointments of a head both succeeded. The partial unique index allows one open (not ended) SCHOOL_HEAD
 * and one open SCHOOL_CURATOR appointment per organization (seed 003 names «Куратор реализации программ наставничества»
 * of an organization, one person); `appoint` turns its violation into CONFLICT. An installation holding two open curators
 * of one school must end one (endAppointment) before this runs: the migration refuses rather than choose for them.
 */
export class Migration20261122225335_one_head_one_curator extends Migration {
  override name = 'Migration20261122225335_one_head_one_curator';

  override up(): void | Promise<void> {
    this.addSql(
      `create unique index "appointment_one_per_organization" on "registry"."appointment" ("organization_id", "kind") where "end_date" is null and "kind" in ('SCHOOL_HEAD', 'SCHOOL_CURATOR');`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "registry"."appointment_one_per_organization";`);
  }
}
