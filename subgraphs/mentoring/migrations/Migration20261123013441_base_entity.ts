import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013441_base_entity extends Migration {
  override name = 'Migration20261123013441_base_entity';

  override up(): void | Promise<void> {
    this.addSql(`alter table "mentoring"."mentoring_pair" add "updated_at" timestamptz not null default now();`);

    this.addSql(
      `alter table "mentoring"."mentor_profile" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "mentoring"."mentor_agreement" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "mentoring"."pair_consent" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "mentoring"."pair_mentee" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "mentoring"."practice" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "mentoring"."programme" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "mentoring"."programme_activity" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "mentoring"."training_record" add "created_at" timestamptz not null default now(), add "updated_at" timestamptz not null default now();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mentoring"."mentor_agreement" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "mentoring"."mentor_profile" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "mentoring"."mentoring_pair" drop column "updated_at";`);

    this.addSql(`alter table "mentoring"."pair_consent" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "mentoring"."pair_mentee" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "mentoring"."practice" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "mentoring"."programme" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "mentoring"."programme_activity" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "mentoring"."training_record" drop column "created_at", drop column "updated_at";`);
  }
}
