import { Migration } from '@mikro-orm/migrations';

/**
 * The text maxima of the SDL (@maxLength) held by the database too, for text
 * columns that published views read (a type change would need the views
 * dropped): a CHECK per column, and for text arrays one on the longest element.
 */
export class Migration20261122200530_text_limits extends Migration {
  override name = 'Migration20261122200530_text_limits';

  override up(): void | Promise<void> {
    this.addSql(
      `create function "registry"."longest_text"("texts" text[]) returns integer language sql immutable parallel safe as $$ select coalesce(max(char_length("text")), 0) from unnest("texts") as "text" $$;`,
    );
    this.addSql(
      `alter table "registry"."organization" add constraint "organization_name_length" check (char_length("name") <= 500);`,
    );
    this.addSql(
      `alter table "registry"."organization" add constraint "organization_address_length" check (char_length("address") <= 500);`,
    );
    this.addSql(
      `alter table "registry"."organization" add constraint "organization_tags_length" check ("registry"."longest_text"("tags") <= 100);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "registry"."organization" drop constraint "organization_name_length";`);
    this.addSql(`alter table "registry"."organization" drop constraint "organization_address_length";`);
    this.addSql(`alter table "registry"."organization" drop constraint "organization_tags_length";`);
    this.addSql(`drop function "registry"."longest_text"(text[]);`);
  }
}
