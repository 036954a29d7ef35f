import { Migration } from '@mikro-orm/migrations';

export class Migration20261122152221_organization_version extends Migration {
  override name = 'Migration20261122152221_organization_version';

  override up(): void | Promise<void> {
    this.addSql(`alter table "registry"."organization" add "version" int not null default 1;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "registry"."organization" drop column "version";`);
  }
}
