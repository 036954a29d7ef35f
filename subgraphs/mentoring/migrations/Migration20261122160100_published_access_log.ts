import { Migration } from '@mikro-orm/migrations';

/** mentoring_pub: the personal-data access log of mentoring, so the operators' log query sees reads of mentor profiles and exports too. */
export class Migration20261122160100_published_access_log extends Migration {
  override name = 'Migration20261122160100_published_access_log';

  override up(): void {
    this.addSql(`create view "mentoring_pub"."personal_data_read" as select * from "mentoring"."personal_data_read";`);
    this.addSql(
      `comment on view "mentoring_pub"."personal_data_read" is 'Журнал доступа к персональным данным в домене наставничества (read-only).';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "mentoring_pub"."personal_data_read";`);
  }
}
