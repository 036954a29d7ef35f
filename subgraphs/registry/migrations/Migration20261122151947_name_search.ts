import { Migration } from '@mikro-orm/migrations';

export class Migration20261122151947_name_search extends Migration {
  override name = 'Migration20261122151947_name_search';

  override up(): void | Promise<void> {
    // Trigram matching for case-insensitive partial name search; trusted, so a database owner may create it.
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(
      `create index "person_last_name_trgm" on "registry"."person" using gin ("last_name" public.gin_trgm_ops);`,
    );

    this.addSql(
      `create index "municipality_name_trgm" on "registry"."municipality" using gin ("name" public.gin_trgm_ops);`,
    );

    this.addSql(
      `create index "organization_names_trgm" on "registry"."organization" using gin ("name" public.gin_trgm_ops, "short_name" public.gin_trgm_ops);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "registry"."municipality_name_trgm";`);

    this.addSql(`drop index "registry"."organization_names_trgm";`);

    this.addSql(`drop index "registry"."person_last_name_trgm";`);
  }
}
