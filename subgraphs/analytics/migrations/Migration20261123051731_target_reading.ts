import { Migration } from '@mikro-orm/migrations';

export class Migration20261123051731_target_reading extends Migration {
  override name = 'Migration20261123051731_target_reading';

  override up(): void | Promise<void> {
    this.addSql(`alter table "analytics"."indicator_target" add "reading" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "analytics"."indicator_target" drop column "reading";`);
  }
}
