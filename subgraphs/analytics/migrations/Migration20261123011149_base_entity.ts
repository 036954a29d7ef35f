import { Migration } from '@mikro-orm/migrations';

export class Migration20261123011149_base_entity extends Migration {
  override name = 'Migration20261123011149_base_entity';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "analytics"."indicator_target" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "analytics"."indicator_target" drop column "created_at", drop column "updated_at";`);
  }
}
