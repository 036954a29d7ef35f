import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013437_base_entity extends Migration {
  override name = 'Migration20261123013437_base_entity';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "registry"."person" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "registry"."consent" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "registry"."region" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "registry"."municipality" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "registry"."organization" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "registry"."enrollment" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "registry"."employment" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "registry"."appointment" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "registry"."appointment" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "registry"."consent" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "registry"."employment" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "registry"."enrollment" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "registry"."municipality" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "registry"."organization" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "registry"."person" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "registry"."region" drop column "created_at", drop column "updated_at";`);
  }
}
