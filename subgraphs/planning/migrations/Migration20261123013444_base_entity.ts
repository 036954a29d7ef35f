import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013444_base_entity extends Migration {
  override name = 'Migration20261123013444_base_entity';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "planning"."roadmap" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "planning"."roadmap_item" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "planning"."roadmap_item_completion" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "planning"."roadmap" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "planning"."roadmap_item" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "planning"."roadmap_item_completion" drop column "created_at", drop column "updated_at";`);
  }
}
