import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153420_municipality_version extends Migration {
  override name = 'Migration20261122153420_municipality_version';

  override up(): void | Promise<void> {
    this.addSql(`alter table "registry"."municipality" add "version" int not null default 1;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "registry"."municipality" drop column "version";`);
  }
}
